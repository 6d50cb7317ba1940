using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "على الطريق الرابط بين زبيد والتحيتا": a road between two towns is one scene; "وفي الفترة الأخيرة، سقط عشرات
/// الضحايا": a sentence opening with a recent stretch of time sums up many acts, it tells of none.
/// </summary>
public class RoadAndPeriodTests
{
    [GazetteerFact]
    public void A_road_between_two_towns_is_one_scene_with_the_whole_toll()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 3 مدنيين إثر انفجار عبوة زرعها الحوثيون على الطريق الرابط بين زبيد والتحيتا.", "2018-07-02").Events);
        Assert.Equal(3, e.Fatalities);
    }

    [GazetteerFact]
    public void A_recent_stretch_of_time_sums_up_acts()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وفي الفترة الأخيرة، سقط عشرات الضحايا المدنيين في الحديدة من جراء قصف ميليشيات الحوثي الذي طال المناطق السكنية.", "2018-07-02");
        Assert.Empty(doc.Events);
    }
}
