using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Towns of the Boko Haram war that cities500 has without the press's Arabic spelling (data/geo/places-extra.tsv):
/// "داماتورو" is Damaturu, capital of Yobe.
/// </summary>
public class NigerianTownsTests
{
    [GazetteerFact]
    public void Damaturu_is_found() =>
        Assert.Contains("Damaturu", TestPipeline.PlaceNames("قتل تسعة أشخاص في تفجير انتحاري في مدينة داماتورو شمال شرق نيجيريا.", "2015-07-26"));
}
