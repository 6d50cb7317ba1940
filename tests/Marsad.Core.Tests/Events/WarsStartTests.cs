namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قد استولوا على عدن في بداية الحرب", "وسيطرت حركة الحوثيين على قاعدة العند … معظم الفترة التي انقضت منذ تفجرت
/// الحرب الأهلية": what was taken at a war's start, or held through it, is background; a coalition on the army's side
/// that retakes a town regains it for the government ("استعاد التحالف العربي الذي تقوده السعودية جانبا كبيرا من عدن").
/// </summary>
public class WarsStartTests
{
    [Theory]
    [InlineData("وكان مقاتلون من الحوثيين ووحدات من الجيش موالية للرئيس السابق علي عبدالله صالح قد استولوا على عدن في بداية الحرب، ما دفع هادي للانتقال إلى السعودية.")]
    [InlineData("وسيطرت حركة الحوثيين على قاعدة العند التي تقع على مسافة 50 كيلو مترا إلى الشمال من مدينة عدن معظم الفترة التي انقضت منذ تفجرت الحرب الأهلية.")]
    public void No_taking(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-27").Events, e => e.EventType == "Battles");

    [Fact]
    public void The_coalition_regains_for_the_government()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وفي الأسبوع الماضي استعاد التحالف العربي الذي تقوده السعودية جانبا كبيرا من مدينة عدن من الحوثيين.", "2015-07-27");
        Assert.Contains(doc.Events, e => e.SubEventType == "Government regains territory");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Non-state actor overtakes territory");
    }
}
