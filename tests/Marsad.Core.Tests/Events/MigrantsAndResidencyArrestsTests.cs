using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Migrants without papers, violators of the labour and residency rules and people smugglers caught are the border's and
/// the labour office's work, which ACLED leaves out; militants caught crossing are not.
/// </summary>
public class MigrantsAndResidencyArrestsTests
{
    [GazetteerTheory]
    [InlineData("تمكن حرس الحدود الليبي من توقيف ثلاث سيارات محملة بحوالي 30 مهاجرا غير شرعي بمنطقة الجغبوب جنوبي ليبيا.", "2015-08-02")]
    [InlineData("ضبطت شرطة المنطقة الشرقية أمس الأول 120 مخالفا لنظامي العمل والإقامة في حملة أمنية بمدينة الدمام.", "2015-08-06")]
    [InlineData("أوقفت الشرطة الإيطالية في باليرمو خمسة أشخاص بتهمة تهريب المهاجرين.", "2015-08-07")]
    public void No_event(string text, string published) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, published).Events);

    [GazetteerFact]
    public void Militants_caught_crossing_are_arrested() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "ألقت القوات الأمنية القبض على ستة من عناصر تنظيم داعش أثناء محاولتهم التسلل إلى مدينة الرمادي.", "2015-08-01").Events,
            e => e.SubEventType == "Arrests");
}
