using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شملت خمس غارات قرب الموصل وثلاث قرب الرمادي وثلاث قرب سنجار": a count joined by و before "قرب" opens the next of a
/// list whose counted noun is left out — each town a scene of its own, none a locator of the town before.
/// </summary>
public class CountedStrikesListTests
{
    [GazetteerFact]
    public void Each_town_of_a_counted_list_is_a_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقالت قوة المهام المشتركة إن غارات التحالف في العراق شملت خمس غارات قرب الموصل وثلاث قرب الرمادي وثلاث قرب سنجار.", "2015-08-09").Events;
        Assert.Contains(events, e => e.Location?.Place?.Name == "Mosul");
        Assert.Contains(events, e => e.Location?.Place?.Name == "Ramadi");
        Assert.Contains(events, e => e.Location?.Place?.Name == "Sinjār");
    }

    [GazetteerFact]
    public void A_place_near_a_town_still_only_locates_it()
    {
        // no count between: "قرب الموصل" says where the village is
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وشنت طائرات التحالف غارات على قرية بعشيقة قرب الموصل.", "2015-08-09").Events;
        Assert.All(events, e => Assert.NotEqual("Ramadi", e.Location?.Place?.Name));
        Assert.Single(events);
    }
}
