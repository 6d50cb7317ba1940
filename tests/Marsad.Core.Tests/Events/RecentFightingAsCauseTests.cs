using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The recent battles or strikes named as the cause of a loss ("إثر الضربات التي تلقوها في المعارك الأخيرة"), with no
/// place or day of their own, sum up fighting told elsewhere: no event at the towns the sentence names for something else
/// (where families fled to).
/// </summary>
public class RecentFightingAsCauseTests
{
    [GazetteerFact]
    public void Morale_broken_by_the_recent_battles_is_no_battle_where_families_went()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وذكر المصدر أن التنظيم ينقل عوائله باتجاه قضاء هيت والقائم، مؤكدا انهيار معنويات الدواعش إثر الخسائر التي منيوا بها في المعارك الأخيرة.",
            "2015-08-01");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Battles");
    }

    [GazetteerFact]
    public void Recent_battles_with_a_town_of_their_own_are_told()
    {
        // (a place right after them names their scene)
        var doc = TestPipeline.ExtractWithRealGazetteer("وقتل 12 من عناصر داعش بعد المعارك الأخيرة في هيت مع القوات العراقية.", "2015-08-01");
        Assert.Contains(doc.Events, e => e.EventType == "Battles");
    }
}
