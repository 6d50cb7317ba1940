using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قرية برقين جنوب غربي مدينة جنين في الضفة الغربية": the region after a village and its bearing from a town only places
/// them — the scene is the village, not the West Bank.
/// </summary>
public class RegionAfterABearingTests
{
    [GazetteerFact]
    public void The_village_placed_by_its_bearing_is_the_scene() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وقال شاهد فلسطيني إن القوات الإسرائيلية دخلت قرية برقين جنوب غربي مدينة جنين في الضفة الغربية للقيام بحملة اعتقالات وأن السكان ألقوا حجارة على الجنود.",
            "2015-07-23").Events, e => e.EventType == "Riots" && e.Location?.Place?.Name == "Birqīn");
}
