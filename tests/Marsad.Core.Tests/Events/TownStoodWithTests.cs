using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تجمعا لطلاب … بهدف التضامن مع مدينة كوباني": the town a gathering stands with is no scene of what happened to it — the
/// bombing is where the gathering was.
/// </summary>
public class TownStoodWithTests
{
    [GazetteerFact]
    public void The_town_stood_with_is_no_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "فجر انتحاري نفسه في مدينة سروج التركية أمس. وقالت مصادر كردية إن انتحاريين اثنين اخترقا تجمعا لطلاب جامعيين في المركز الثقافي بهدف التضامن مع مدينة كوباني، وإنه فور تنفيذ الأول للتفجير أصيب الانتحاري الثاني بجروح.",
            "2015-07-21").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("TR", e.Location?.Place?.CountryCode));
    }
}
