using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A side that condemns or accuses in the report's own words is no party to the act: an act that names only whom it
/// hit is not given to the condemner as the hit side's usual foe.
/// </summary>
public class CondemnerNoPartyTests
{
    [GazetteerFact]
    public void Rockets_a_state_condemns_are_not_its_own()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("ونددت مصر أمس بإطلاق صواريخ من قطاع غزة على إسرائيل.", "2018-05-31");
        var rockets = Assert.Single(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.DoesNotContain("Egypt", rockets.Actor1?.PlainName ?? "");
        Assert.Equal("Unidentified Armed Group (Palestine)", rockets.Actor1?.PlainName);
    }
}
