using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أن طيران التحالف استهدف قيادات في مليشيات الحوثي": a verb of targeting with its subject just before it and the
/// side it hit just after (through the people of that side) is a strike on that side, as in verb-first order.
/// </summary>
public class TargetedAfterTheSubjectTests
{
    [GazetteerFact]
    public void The_air_force_that_targeted_a_sides_leaders_struck_that_side()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وأفادت مصادر ميدانية أن طيران التحالف استهدف قيادات في مليشيات الحوثي بمديرية حيدان.", "2018-07-17");
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal("Houthi Movement", strike.Actor2?.Name);
        Assert.Equal("Ḩaydān", strike.Location?.Place?.Name);
    }

    [Theory]
    [InlineData("فيضانات السودان تقتل امرأة في ولاية كسلا.")]
    [InlineData("السيول تقتل خمسة أشخاص في اليمن.")]
    public void What_a_flood_kills_is_no_act_of_violence(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-07-30").Events);
}
