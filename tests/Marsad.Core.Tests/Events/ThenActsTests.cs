namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إثر مشاركته في الاحتجاجات التي اندلعت آنذاك": acts placed "at that time" — a time the article told before, not its
/// news — are background; an act of the day with "then" on another act of its sentence stays.
/// </summary>
public class ThenActsTests
{
    [Fact]
    public void Protests_that_broke_out_then_are_background() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "ووصل الوفد إلى المنامة صباح الأربعاء لزيارة الناشط المحكوم بالسجن المؤبد بعد اتهامه بالتآمر، وذلك إثر مشاركته في الاحتجاجات التي اندلعت آنذاك في البحرين.", "2018-04-04").Events,
            e => e.EventType == "Protests");

    [Fact]
    public void Demonstrations_told_as_then_are_background() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "واعتقل الطالب صباح الأحد بسبب مشاركته في المظاهرات حينها في مدينة الإسكندرية.", "2018-04-04").Events,
            e => e.EventType == "Protests");

    [Fact]
    public void Protests_of_the_day_stay() =>
        Assert.Contains(TestPipeline.Extract(
            "وخرج مئات المتظاهرين صباح الأربعاء في احتجاجات في العاصمة المنامة للمطالبة بالإفراج عن المعتقلين.", "2018-04-04").Events,
            e => e.EventType == "Protests");
}
