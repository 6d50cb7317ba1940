using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت قوات الجيش اليمني من تحرير مواقع جديدة في مديرية الظاهر", "تمكنت القوات الشرعية من طرد مليشيات الحوثي": ground
/// the named subject managed to free or clear is taken, by that subject (the side after the verbal noun is driven out);
/// a backer named just before the verb ("المسنودة بغطاء جوي من طيران التحالف تمكنت من") is not the one that managed it.
/// </summary>
public class ManagedToTakeTests
{
    [Fact]
    public void Ground_the_named_subject_managed_to_free_is_taken_by_it()
    {
        var doc = TestPipeline.Extract("وتمكنت القوات السورية أمس من طرد تنظيم داعش من مدينة حلب.", "2018-06-21");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
        Assert.Equal("Islamic State", e.Actor2?.PlainName);
    }

    [Fact]
    public void A_weak_liberation_the_subject_managed_is_one_done()
    {
        var doc = TestPipeline.Extract("وتمكنت القوات السورية أمس من تحرير مواقع جديدة في مدينة حلب.", "2018-06-21");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
    }

    [Fact]
    public void Ground_managed_after_a_fight_is_taken_whatever_the_fight_beside()
    {
        // ("تمكنت … من تحرير … بعد مواجهات": the strong clash word does not speak for a taking the sentence says was achieved)
        var doc = TestPipeline.Extract("وتمكنت القوات السورية، الأربعاء، من تحرير مواقع جديدة في مدينة حلب بعد مواجهات مع تنظيم داعش.", "2018-06-21");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [Theory]
    // a quote may open before the verbal noun, and a nisba follow the subject's name
    [InlineData("وتمكنت القوات السورية، الأربعاء، من \"تحرير مواقع جديدة\" في مدينة حلب بعد مواجهات مع تنظيم داعش.")]
    [InlineData("وقال المصدر إن قوات ألوية العمالقة اليمنية تمكنت من \"تحرير\" مواقع جديدة في مدينة الحديدة بعد مواجهات مع الحوثيين.")]
    public void Ground_managed_in_quotes_is_taken(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-09-12").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [GazetteerFact]
    public void A_capture_said_to_be_needed_is_none_yet()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("قال المسؤول، وزير الدولة للشؤون الخارجية، إن غياب جماعة الحوثي عن المحادثات التي ترعاها الأمم المتحدة حول اليمن في جنيف، يعتبر دليلا على أن تحرير منطقة الحديدة مطلوب لإعادتهم إلى رشدهم.", "2018-09-12");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Battles");
    }
}
