using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلت جماعة بوكو حرام قبل أيام عشرة من صيادي السمك": the verb's object is reached from its count, past the day told
/// between — the fishermen are whom the group killed.
/// </summary>
public class ObjectCountedAfterADayTests
{
    [GazetteerFact]
    public void The_fishermen_counted_after_the_day_were_killed()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتلت جماعة بوكو حرام قبل أيام عشرة من صيادي السمك في مدينة مايدوغوري.", "2015-07-26").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Boko Haram", e.Actor1?.Name);
        Assert.Equal("Civilians (Nigeria)", e.Actor2?.Name);
    }
}
