using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>"اختطف مسلحون موظفين في منظمة إغاثة": employees, of an agency or a ministry, are civilians unless named armed.</summary>
public class EmployeesAreCiviliansTests
{
    [Theory]
    [InlineData("اختطف مسلحون حوثيون ثلاثة موظفين في منظمة إغاثة بمدينة الحديدة.")]
    [InlineData("قتل موظف في اللجنة الدولية للصليب الأحمر بالرصاص على أطراف مدينة تعز.")]
    public void Employees_are_civilians(string text) =>
        Assert.Contains(TestPipeline.Extract(text, "2018-06-29").Actors, a => a.Actor.Inter == 7 && a.Surface.StartsWith("موظف", StringComparison.Ordinal));
}
