using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل خمسة جنود سوريين وعناصر من حزب الله في غارات": the dead named first, others joined to them by و before the act,
/// are killed by the act — no agent of it.
/// </summary>
public class DeadJoinedByWaTests
{
    [GazetteerFact]
    public void The_first_of_the_dead_joined_by_wa_is_hit_not_the_striker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل خمسة جنود سوريين وعناصر من حزب الله في غارات استهدفت مواقع في ريف حماة.", "2018-05-08").Events);
        Assert.DoesNotContain("Syria", e.Actor1?.Name ?? "");
        Assert.Contains("Syria", e.Actor2?.Name ?? "");
    }
}
