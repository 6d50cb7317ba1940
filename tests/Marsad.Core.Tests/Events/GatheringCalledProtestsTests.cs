using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وخرج الآلاف في مدن … وامتدت التظاهرات إلى …": a crowd that gathered, named by no protester word, is a protest when its
/// sentence goes on to call it protests — in each town it names, besides the protest word's own town.
/// </summary>
public class GatheringCalledProtestsTests
{
    [Fact]
    public void A_gathering_the_sentence_calls_protests_is_one_in_each_town()
    {
        var doc = TestPipeline.Extract("وخرج الآلاف، الجمعة، في مدينتي حلب وحماة، وامتدت التظاهرات إلى مدينة الرقة.", "2018-07-21");
        Assert.Equal(new[] { "Aleppo", "Ar Raqqah", "Hama" },
            doc.Events.Where(e => e.SubEventType == "Peaceful protest").Select(e => e.Location!.Place!.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_crowd_alone_is_no_protest() =>
        Assert.Empty(TestPipeline.Extract("وخرج الآلاف، الجمعة، في مدينتي حلب وحماة لاستقبال الحجاج.", "2018-07-21").Events);

    [GazetteerFact]
    public void Protesters_who_block_the_roads_protest_there()
    {
        // ("وقطع المتظاهرون الطرق الرئيسية": a blockade by protesters is their protest, in the town it names)
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقطع المتظاهرون الطرق الرئيسية في مدينة الحلة مركز محافظة بابل.", "2018-07-14").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal("Al Ḩillah", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_road_between_two_towns_is_at_the_first()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقطع المتظاهرون طريقا يربط بين البصرة والعاصمة بغداد.", "2018-09-02").Events);
        Assert.Equal("Basrah", e.Location?.Place?.Name);
    }
}
