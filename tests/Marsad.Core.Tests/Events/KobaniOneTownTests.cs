using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Kobani is GeoNames' 'Ayn al 'Arab: "كوباني (عين العرب)" is one town, so one strike there is one event; and the town a
/// Turkish town faces across the border ("سروج التركية المقابلة لمدينة كوباني") is a landmark, no scene of the bombing.
/// </summary>
public class KobaniOneTownTests
{
    [GazetteerFact]
    public void Strikes_near_Kobani_by_its_two_names_are_one_event()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وشنت طائرات التحالف الدولي أمس غارات على مواقع لتنظيم داعش قرب مدينة كوباني (عين العرب) في شمال سوريا.", "2015-07-25").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("SY", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void The_town_faced_across_the_border_is_no_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 30 شخصا في تفجير انتحاري استهدف تجمعا لأكراد في بلدة سروج التركية المقابلة لمدينة كوباني (عين العرب) السورية.", "2015-07-21").Events);
        Assert.Equal("TR", e.Location?.Place?.CountryCode);
        Assert.Equal(30, e.Fatalities);
    }
}
