using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Pakistan's Kurram tribal agency, which cities500 lacks (data/geo/places-extra.tsv, at Parachinar): "مقاطعة كورام" is
/// the scene, not the "north-west of Pakistan" named after it.
/// </summary>
public class KurramAgencyTests
{
    [GazetteerFact]
    public void The_Kurram_agency_is_found() =>
        Assert.Contains("Kurram Agency", TestPipeline.PlaceNames(
            "أحرق مسلحون مجهولون مبنى مدرسة حكومية وخطفوا عشرة عمال كانوا داخلها في مقاطعة كورام شمال غرب باكستان.", "2015-08-10"));
}
