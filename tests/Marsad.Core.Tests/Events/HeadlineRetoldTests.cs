namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلى حوثيون بتعز والتحالف يقصف حجة" over "شن طيران التحالف العربي قصفاً على تجمعات الحوثيين في محافظة حجة": a
/// headline's strike placed at its other clause's town, where the headline names the body's place after its act, is the
/// body's strike; the page's link line ("رابط الخبر بصحيفة الوئام: …") repeats the headline and tells nothing.
/// </summary>
public class HeadlineRetoldTests
{
    private static Document Extract(string title, string body) =>
        TestPipeline.ExtractWithRealGazetteer(new Document(title + "\n\n" + body, "headline", new DateOnly(2015, 7, 23), title: title));

    [Fact]
    public void The_headline_strike_is_the_bodys()
    {
        const string title = "قتلى حوثيون بتعز والتحالف يقصف حجة";
        var doc = Extract(title, "وشن طيران التحالف العربي اليوم قصفاً على تجمعات الحوثيين في محافظة حجة الحدودية مع السعودية.\n" +
                                 "رابط الخبر بصحيفة الوئام: " + title);
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.NotEqual("Taiz", strike.Location?.Place?.Name);
    }

    [Fact]
    public void A_headline_act_at_a_place_of_its_own_stays()
    {
        const string title = "حظر للتجول في البصرة.. وغارات للتحالف على الموصل";
        var doc = Extract(title, "وشن طيران التحالف الدولي اليوم غارات على مواقع تنظيم داعش في الفلوجة.");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Air/drone strike"));
    }
}
