namespace Marsad.Core.Tests.Events;

/// <summary>Launching attacks in general — what a side can, may or tends to do — is no attack of a day.</summary>
public class AttacksInGeneralTests
{
    [Theory]
    [InlineData("وقال مسؤولون إن تنظيم داعش يشن هجمات مماثلة في مدينة حلب.")]
    [InlineData("ودعا زعيم تنظيم داعش أتباعه إلى مواصلة العمل على شن هجمات في مدينة حلب.")]
    [InlineData("وأضاف أن الضربات ستقلص قدرة تنظيم داعش على شن هجمات في مدينة حلب.")]
    public void Attacks_in_general_are_no_event(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-03-10").Events);

    [Fact]
    public void Attacks_launched_on_a_day_are_an_event() =>
        Assert.NotEmpty(TestPipeline.Extract("وشن تنظيم داعش هجمات على مواقع قوات النظام السوري في مدينة حلب أمس.", "2018-03-10").Events);
}
