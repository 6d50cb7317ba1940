using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// A town named before the act and then placed by its region ("في ظهران الجنوب بمنطقة عسير", "في ظهران الجنوب في منطقة
/// عسير") is the scene; the region — with its noun after في or joined by ب — only says where the town lies. "المحلات"
/// (the shops) is no Mahallat in Iran.
/// </summary>
public class TownBeforeItsRegionTests
{
    [GazetteerTheory]
    [InlineData("استشهد ثلاثة جنود في ظهران الجنوب بمنطقة عسير إثر قذائف من داخل الأراضي اليمنية.")]
    [InlineData("استشهد ثلاثة جنود في ظهران الجنوب في منطقة عسير، إثر قذائف من داخل الأراضي اليمنية.")]
    public void The_town_is_the_scene_not_its_region(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-01").Events);
        Assert.Equal("Dhahran al Janub", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_shops_are_no_town()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وسقط مقذوف حوثي في حي سكني بمدينة نجران. وبين شهود أن عددا من المحلات التجارية تضررت جراء سقوط المقذوف.", "2015-07-25").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location?.Place?.CountryCode == "IR");
    }
}
