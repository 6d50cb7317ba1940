using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وسيطر التنظيم المتطرف على المدينة ثلاث سنوات": control held for years or months is a state of affairs the article
/// recalls, not a taking of ground on the day; nor is a right to take it ("من حق الحكومة السورية استعادة السيطرة").
/// </summary>
public class ControlHeldForYearsTests
{
    [GazetteerTheory]
    [InlineData("وسيطر تنظيم داعش على مدينة الموصل ثلاث سنوات وحولها إلى معقل له.")]
    [InlineData("وسيطر تنظيم داعش على مدينة الرقة أربع سنوات قبل أن يطرد منها.")]
    public void Control_held_for_a_span_is_no_taking(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-18").Events, e => e.EventType == "Battles");

    [GazetteerFact]
    public void A_taking_told_with_its_day_still_is_one() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وسيطر تنظيم داعش على مدينة الموصل أمس بعد معارك عنيفة.", "2018-06-18").Events,
            e => e.SubEventType == "Non-state actor overtakes territory");

    [Theory]
    [InlineData("واعتبر الرئيس الروسي أن \"من حق\" الحكومة السورية استعادة السيطرة على مدينة حلب.")]
    [InlineData("وقال إن الحكومة السورية لها الحق في استعادة السيطرة على مدينة حلب.")]
    public void A_right_to_take_ground_is_none_taken(string text) =>
        Assert.DoesNotContain(TestPipeline.Extract(text, "2018-09-07").Events, e => e.EventType == "Battles");
}
