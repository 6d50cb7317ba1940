using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سيطرت المقاومة على مديريتي بعدان والسدة": a district joined by و to one the gazetteer lacks (placed at it) is the
/// list's second place, not where the first lies — each is taken.
/// </summary>
public class ListedWithAStandInTests
{
    [GazetteerFact]
    public void Both_districts_are_taken()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أفاد مصدر في المقاومة الشعبية بأن المقاومة سيطرت على مديريتي بعدان والسدة بمحافظة إب.", "2015-08-10").Events;
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Location?.Surface == "السدة");
    }

    [GazetteerFact]
    public void A_village_placed_by_its_province_is_one_event()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "سيطرت المقاومة على قرية بعدان بمحافظة إب.", "2015-08-10").Events);
        Assert.Equal("بعدان", e.Location?.Surface);
    }
}
