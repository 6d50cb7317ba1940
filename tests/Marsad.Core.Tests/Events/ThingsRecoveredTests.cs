using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A statue or manuscripts recovered, breath or health regained ("استرجاع أنفاسهم", "استعادة عافيته"), are no ground retaken; the expulsion in
/// the same sentence still is.
/// </summary>
public class ThingsRecoveredTests
{
    [GazetteerFact]
    public void A_statue_recovered_is_no_town_retaken() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "استعادت السلطات العراقية تمثالا آشوريا قديما من الموصل، إلى جانب عشرات المخطوطات.", "2018-04-13").Events);

    [GazetteerFact]
    public void Breath_regained_is_no_retaking_but_the_expulsion_is()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وحظي سكان مدينة زبيد بفرصة استرجاع أنفاسهم بعد أن نجحت القوات الحكومية في طرد الحوثيين من المدينة.", "2018-04-13").Events;
        var taken = Assert.Single(events);
        Assert.Equal("Government regains territory", taken.SubEventType);
        Assert.DoesNotContain("استرجاع", taken.Rule);
    }

    [GazetteerFact]
    public void Health_regained_is_no_retaking() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتمكن الجيش السوري أمس من استعادة عافيته في ريف حلب بعد أشهر من الخسائر.", "2015-09-10").Events);
}
