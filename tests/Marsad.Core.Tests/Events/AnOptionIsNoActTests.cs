using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An act named as an option ("لم يستبعد خيار قصف مواقع للنظام", "لم تجد من خيار سوى الدخول في حرب") is weighed, not
/// done — while the act the sentence tells as done is kept.
/// </summary>
public class AnOptionIsNoActTests
{
    private const string Option = "واشنطن (CNN) – لم يستبعد وزير الدفاع الأمريكي، جيمس ماتيس، الإثنين، خيار قصف مواقع عسكرية تابعة للنظام السوري، كرد على الهجوم الكيماوي على مدينة دوما.";

    [GazetteerFact]
    public void A_strike_weighed_as_an_option_is_no_strike() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(Option, "2018-04-09").Events, e => e.SubEventType == "Shelling/artillery/missile attack");

    [GazetteerFact]
    public void The_attack_it_answers_is_still_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(Option, "2018-04-09").Events, e => e.SubEventType == "Chemical weapon");
}
