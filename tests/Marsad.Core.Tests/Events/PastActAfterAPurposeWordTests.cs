using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A verb in the past ("عملية استهدفت", "تم القبض") opens a clause of its own: a purpose word a few words before it
/// ("عملية", "عمليات البحث") does not reach it. "حين" right before the act ("حين استهدف الإرهابيون") is "when", not "until":
/// only "إلى حين" waits for an aim.
/// </summary>
public class PastActAfterAPurposeWordTests
{
    [GazetteerFact]
    public void An_operation_that_targeted_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وأفاد مصدر أمني أن قوات أمنية مشتركة نفذت صباح اليوم عملية استهدفت تجمعات تنظيم داعش في منطقة الحامضية شمالي مدينة الرمادي، مما أسفر عن مقتل 22 من عناصره.",
                "2015-08-09").Events,
            e => e.Actor2?.Name == "Islamic State" && e.Fatalities == 22);

    [GazetteerFact]
    public void An_arrest_after_searches_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وقالت قوات سوريا الديمقراطية إنه نتيجة عمليات البحث والمتابعة تم القبض على المتطرف الفرنسي في مدينة الرقة.", "2018-05-24").Events,
            e => e.SubEventType == "Arrests");

    [GazetteerFact]
    public void When_the_terrorists_struck_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "أبدى الخطباء إدانتهم للتفجيرات الإرهابية التي كان آخرها يوم أمس الأول بمدينة أبها حين استهدف الارهابيون مسجد قوات الطوارئ وذهب ضحيته أكثر من ١٠ شهداء.",
                "2015-08-08").Events,
            e => e.Location?.Surface == "أبها");

    [GazetteerFact]
    public void When_it_used_to_strike_is_no_act() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكان التحالف بين ميليشيات الحوثي والتنظيمات الإرهابية يظهر إلى العلن، وخاصة حين كان الإرهاب يستهدف المناطق التي حررتها قوات الشرعية في المكلا.",
            "2018-08-07").Events);
}
