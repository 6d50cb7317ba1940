using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استشهد صياد فلسطيني برصاص زوارق الاحتلال": a fisherman, a driver, a trader, a vendor are civilians as a young man
/// ("شاب") is — the shooting that killed one is an attack on civilians.
/// </summary>
public class CiviliansByTradeTests
{
    [GazetteerTheory]
    [InlineData("استشهد صياد فلسطيني برصاص زوارق الاحتلال قبالة شاطئ مدينة خان يونس.", "Civilians (Palestine)")]
    [InlineData("قتل سائق عراقي برصاص مسلحين مجهولين في مدينة البصرة.", "Civilians (Iraq)")]
    public void A_man_named_by_his_trade_is_a_civilian(string text, string victims)
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-02").Events);
        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal(victims, attack.Actor2!.Name);
    }
}
