using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An act a side is able, or is prayed to be enabled, to do has not been done: "ثقته في كفاءة وقدرة الأجهزة الأمنية … على
/// كشف ملابسات الجريمة، والقبض على الجناة", "داعيا الله أن تتمكن «حكومة خادم الحرمين ورجال الأمن … من القبض على هؤلاء
/// المجرمين»", "قدرة النظام على استخدام السلاح الكيميائي". "تمكنت قوات الأمن من القبض" tells the arrest made.
/// </summary>
public class AbleToActTests
{
    [GazetteerTheory]
    [InlineData("وأعرب الأمين العام لمجلس التعاون عن ثقته في كفاءة وقدرة الأجهزة الأمنية المختصة في المملكة على كشف ملابسات هذه الجريمة الإرهابية البشعة، والقبض على الجناة والجهات المحرضة وتقديمهم إلى القضاء العادل في منطقة عسير.")]
    [InlineData("وأدان الحادث داعيًا الله تعالى أن تتمكن «حكومة خادم الحرمين الشريفين ورجال الأمن البواسل في الجهات الأمنية من القبض على هؤلاء المجرمين المفسدين» في منطقة عسير.")]
    public void An_arrest_one_is_able_to_make_is_none_made(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-07").Events, e => e.SubEventType == "Arrests");

    [GazetteerFact]
    public void An_arrest_managed_is_made() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("تمكنت قوات الأمن من القبض على ثلاثة مطلوبين في مدينة القطيف أمس.", "2015-08-07").Events,
            e => e.SubEventType == "Arrests");
}
