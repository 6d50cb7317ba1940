using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "غارة جوية على خور المكسر في وسط عدن": a quarter, then "في وسط" (or "وسط") and the town around it, says where the
/// quarter is — one strike at the quarter, not a second one at the town.
/// </summary>
public class TownCentreTests
{
    [GazetteerFact]
    public void A_quarter_in_the_centre_of_its_town_is_one_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل تسعة أشخاص في غارة جوية على خور المكسر في وسط عدن.", "2015-07-20").Events);
        Assert.Equal("Khawr Maksar", e.Location?.Place?.Name);
        Assert.Equal(9, e.Fatalities);
    }
}
