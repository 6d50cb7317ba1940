using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words that look like acts and are not: "فحررت محضرا بقسم الشرطة" writes up a report, it liberates nothing;
/// "مسلحين يحاولون شن هجمات" tells what someone tries as a habit or an aim; "أفرجت المقاومة عن مجموعة من السجناء" is a
/// release, no arrest (a release asked for is left to the arrest it names: the coders split on it).
/// </summary>
public class OtherActsThanTheyLookTests
{
    [GazetteerTheory]
    [InlineData("وحررت الشرطة محضرا بالواقعة في قسم شرطة الدقي بالقاهرة.", "2018-08-01")]
    [InlineData("وقال الجيش الإسرائيلي إن مسلحين من حماس يحاولون شن هجمات على الجنود قرب السياج في قطاع غزة.", "2018-06-03")]
    [InlineData("وأفرجت قوات الأمن عن عشرات المحتجزين في سجن الحائر بالرياض.", "2018-07-05")]
    public void Is_no_event(string text, string published)
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, published).Events);
    }

    // (the detention a release is asked for was told, or happened, before: the arrest is the article's own sentence's —
    // "ألقت السلطات الإيرانية القبض على نحو 300 شخص", ArrestsTheirOwnTests — not the demand's)
    [GazetteerFact]
    public void A_release_asked_for_tells_no_arrest_of_its_own()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واحتشد المحتجون أمام مركز للشرطة بشمال العاصمة طهران للمطالبة بالإفراج عن أتباع طريقتهم المحتجزين.", "2018-02-20");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests");
    }
}
