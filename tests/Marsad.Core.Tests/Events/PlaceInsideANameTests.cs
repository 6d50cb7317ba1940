using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فيلق القدس", "سرايا القدس", "لواء القدس": a town of another country inside an actor's name is no town of the story,
/// however often the name comes back; a group named for its home town ("مجلس منبج العسكري") is still there.
/// </summary>
public class PlaceInsideANameTests
{
    [GazetteerFact]
    public void The_Quds_Force_makes_Jerusalem_no_town_of_the_story()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الإسرائيلي أن مقاتلاته قصفت مواقع لفيلق القدس الإيراني في سوريا الخميس.\n\n"
            + "وأغارت المقاتلات الإسرائيلية على مواقع لفيلق القدس قرب بلدة الكسوة جنوب دمشق الخميس.\n\n"
            + "وبحسب البيان فقد أغارت المقاتلات على مواقع استخبارية إيرانية يتم تشغيلها من قبل فيلق القدس، هذا إلى جانب مقرات قيادة تابعة للفيلق.",
            "2018-05-10");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.CountryCode == "IL");
    }
}
