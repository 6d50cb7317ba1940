namespace Marsad.Core.Tests.Events;

/// <summary>
/// In an article whose lines end with a full stop, a short line without one that shares no word with the line after it
/// is the title of a related story the page links to (BBC Arabic puts them between paragraphs), not this article's
/// news; one that shares a word heads the section it introduces (France 24's subheadings) and stays.
/// </summary>
public class RelatedStoryTitleTests
{
    private const string Body =
        "قال مسؤولون إن الاجتماع الوزاري في العاصمة ناقش ملفات اقتصادية عديدة.\n" +
        "وأضافوا أن الوفود اتفقت على مواصلة المشاورات خلال الأسابيع المقبلة.\n" +
        "وكان الوزراء قد التقوا في جولة سابقة لم تسفر عن نتائج ملموسة.\n";

    [Fact]
    public void A_short_bare_line_sharing_nothing_with_the_next_is_a_linked_title() =>
        Assert.Empty(TestPipeline.Extract(Body + "طائرات حربية تقصف مواقع في مدينة حلب\n" +
            "ويتوقع مراقبون أن تستمر المحادثات الاقتصادية حتى نهاية العام الحالي.\n", "2018-06-13").Events);

    [Fact]
    public void A_short_bare_line_heading_its_section_stays() =>
        Assert.Single(TestPipeline.Extract(Body + "طائرات حربية تقصف مواقع في مدينة حلب\n" +
            "وأوضحت المصادر أن الطائرات الحربية عادت إلى قواعدها بعد المهمة.\n", "2018-06-13").Events,
            e => e.SubEventType == "Air/drone strike");
}
