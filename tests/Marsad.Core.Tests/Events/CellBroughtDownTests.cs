using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت وزارة الداخلية الكويتية عن ضبط شبكة إرهابية", "تفكيك خلية إرهابية": a cell seized or dismantled is its members
/// arrested — not explosives defused, and not nothing. The armed group a few words after the cell ("الإطاحة بتنظيم إرهابي
/// ينتمي لتنظيم داعش") is the one whose men were taken; the state's force named before is the taker.
/// </summary>
public class CellBroughtDownTests
{
    [GazetteerFact]
    public void A_network_seized_is_an_arrest()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت وزارة الداخلية الكويتية اليوم الخميس عن ضبط شبكة إرهابية تابعة لتنظيم داعش تضم خمسة أشخاص.", "2015-07-30").Events;
        var arrest = Assert.Single(events, e => e.SubEventType == "Arrests");
        Assert.Equal("KW", arrest.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_cell_dismantled_is_no_bomb_defused()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت وزارة الداخلية التونسية أمس عن تفكيك خلية إرهابية كانت تخطط لتنفيذ هجمات على منشآت أمنية في العاصمة تونس.", "2015-08-06").Events;
        Assert.Contains(events, e => e.SubEventType == "Arrests");
        Assert.DoesNotContain(events, e => e.SubEventType == "Disrupted weapons use");
    }

    [GazetteerFact]
    public void A_cell_brought_down_in_an_inquiry_is_an_arrest_of_the_group_s_men()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأكد المتحدث الأمني أن الجهات الأمنية وفي إطار التحقيقات الجارية بالجرائم الإرهابية التي استهدفت المصلين بقرية القديح، تمكنت من الإطاحة بتنظيم إرهابي ينتمي لتنظيم داعش، يضم 300 شخص.",
            "2015-07-22").Events;
        var arrest = Assert.Single(events, e => e.SubEventType == "Arrests");
        Assert.StartsWith("Police Forces of Saudi Arabia", arrest.Actor1?.Name);
        Assert.Equal("Islamic State", arrest.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_group_after_the_cell_is_the_one_arrested()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأكد المتحدث الأمني أن الشرطة المغربية تمكنت من الإطاحة بتنظيم إرهابي يرتبط بتنظيم داعش في مدينة فاس ويضم 12 شخصا.",
            "2018-07-12").Events;
        var arrest = Assert.Single(events, e => e.SubEventType == "Arrests");
        Assert.StartsWith("Police Forces of Morocco", arrest.Actor1?.Name);
        Assert.Equal("Islamic State", arrest.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_group_past_a_comma_is_not_the_cell_s()
    {
        // (the group is named in another clause: the cell's side is not told, and the taker is not the group)
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت الشرطة المغربية تفكيك خلية في مدينة فاس، فيما تبنى تنظيم داعش هجوما في سوريا.",
            "2018-07-12").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Arrests" && e.Actor1?.Name == "Islamic State");
    }
}
