using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The name a side gives people after a verb of describing and "بأنهم" ("المتظاهرين الذين وصفتهم اسرائيل بانهم \"مثيري
/// شغب\"") is its word for them: no riot is reported, and the people so named are no side of the act told.
/// </summary>
public class LabelTheyWereGivenTests
{
    [GazetteerFact]
    public void Protesters_a_side_calls_rioters_are_dispersed_protesters()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتجمع الآلاف قرب السياج في قطاع غزة. واطلق الجيش الاسرائيلي النار والغاز المسيل للدموع لتفرقة المتظاهرين الذين وصفتهم اسرائيل بانهم \"مثيري شغب\".", "2018-05-16").Events);
        Assert.Equal("Protest with intervention", e.SubEventType);
        Assert.Equal("IL", e.Actor2?.Country);
        Assert.NotEqual(5, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void An_act_a_claimant_describes_is_still_its_claim()
    {
        // (of people only: "ما وصفته بأنه هجوم بالغاز" is the claimant's report of an act)
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وسجلت أكثر من 30 حالة اختناق في مدينة دوما بعد ما وصفته المجموعة بأنه \"هجوم بالغاز لقوات النظام\".", "2018-03-07").Events;
        Assert.Contains(events, e => e.SubEventType == "Chemical weapon");
    }
}
