using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لقي مراهقان فلسطينيان حتفهما": two who met their death (the dual "حتفهما", "مصرعهما") are two dead, as "لقوا حتفهم"
/// counts its number.
/// </summary>
public class TwoWhoMetTheirDeathTests
{
    [GazetteerFact]
    public void Two_who_met_their_death_are_two_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "لقي مراهقان فلسطينيان حتفهما إثر اشتباكات مع الجيش الإسرائيلي على السياج الحدودي لقطاع غزة، الجمعة.", "2018-09-09").Events);
        Assert.Equal(2, e.Fatalities);
    }
}
