namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a place or people await ("تنتظران دخول القوات الحكومية لتحريرهما") or a need calls for ("مما يحتم على القوات
/// الأمنية التركيز على تجمعاتهم وقصفها") has not happened; the act told as done still is.
/// </summary>
public class AwaitedOrRequiredTests
{
    [Theory]
    [InlineData("ساعات وأيام تمر ومدينة حلب تنتظر دخول القوات الحكومية السورية لتحريرها من تنظيم داعش.")]
    [InlineData("وأكد أن عدد المسلحين كبير مما يحتم على القوات السورية قصف تجمعات داعش في مدينة حلب.")]
    public void An_awaited_or_required_act_is_none(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2015-07-26").Events);

    [Fact]
    public void The_act_done_is_told() =>
        Assert.Single(TestPipeline.Extract("قصفت القوات السورية تجمعات داعش في مدينة حلب أمس.", "2015-07-26").Events);

    [Marsad.Core.Tests.Geo.GazetteerFact]
    public void An_arrest_information_would_lead_to_is_sought_not_made() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وعرضت الشرطة في الرياض مكافأة لمن يدلي بمعلومات تؤدي إلى القبض على المطلوبين.", "2018-04-23").Events, e => e.SubEventType == "Arrests");
}
