using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The bombs of a plot foiled earlier in the sentence ("إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة، بسيارتين مفخختين
/// يقودهما انتحاريان") never went off: the foiling is the event, ACLED's disrupted weapons use by the force that foiled
/// it — named before it, or the command whose statement it is ("قيادة عمليات الأنبار" is a name, no work going on); a
/// suicide bomber named after the foiling is its target. An infiltration foiled stays a clash.
/// </summary>
public class FoiledPlotBombsTests
{
    [GazetteerFact]
    public void Car_bombs_of_a_foiled_plot_are_no_blast()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت قيادة عمليات الأنبار إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة جنوبي الرمادي، بسيارتين مفخختين يقودهما انتحاريان.", "2015-08-06").Events;
        var e = Assert.Single(events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_suicide_belt_of_a_foiled_attack_never_went_off() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت وزارة الداخلية إحباط عملية إرهابية كانت تستهدف مسجدا في مدينة الدمام بحزام ناسف.", "2015-08-06").Events,
            e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void A_suicide_bomber_named_after_the_foiling_is_its_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تمكنت أجهزة الأمن المصرية السبت من إحباط محاولة مهاجم انتحاري استهداف كنيسة العذراء شمال القاهرة.", "2018-08-11").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Police Forces of Egypt", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void An_infiltration_foiled_stays_a_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وأحبط الجيش اليمني محاولة تسلل لميليشيات الحوثي جنوبي الحديدة، كانت تنوي تنفيذ عمليات إرهابية.", "2018-04-02").Events,
            e => e.SubEventType == "Armed clash");
}
