using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Words of eulogy, family names, a misspelt noun and a newspaper's title are no places: "ويسكنهم فسيح جناته",
/// "الشهيد حسين دواس", "مثل هذه المنشئة" (ambiguous-names.txt), "صحيفة الرياض" (a newspaper named for its city,
/// PlaceRecognizer.NamedAfter).
/// </summary>
public class WordsTakenForPlacesTests
{
    [GazetteerTheory]
    [InlineData("وسأل الله أن يتغمد الشهداء بواسع رحمته ويسكنهم فسيح جناته.", "Jannātah")]
    [InlineData("وقال عم الشهيد حسين دواس إن ابن أخيه استشهد في فناء المنزل.", "Dewas")]
    [InlineData("وتساءل كيف يدخل عنصر إرهابي مثل هذه المنشئة التي يفترض أن تكون أشد تحصينا.", "Manshīyat Banī Ḩasan")]
    [InlineData("ونقلت صحيفة الرياض عن مصادر أن التحقيقات مستمرة.", "Riyadh")]
    public void Is_no_place(string text, string place) =>
        Assert.DoesNotContain(place, TestPipeline.PlaceNames(text, "2015-08-08"));
}
