using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "نفذت وحدات من القوات البحرية المصرية والفرنسية تدريبا مشتركا على مكافحة الألغام البحرية": a joint exercise
/// rehearses fighting and mines; nothing is fought.
/// </summary>
public class ExercisesTests
{
    [GazetteerTheory]
    [InlineData("نفذت وحدات من القوات البحرية المصرية والفرنسية تدريبا مشتركا على مكافحة الألغام البحرية في البحر الأحمر. وشارك في التمرين عدد من القطع البحرية المصرية والفرنسية بالإضافة إلى صائدة الألغام المصرية.")]
    [InlineData("وأجرت القوات السعودية والمصرية مناورات عسكرية تضمنت قصفا مدفعيا في منطقة تبوك.")]
    public void An_exercise_is_no_event(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-03-24").Events);
}
