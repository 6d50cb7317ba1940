using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "منطقة الضباب في تعز": a province's seat (or a province) after "في", right after a town of its own close by, only
/// says where the town is — no second scene of the act.
/// </summary>
public class SeatAfterATownTests
{
    [GazetteerFact]
    public void The_seat_after_the_town_is_no_scene_of_its_own()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقتل طفل في الثالثة من العمر من جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية ماتع غربي منطقة الضباب في تعز.", "2018-03-28").Events;
        Assert.Contains(events, e => e.Location?.Place?.Name == "Ad Dabab");
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name is "Taiz" or "Taizz");
    }
}
