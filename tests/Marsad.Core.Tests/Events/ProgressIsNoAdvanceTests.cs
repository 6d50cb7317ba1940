using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تقدم" is ground gained only as an advance told as done: not progress spoken of as a measure ("مؤشر على مدى التقدم"),
/// not an advance others set out to slow ("لإعاقة تقدم الجيش") or fear ("يتخوف الأهالي من تقدم داعش").
/// </summary>
public class ProgressIsNoAdvanceTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2015-08-10");

    [GazetteerTheory]
    [InlineData("وقال رئيس البرلمان في بيان اليوم إن عودة بحاح إلى عدن مؤشر مهم على مدى التقدم الذي تحرزه قوات التحالف العربي والمقاومة الشعبية على ميليشيات الحوثي.")]
    [InlineData("وقال مصدر ميداني إن الجيش اليمني قام باستخراج مئات الألغام التي زرعتها ميليشيات الحوثي في محيط مدينة زنجبار لإعاقة تقدم الجيش.")]
    [InlineData("إلى ذلك، يتخوف أهالي الأحياء الخاضعة لسيطرة قوات الأسد، بشكل كبير، من تقدم تنظيم داعش من الجهة الشرقية لمدينة حمص.")]
    public void Progress_spoken_of_is_no_clash(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.SubEventType == "Armed clash");

    [GazetteerFact]
    public void The_mines_taken_out_are_still_told() =>
        Assert.Contains(Extract("وقال مصدر ميداني إن الجيش اليمني قام باستخراج مئات الألغام التي زرعتها ميليشيات الحوثي في محيط مدينة زنجبار لإعاقة تقدم الجيش.").Events,
            e => e.SubEventType == "Disrupted weapons use");

    [GazetteerFact]
    public void An_advance_told_as_done_is_still_a_clash() =>
        Assert.Contains(Extract("وتقدمت قوات المقاومة الشعبية في حي كريتر بعدن على حساب ميليشيات الحوثي.").Events, e => e.SubEventType == "Armed clash");
}
