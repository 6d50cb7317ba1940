using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "انفجار قنبلة غاز مسيل للدموع بطريقة الخطأ": an accident in either wording of "by mistake" is no bombing, and its tear
/// gas no protest; "استرجاع المسروقات": stolen goods a police inquiry got back are no ground retaken.
/// </summary>
public class AccidentsAndLootTests
{
    [GazetteerFact]
    public void A_grenade_that_went_off_by_mistake_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأكد مصدر أمني أن سبب الحادث انفجار قنبلة غاز مسيل للدموع بطريقة الخطأ كانت في المركبة التي يستقلها عناصر الدرك في الفحيص.", "2018-08-11").Events);

    [GazetteerFact]
    public void Stolen_goods_recovered_are_no_ground() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال مدير «تحريات» شرطة أبوظبي، إن «رفيق المجني عليه قام بإبلاغ الشرطة هاتفياً فتوجهت الدوريات إلى موقع الجريمة، وشكّلت إدارة التحريات فريق بحث تمكّن في زمن قياسي من تحديد هوية المشتبهَيْن، وتتبّع تحركاتهما فجرى ضبطهما واسترجاع المسروقات».", "2015-08-10").Events,
            e => e.SubEventType.Contains("territory"));

    [GazetteerFact]
    public void Police_firing_tear_gas_at_protesters_is_still_an_intervention() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في عمان أمس.", "2018-06-04").Events);
}
