namespace Marsad.Core.Tests.Events;

/// <summary>
/// The coalition that strikes in Yemen is the Saudi-led one whatever the press calls it ("طيران التحالف الدولي الذي تقوده
/// المملكة"); the international coalition over Syria is still the US-led one.
/// </summary>
public class CoalitionOfTheWarTests
{
    [Fact]
    public void The_international_coalition_over_Yemen_is_the_Saudi_led_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("إلى ذلك شن طيران التحالف الدولي الذي تقوده المملكة سلسلة غارات على مواقع للحوثيين في محافظة الضالع أمس.", "2015-07-21");
        Assert.Equal("Coalition (Saudi-led)", Assert.Single(doc.Events).Actor1?.Name);
    }

    [Fact]
    public void The_international_coalition_over_Syria_is_the_US_led_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وشن طيران التحالف الدولي غارات على مواقع تنظيم داعش في الرقة أمس.", "2015-07-21");
        Assert.Equal("Coalition (US-led)", Assert.Single(doc.Events).Actor1?.Name);
    }
}
