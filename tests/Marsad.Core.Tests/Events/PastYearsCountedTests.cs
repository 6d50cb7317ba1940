using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The dead of "the past three years" ("وقتل المئات في اضرابات في شينجيانغ في السنوات الثلاث الماضية") sum up years of
/// unrest, as "السنوات الماضية" does without its count — background, no act of the report's.
/// </summary>
public class PastYearsCountedTests
{
    [GazetteerFact]
    public void Hundreds_killed_in_the_past_three_years_are_no_act() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "طلبت الصين دعما أمريكيا في محاربة متشددين إسلاميين في إقليم شينجيانغ الواقع في أقصى غرب البلاد.\n" +
            "وقتل المئات في اضرابات في شينجيانغ في السنوات الثلاث الماضية وتلقي بكين باللائمة على متشددين إسلاميين في هذه الأعمال.",
            "2015-08-05").Events);
}
