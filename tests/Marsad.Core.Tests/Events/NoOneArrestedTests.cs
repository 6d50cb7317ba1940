namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words of arresting that take no one: bodies held ("احتجز الجيش جثث ستة مسلحين"), cases counted ("وثقت 16 حالة
/// اعتقال"), and an arrest that is the topic of a row ("انتقادات كندية تتعلق باعتقال ناشطين").
/// </summary>
public class NoOneArrestedTests
{
    [Theory]
    [InlineData("وقال إن الجيش السوري احتجز جثث ستة مسلحين وبنادق في مدينة حلب.")]
    [InlineData("وقالت المنظمة إنها وثقت 16 حالة اعتقال غير قانوني لدى الحوثيين في مدينة صنعاء.")]
    [InlineData("وتشهد العلاقات أزمة إثر انتقادات كندية للسعودية تتعلق باعتقال ناشطين في مدينة الرياض.")]
    public void Holding_bodies_counting_cases_or_criticising_an_arrest_is_none(string text) =>
        Assert.DoesNotContain(TestPipeline.Extract(text, "2018-08-09").Events, e => e.SubEventType == "Arrests");

    [Fact]
    public void An_arrest_told_is_still_one() =>
        Assert.Contains(TestPipeline.Extract("واعتقلت قوات الأمن السورية ستة مسلحين في مدينة حلب أمس.", "2018-08-09").Events,
            e => e.SubEventType == "Arrests");
}
