using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هاجموا سيارتي دفع رباعي لقوات النظام": the side whose cars or vehicles were attacked is the one hit.
/// </summary>
public class VehiclesOfASideTests
{
    [GazetteerFact]
    public void The_owner_of_the_vehicles_attacked_is_the_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "هاجم مسلحون من المعارضة سيارات دفع رباعي لقوات النظام قرب مدينة درعا أمس.", "2015-08-10").Events);
        Assert.Equal(("Armed clash", "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)"), (e.SubEventType, e.Actor1?.Name, e.Actor2?.Name));
    }
}
