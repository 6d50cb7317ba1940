using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل خمسة أشخاص في تفجير في مدينة الموصل": people a bombing killed, named before it, with no one named setting it off,
/// were hit by an unidentified armed group's bomb (ACLED's coding of an unclaimed bombing) — the event is kept, not
/// dropped for want of an agent.
/// </summary>
public class KilledInABombingTests
{
    [GazetteerFact]
    public void An_unclaimed_bombing_that_killed_five()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل خمسة أشخاص في تفجير في مدينة الموصل أمس.", "2015-07-26").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
        Assert.Equal(5, e.Fatalities);
    }
}
