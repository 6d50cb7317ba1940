using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اتفاق يقضي باستعادة الحكومة السورية السيطرة", "قرار يقضي بإلقاء القبض على أي شخص": what an accord or a decision
/// provides for is still to be done, and the accord that talks are about ("مفاوضات … حول اتفاق") is not reached — while
/// the accord told by its terms ("ويقضي الاتفاق بتسليم") stays an agreement.
/// </summary>
public class ProvidedForTests
{
    [GazetteerTheory]
    [InlineData("قال مفاوضون من المعارضة السورية إنهم بدأوا مفاوضات مع مسؤولين روس حول اتفاق يقضي باستعادة الحكومة السورية السيطرة على المناطق التي تسيطر عليها المعارضة في محافظة درعا.", "2018-06-30")]
    [InlineData("وأصدرت الفصائل بيانات أعلنت فيها عن اتخاذ قرار يقضي بإلقاء القبض على أي شخص على اتصال بالنظام السوري في إدلب.", "2018-09-10")]
    public void What_is_provided_for_is_not_done(string text, string published) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, published).Events);

    [GazetteerFact]
    public void The_accord_told_by_its_terms_is_an_agreement() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("ويقضي الاتفاق بتسليم مقاتلي المعارضة أسلحتهم الثقيلة في درعا أمس.", "2018-06-30").Events,
            e => e.SubEventType == "Agreement");
}
