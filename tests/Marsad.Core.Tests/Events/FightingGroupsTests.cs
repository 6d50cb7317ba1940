using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الفصائل المقاتلة المعارضة للنظام السوري": the fighting (مقاتلة) groups fly no fighter jet (مقاتلة).
/// </summary>
public class FightingGroupsTests
{
    [GazetteerFact]
    public void The_fighting_groups_shell()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قصفت الفصائل المقاتلة بلدة الفوعة في ريف إدلب أمس.", "2015-07-21").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_fighter_jet_still_strikes_from_the_air() =>
        Assert.Equal("Air/drone strike", Assert.Single(TestPipeline.ExtractWithRealGazetteer("قصفت مقاتلة روسية بلدة الفوعة في ريف إدلب أمس.", "2015-07-21").Events).SubEventType);
}
