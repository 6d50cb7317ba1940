namespace Marsad.Core.Tests.Events;

/// <summary>"سمات تركيا داعش سلاح الجو سوريا قصف": the page's tags at the article's end are keywords in a row, no report.</summary>
public class TagLineTests
{
    [Fact]
    public void The_tags_at_the_end_tell_nothing()
    {
        var doc = TestPipeline.Extract("اجتمع وزير الخارجية السوري مع نظيره الروسي في موسكو لبحث الأزمة.\nسمات سوريا قصف الرقة داعش الطيران", "2015-07-24");
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void A_sentence_that_opens_with_the_word_and_goes_on_is_still_read()
    {
        var doc = TestPipeline.Extract("سمات المرحلة واضحة.\nوقصفت طائرات النظام مدينة الرقة اليوم.", "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike");
    }
}
