using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The ل after a noun of condemning marks what is condemned, not a purpose: "استبقها بإدانة للبراميل المتفجرة التي تسقط على
/// مدينة الزبداني من قبل طيران النظام السوري" tells barrel bombs that fell.
/// </summary>
public class CondemnedActsTests
{
    [GazetteerFact]
    public void Barrel_bombs_a_condemnation_is_of_fell()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكان المبعوث الأممي قد وصل دمشق صباح أمس الخميس قادما من بيروت، استبقها بإدانة للبراميل المتفجرة التي تسقط على مدينة الزبداني من قبل طيران النظام السوري.",
            "2015-07-24").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }
}
