using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأسفر القصف عن مقتل 14 شخصا، من بينهم قياديان كبيران في الحزب الديمقراطي الكردستاني الإيراني": a group whose
/// members are counted among the dead, past the comma, is the side hit — not the striker.
/// </summary>
public class CountedAmongTheDeadTests
{
    [GazetteerFact]
    public void A_group_whose_members_are_among_the_dead_was_hit()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأسفر القصف عن مقتل 14 شخصا، من بينهم قياديان كبيران في الحزب الديمقراطي الكردستاني الإيراني المعارض في بلدة كويسنجق.", "2018-09-08").Events);
        Assert.Equal("KDPI: Kurdish Democratic Party of Iran", e.Actor2?.Name);
        Assert.NotEqual("KDPI: Kurdish Democratic Party of Iran", e.Actor1?.Name);
    }
}
