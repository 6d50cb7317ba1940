using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وسيطر المتشددون الموالون لداعش على مدينة سرت": unnamed gunmen loyal to an armed group are its men, as those said to
/// belong to it are — the group took the town, it was not taken from it.
/// </summary>
public class LoyalToAGroupTests
{
    [GazetteerFact]
    public void Militants_loyal_to_the_islamic_state_are_the_islamic_state()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد.", "2015-08-03").Events);
        Assert.StartsWith("Islamic State", e.Actor1!.Name);
        Assert.Null(e.Actor2);
    }
}
