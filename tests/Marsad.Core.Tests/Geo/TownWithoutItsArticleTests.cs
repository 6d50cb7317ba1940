using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "مدينة الحيس", "مدينة الموزع": towns the press writes with the article and the gazetteer only without it (حيس، موزع)
/// are found after a word for a town, village or district — and only there: a word with the article elsewhere is no
/// town for the letters after it.
/// </summary>
public class TownWithoutItsArticleTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2018-04-01");

    [GazetteerFact]
    public void A_town_after_its_cue_is_read_without_the_article()
    {
        var places = Places("قصف طيران التحالف متسللين من الحوثيين إلى مدينة الحيس، فيما قصفت المدفعية مواقع للحوثيين على أطراف مدينة الموزع.");
        Assert.Contains("Ḩays", places);
        Assert.Contains("Mawza‘", places);
    }

    [GazetteerFact]
    public void Without_the_cue_the_word_is_no_town() =>
        Assert.DoesNotContain("Ḩays", Places("وصل الحيس إلى الساحل الغربي لليمن."));
}
