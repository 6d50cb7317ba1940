using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Tunisia's Ben Gardane: cities500 writes it "بنڤردان" (the Tunisian letter for /g/, no space); the press writes "بن قردان"
/// (data/geo/arabic-names.tsv).
/// </summary>
public class BenGardaneTests
{
    [GazetteerFact]
    public void The_press_spelling_finds_the_border_town() =>
        Assert.Contains("Ben Gardane", TestPipeline.PlaceNames("خرج السكان إلى الشوارع في مدينة بن قردان الحدودية مع ليبيا.", "2015-07-22"));
}
