using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتحتجز السلطات العراقية 833 طفلا": the imperfect of holding or arresting in a report's body tells whom someone holds,
/// not an arrest made; in the title it is the news ("تركيا تحتجز ألمانيا …"), and so it is with a recent day.
/// </summary>
public class HeldInCustodyTests
{
    [GazetteerFact]
    public void Those_a_state_holds_are_no_arrest()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال المسؤول إن الوضع في بغداد هادئ. وتحتجز السلطات العراقية في بغداد 833 طفلا من 14 جنسية مختلفة.", "2018-07-03").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Arrests");
    }

    [GazetteerFact]
    public void A_title_in_the_present_is_the_news()
    {
        var article = new Marsad.Core.Input.Article("t1", "وقالت وكالة الأناضول إن الشرطة أوقفته في مدينة غازي عنتاب.",
            Title: "تركيا تحتجز ألمانيا حاول الانضمام للمقاتلين الأكراد في سوريا", Published: new DateTimeOffset(2018, 3, 28, 10, 0, 0, TimeSpan.Zero));
        var events = TestPipeline.ExtractWithRealGazetteer(article.ToDocument()).Events;
        Assert.Contains(events, e => e.SubEventType == "Arrests");
    }
}
