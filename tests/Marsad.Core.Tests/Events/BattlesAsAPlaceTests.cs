using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Fighting named as an arena ("حلبة المعارك العسكرية", "ساحات القتال") tells no battle; clashes a speaker points to
/// ("لافتا إلى اشتباكات دارت بين …") are one.
/// </summary>
public class BattlesAsAPlaceTests
{
    [GazetteerFact]
    public void The_arena_of_the_battles_is_no_battle()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "فالحكومات الواقعة مباشرة في حلبة المعارك بين الجيش وتنظيم داعش في مدينة الرمادي مارست تحاشي التنظيم.", "2015-08-01").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }

    [GazetteerFact]
    public void Clashes_pointed_to_are_one()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأشار المصدر إلى اشتباكات دارت أمس بين المقاومة والحوثيين في مدينة مأرب.", "2015-08-01").Events);
        Assert.Equal("Armed clash", e.SubEventType);
    }
}
