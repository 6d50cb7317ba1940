namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ضرب أهالي منطقة جازان أروع الأمثلة": to strike an example is to set one; "الغبار الذي يضرب منطقة جازان": dust or wind
/// that strikes a region is weather — neither is a strike. A strike by aircraft stays.
/// </summary>
public class StruckInOtherSensesTests
{
    [Fact]
    public void Setting_an_example_is_no_strike() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "ضرب أهالي قرى الراحة في الحرث أروع الأمثلة في الوقوف مع القيادة ضد كل من يحاول الاعتداء على حدود الوطن، ويدا واحدة مع القوات المسلحة السعودية المرابطة على الحدود.", "2015-08-01").Events,
            e => e.EventType == "Explosions/Remote violence");

    [Fact]
    public void Dust_that_strikes_a_region_is_no_strike() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وتستغل الميليشيات الحوثية الرياح الشديدة والغبار الذي يضرب منطقة جازان للتسلل نحو مواقع الجيش السعودي.", "2015-08-01").Events,
            e => e.EventType == "Explosions/Remote violence");

    [Fact]
    public void A_strike_by_aircraft_stays() =>
        Assert.Contains(TestPipeline.Extract(
            "وضربت طائرات التحالف أمس مواقع للمتمردين في عمران شمال العاصمة صنعاء.", "2015-08-01").Events,
            e => e.EventType == "Explosions/Remote violence");
}
