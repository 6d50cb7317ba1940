using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "انفجرت سيارتان ملغومتان … لكن دون سقوط ضحايا": the cars blew up and no one died — the plural of victims after
/// "دون" (without) is no toll of three, ACLED's reading of a bare plural.
/// </summary>
public class NoneKilledTests
{
    [GazetteerFact]
    public void Victims_after_without_are_no_toll()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وذكر سكان أن سيارتين ملغومتين انفجرتا أول من أمس في مدينة درنة، لكن دون سقوط ضحايا.", "2015-07-24").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Darnah", e.Location?.Place?.Name);
        Assert.Null(e.Fatalities);
    }

    [GazetteerFact]
    public void Victims_with_no_without_still_count_three()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وذكر سكان أن سيارتين ملغومتين انفجرتا أول من أمس في مدينة درنة ما أدى إلى سقوط ضحايا.", "2015-07-24").Events);
        Assert.Equal(3, e.Fatalities);
    }

    // ("دون أنباء عن خسائر بشرية": without news of human losses)
    [GazetteerFact]
    public void Losses_without_news_of_them_are_no_toll()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصفت قوات النظام مناطق في مدينة حماة، دون أنباء عن خسائر بشرية.", "2015-07-24").Events);
        Assert.Null(e.Fatalities);
    }
}
