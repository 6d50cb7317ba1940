using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حتى استعادة الشرعية", "استعادة الأمن": legitimacy or security restored is no ground taken; and the town where a
/// leader lives ("الذي يعيش في الرياض") is no scene of what his forces did.
/// </summary>
public class RestoringLegitimacyTests
{
    [GazetteerFact]
    public void Restoring_legitimacy_takes_no_ground()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأكد الوزير أن المقاومة تقاتل حتى استعادة الشرعية في كل المحافظات، بعد معارك أمس في عدن.", "2015-08-10").Events;
        Assert.DoesNotContain(events, e => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory");
    }

    [GazetteerFact]
    public void Where_the_president_lives_is_no_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "تدور معارك في عدن منذ أسابيع بين المقاومة والحوثيين في عدن. وكانت القوات الموالية للرئيس هادي، الذي يعيش في الرياض، قد استعادت السيطرة على المطار أمس.",
            "2015-08-10").Events;
        var e = Assert.Single(events, e => e.SubEventType == "Government regains territory");
        Assert.Equal("Aden", e.Location?.Place?.Name);
    }
}
