namespace Marsad.Core.Tests.Events;

// "topic: headline" on a line of its own in the body, with no closing stop, is a related story's title the page links to.
public class LinkedHeadlineTests
{
    private const string Lead = "تتواصل الاشتباكات في ريف حلب.\nوقال ناشطون إن الوضع الإنساني صعب.\n";

    [Fact]
    public void A_related_story_s_title_line_is_no_event()
    {
        var doc = TestPipeline.Extract(Lead + "ناشطون: مقتل 23 من مسلحي تنظيم داعش في هجوم انتحاري بالرقة\nوقالت الأمم المتحدة إن آلاف المدنيين نزحوا.", "2018-02-28");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Suicide bomb");
    }

    [Fact]
    public void A_sentence_of_the_article_with_a_colon_is_still_news()
    {
        var doc = TestPipeline.Extract(Lead + "وقال ناشطون: قتل 23 من مسلحي تنظيم داعش في هجوم انتحاري بالرقة أمس.\nوقالت الأمم المتحدة إن آلاف المدنيين نزحوا.", "2018-02-28");
        Assert.Contains(doc.Events, e => e.SubEventType == "Suicide bomb");
    }
}
