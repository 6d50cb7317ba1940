using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "غارات على معقل الحوثيين..": a headline that names no place tells again the act the body places — it is no
/// event of its own at the article's main place.
/// </summary>
public class PlacelessHeadlineTests
{
    private const string Article =
        "غارات على معقل الحوثيين..\n" +
        "جددت مقاتلات التحالف العربي، الأحد، غاراتها على مواقع ميليشيات الحوثي في معقلها بمحافظة صعدة، في وقت اندلعت مواجهات ليلية في محافظة البيضاء.\n" +
        "وأوضح المراسل أن مقاتلات التحالف قصفت تجمعات ومواقع للميليشيات في مديرية منبه في صعدة.\n" +
        "وأحرزت القوات الشرعية تقدما في محافظة البيضاء.";

    [GazetteerFact]
    public void A_placeless_headline_strike_is_the_strike_the_body_places()
    {
        var strikes = TestPipeline.ExtractWithRealGazetteer(Article, "2018-05-13").Events.Where(e => e.SubEventType == "Air/drone strike").ToList();
        var strike = Assert.Single(strikes);
        Assert.Equal("Munabbih", strike.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_headline_that_names_its_place_stays_an_event_there()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Article.Replace("غارات على معقل الحوثيين..", "غارات على مواقع الحوثيين في البيضاء"), "2018-05-13");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Al Bayda");
    }
}
