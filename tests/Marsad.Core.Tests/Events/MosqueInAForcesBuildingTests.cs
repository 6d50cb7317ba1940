using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A mosque blown up inside a force's building ("بتفجير مسجد للسنة داخل مبنى قوات الطوارئ") was bombed with the force's
/// men in it — a bombing, as "تفجير مسجد مقر قوات الطوارئ" is, not property wrecked.
/// </summary>
public class MosqueInAForcesBuildingTests
{
    [GazetteerFact]
    public void A_mosque_bombed_inside_a_forces_building_is_a_bombing() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وقام تنظيم داعش أمس بتفجير مسجد للسنة داخل مبنى قوات الطوارئ في منطقة عسير.",
            "2015-08-08").Events, e => e.EventType == "Explosions/Remote violence");
}
