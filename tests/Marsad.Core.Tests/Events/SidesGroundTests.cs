using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Violence told with no place of its own, that the article's town would put far from the region (Florence, Geneva,
/// Montreal), was on its sides' ground: the town the article names in a side's country.
/// </summary>
public class SidesGroundTests
{
    private const string Text =
        "قال رئيس بلدية فلورنسا في مؤتمر في فلورنسا إن المدينة ستستضيف معرضا. وكان الجيش السوري قد سيطر على مدينة دوما. واشتبك الجيش السوري مع تنظيم داعش أمس.";

    [GazetteerFact]
    public void A_clash_with_no_place_of_its_own_is_not_in_a_far_off_town()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Text, "2018-04-18");
        var clash = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Dūmā", clash.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_far_off_town_the_sentence_names_stays()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وكان الجيش السوري قد سيطر على مدينة دوما. واعتقلت الشرطة الإيطالية مسلحا من تنظيم داعش في مدينة فلورنسا أمس.", "2018-04-18");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Florence");
    }
}
