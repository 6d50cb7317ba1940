using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت المقاومة من استعادة مدينة الحوطة من أيدي الحوثيين", "من قبضة الميليشيات", "من سيطرة الحوثيين": the side a place
/// is taken back from held it — the loser, never the one that took it.
/// </summary>
public class TakenFromTheirGripTests
{
    [GazetteerFact]
    public void The_side_taken_from_is_the_loser()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتمكنت المقاومة من استعادة مدينة الحوطة من أيدي الحوثيين أمس.", "2015-08-10").Events);
        Assert.Equal(("Government regains territory", "Houthi Movement"), (e.SubEventType, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void A_side_taken_from_takes_nothing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "واستعادت القوات عددا من المناطق من سيطرة الحوثيين في محافظة لحج أمس.", "2015-08-10").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.Name == "Houthi Movement");
    }
}
