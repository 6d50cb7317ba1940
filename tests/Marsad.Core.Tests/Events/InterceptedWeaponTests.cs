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

    [Fact]
    public void Missiles_stopped_over_towns_with_no_interceptor_named_were_stopped_by_the_towns_state()
    {
        var doc = TestPipeline.Extract(
            "وأطلق الحوثيون صواريخ باتجاه السعودية.\n" +
            "فيما أكد العقيد المالكي في بيان اعتراض ثلاثة صواريخ بالستية فوق الرياض ونجران وجازان.", "2018-04-11");
        var stopped = doc.Events.Where(e => e.SubEventType == "Disrupted weapons use").ToList();
        Assert.Equal(3, stopped.Select(e => e.Location!.Place!.GeonameId).Distinct().Count());
        Assert.All(stopped, e => Assert.StartsWith("Military Forces of Saudi Arabia", e.Actor1!.Name));
        Assert.All(stopped, e => Assert.Equal("Houthi Movement", e.Actor2?.Name));
        // (a missile told with no place in the air it was stopped over is not this)
        Assert.DoesNotContain(TestPipeline.Extract("وأكد المتحدث اعتراض ثلاثة صواريخ بالستية أطلقت على الرياض.", "2018-04-11").Events,
            e => e.SubEventType == "Disrupted weapons use");
    }

    [Fact]
    public void A_missile_stopped_on_its_way_to_a_town_was_fired_by_the_side_that_launched_it()
    {
        var e = Assert.Single(TestPipeline.Extract("وأعلن المتحدث اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه الرياض.", "2018-04-16").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Saudi Arabia", e.Actor1!.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [Fact]
    public void A_state_that_tells_of_an_interception_over_another_country_stopped_the_weapon_itself()
    {
        // (Aleppo is in Syria; the Russian army says it stopped the drones)
        var e = Assert.Single(TestPipeline.Extract("وقال الجيش الروسي إنه تم اعتراض طائرتين مسيرتين فوق مدينة حلب.", "2018-08-10").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
    }

    [Fact]
    public void A_launch_told_with_the_air_defences_that_stopped_it_is_the_interception_wherever_it_was_fired_from()
    {
        var doc = TestPipeline.Extract(
            "أعلن التحالف اعتراض قوات الدفاع الجوي الملكي السعودي لصاروخ باليستي أطلقته الميليشيات الحوثية باتجاه مدينة الرياض.\n" +
            "وقال المتحدث إن قوات الدفاع الجوي رصدت إطلاق صاروخ باليستي من قبل الميليشيا الحوثية من مدينة صعدة.", "2018-06-05");
        Assert.Contains(doc.Events, e => e.SubEventType == "Disrupted weapons use");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [Fact]
    public void The_recurrence_of_launches_talked_about_is_no_launch() =>
        Assert.Empty(TestPipeline.Extract("وأكد المتحدث أن تكرار إطلاق الصواريخ الباليستية على مدينة الرياض يثبت تورط إيران.", "2018-06-05").Events);
}
