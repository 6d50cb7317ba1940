using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A sweep run to search for someone ("عمليات تمشيط للبحث عن المتورطين في التفجير") is a search, no fight: the dead the
/// sentence counts are the bombing's, not a clash between the forces.
/// </summary>
public class SweepToSearchTests
{
    [GazetteerFact]
    public void A_sweep_to_search_for_the_bombers_is_no_clash() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأضافت أن القوات الأمنية المصرية تقوم بتنفيذ عمليات تمشيط للبحث عن المتورطين في التفجير، الذي أسفر عن مقتل شرطيين وإصابة آخرين بجروح في الإسكندرية.",
            "2018-03-25").Events, e => e.SubEventType == "Armed clash");
}
