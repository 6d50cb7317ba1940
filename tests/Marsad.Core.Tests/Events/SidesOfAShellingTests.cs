using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أمطرت الفصائل المقاتلة المعارضة للنظام السوري بلدة الفوعة بالقذائف الصاروخية والمدفعية": the regime the factions are
/// described as opposing is part of their name, no side of the act; and the gun word joined to the shells is their second
/// kind, no force of artillery shelling — one shelling, by the factions.
/// </summary>
public class SidesOfAShellingTests
{
    [GazetteerFact]
    public void The_side_a_group_opposes_is_no_party()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصفت الفصائل المعارضة للنظام السوري بلدة الفوعة بالقذائف.", "2015-07-22").Events);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor1?.Name);
        Assert.Null(e.Actor2);
    }

    [GazetteerFact]
    public void Artillery_joined_to_the_shells_is_no_force()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أمطرت الفصائل المقاتلة المعارضة للنظام السوري بلدة الفوعة بالقذائف الصاروخية والمدفعية.", "2015-07-22").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Opposition Rebels (Syria)", e.Actor1?.Name));
    }
}
