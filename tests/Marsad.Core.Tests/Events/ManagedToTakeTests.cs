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
}
