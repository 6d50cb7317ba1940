namespace Marsad.Core.Tests.Events;

/// <summary>
/// An armed group's missile or drone shot down is ACLED's disrupted weapons use only; a weapon that killed all the same,
/// or a state's strikes the other side says it partly shot down, struck. "قواعد الاشتباك" is no clash.
/// </summary>
public class InterceptedWeaponTests
{
    [Fact]
    public void A_missile_shot_down_is_no_missile_attack_as_well()
    {
        var doc = TestPipeline.Extract(
            "أطلقت ميليشيا الحوثي، الأربعاء، صاروخا باليستيا باتجاه مدينة الرياض.\n" +
            "واعترضت قوات الدفاع الجوي السعودي الصاروخ فوق مدينة الرياض.", "2018-04-11");
        Assert.Contains(doc.Events, e => e.SubEventType == "Disrupted weapons use");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [Fact]
    public void A_missile_that_killed_although_shot_down_struck()
    {
        var doc = TestPipeline.Extract(
            "أطلقت ميليشيا الحوثي، الأربعاء، صاروخا باليستيا باتجاه مدينة الرياض، ما أسفر عن مقتل شخص.\n" +
            "واعترضت قوات الدفاع الجوي السعودي الصاروخ فوق مدينة الرياض.", "2018-04-11");
        Assert.Contains(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [Fact]
    public void The_rules_of_engagement_are_no_clash() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وقال المتحدث إن منظومة الدفاع الجوي في مدينة حلب رصدت جسما غير معرف، وتم التعامل معه بحسب قواعد الاشتباك وتدميره.", "2018-04-11").Events,
            e => e.EventType == "Battles");
}
