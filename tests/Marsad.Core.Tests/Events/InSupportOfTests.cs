using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهداف ثكنات الجيش في معسكر نبل … نصرة لأهلنا في الزبداني": the town an act is done in support of is no scene of it.
/// </summary>
public class InSupportOfTests
{
    [GazetteerFact]
    public void The_town_supported_is_no_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت غرفة عمليات حلب استهداف ثكنات الجيش السوري في معسكر نبل بالقذائف الصاروخية نصرة لأهلنا في الزبداني.", "2015-07-21").Events);
        Assert.Equal("Nubl", e.Location?.Place?.Name);
    }
}
