using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "واعتبر المصدر أن القصف الإسرائيلي يأتي في سياق … في درعا والقنيطرة", "ووصف محللون القبض على عشماوي بالإنجاز": a known
/// act, with the article, as what a speaker deems or describes is comment on it, not its report.
/// </summary>
public class DescribedActTests
{
    [GazetteerTheory]
    [InlineData("واعتبر المصدر أن القصف الإسرائيلي يأتي في سياق المحاولات اليائسة لدعم المجاميع الإرهابية في درعا والقنيطرة.")]
    [InlineData("ووصف محللون القبض على عشماوي في مدينة درنة بالإنجاز الكبير للأمن المصري.")]
    public void Comment_on_an_act_is_no_report(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-07-15").Events);

    [GazetteerFact]
    public void The_act_told_is_news() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer("قصفت الطائرات الإسرائيلية مواقع للجيش السوري في درعا.", "2018-07-15").Events);
}
