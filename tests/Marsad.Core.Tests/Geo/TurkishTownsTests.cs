using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Towns of the PKK conflict that cities500 has without Arabic names (data/geo/places-extra.tsv): "ليجة", "سيلوبي",
/// "دوغو بايزيد", "سوروج", "سيرناك" — and "بيت الشباب", a youth centre, is Beytüşşebap only where a place is meant.
/// </summary>
public class TurkishTownsTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-08-10");

    [GazetteerTheory]
    [InlineData("قتل جنديان في تفجير سيارة مفخخة في منطقة ليجة بمحافظة ديار بكر.", "Lice")]
    [InlineData("قتل أربعة شرطيين في انفجار عبوة ناسفة في بلدة سيلوبي.", "Silopi")]
    [InlineData("استهدف هجوم انتحاري مركزا للجيش في دوغو بايزيد شرق تركيا.", "Doğubayazıt")]
    [InlineData("قتل 32 شخصا في التفجير الانتحاري في مدينة سوروج الحدودية.", "Suruç")]
    [InlineData("فجر متمردون أكراد عبوة عن بعد اثناء مرور قافلة عسكرية في منطقة اراكوي في مقاطعة سيرناك.", "Şırnak")]
    [InlineData("قتل جندي في هجوم على مركز للشرطة في بلدة دوغوبيازيت.", "Doğubayazıt")]
    public void Towns_are_found(string text, string town) => Assert.Contains(town, Places(text));

    [GazetteerFact]
    public void A_youth_centre_is_no_town() =>
        Assert.DoesNotContain("Beytüşşebap", Places("افتتح الوزير بيت الشباب الجديد أمس."));
}
