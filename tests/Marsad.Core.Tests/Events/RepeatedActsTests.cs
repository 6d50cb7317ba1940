namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفوا في عدة مرات مصفاة النفط", "تعرضت للاعتقال عدة مرات", "هاجمت مرارا": an act told as done repeatedly, with no day
/// of its own in its clause, is a record summed up — no one event. Dated, the strikes of one day stay.
/// </summary>
public class RepeatedActsTests
{
    [Fact]
    public void Shelling_told_as_done_several_times_is_a_record() =>
        Assert.Empty(TestPipeline.Extract(
            "وقصف الحوثيون في عدة مرات مصفاة النفط في منطقة البريقة بمدينة عدن فاحترقت خزانات النفط الخام.", "2015-08-06").Events);

    [Fact]
    public void Arrests_undergone_several_times_are_a_record() =>
        Assert.Empty(TestPipeline.Extract(
            "وتعرضت الناشطة للاعتقال عدة مرات من قبل السلطات الإيرانية في طهران.", "2015-08-06").Events);

    [Fact]
    public void Strikes_repeated_on_a_day_stay() =>
        Assert.Contains(TestPipeline.Extract(
            "وقصفت طائرات التحالف مواقع تنظيم داعش عدة مرات أمس في مدينة الرقة.", "2015-08-06").Events,
            e => e.SubEventType == "Air/drone strike");
}
