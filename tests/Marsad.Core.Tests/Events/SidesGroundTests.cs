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

/// <summary>
/// Violence placed far from the region by sides none of whom is of that country is the talk of diplomats there; a
/// country's own forces acting at home stay.
/// </summary>
public class ForeignActAfarTests
{
    [GazetteerFact]
    public void A_foreign_strike_told_in_a_far_off_capital_is_dropped()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال المسؤول في مدينة ميونخ إن الجيش الإسرائيلي قصف مواقع إيرانية أمس.", "2018-02-22");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.CountryCode == "DE");
    }

    [GazetteerFact]
    public void A_countrys_own_police_at_home_stays()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأحبطت الشرطة البلجيكية أمس محاولة تفجير عبوة ناسفة في مدينة بروكسل.", "2018-07-02");
        Assert.Contains(doc.Events, e => e.Location?.Place?.CountryCode == "BE");
    }
}
