namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الاتفاق ينص على ان الطائرات الامريكية … ستكون قادرة على استخدام قاعدة انجرليك لشن غارات ضد تنظيم داعش": the side an
/// agreement's terms act against ("ضد") is no party to it — allies' deal on a base is no agreement ACLED codes.
/// </summary>
public class AgreementAgainstAFoeTests
{
    [Fact]
    public void The_side_an_agreement_acts_against_is_no_party() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وأضافت الصحيفة أن الاتفاق ينص على أن \"الطائرات الأمريكية المزودة بالصواريخ ستتمكن من استخدام قاعدة إنجرليك الجوية\" لشن غارات ضد تنظيم داعش.", "2015-07-25").Events,
            e => e.SubEventType == "Agreement");

    [Fact]
    public void A_truce_between_the_sides_stays_an_agreement() =>
        Assert.Contains(TestPipeline.Extract(
            "وأبرمت روسيا وفصائل المعارضة في محافظة درعا أمس اتفاقا لوقف إطلاق النار.", "2018-07-07").Events,
            e => e.SubEventType == "Agreement");
}
