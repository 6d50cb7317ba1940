using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بعد مرور عامين على اختطافه", "بعد مرور عام على ضربة أمريكية": what happened years or months ago, recalled by the time
/// passed since it, is background — hours passed since something ("بعد مرور ساعات على وصوله") are not.
/// </summary>
public class YearsSinceTests
{
    [GazetteerTheory]
    [InlineData("طالب ذوو المصور الصحفي المختطف السلطات اللبنانية بالكشف عن مصيره بعد مرور عامين على اختطافه من قبل مسلحين مجهولين في طرابلس.")]
    [InlineData("وتأتي التطورات بعد مرور عام على ضربة أمريكية استهدفت قاعدة الشعيرات العسكرية ردا على هجوم كيميائي اتهمت الأمم المتحدة قوات النظام بتنفيذه.")]
    public void An_act_years_ago_is_background(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-11").Events);

    [GazetteerFact]
    public void Hours_since_are_today() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer("اختطف مسلحون مجهولون مصورا صحفيا في مدينة طرابلس بعد مرور ساعات على وصوله.", "2018-06-02").Events);
}
