namespace Marsad.Core.Tests.Geo;

/// <summary>Cairo's districts the press names for an attack ("بمصر الجديدة"): not Egypt ("مصر"), and "المعادي" only as a place.</summary>
public class CairoDistrictsTests
{
    private static List<string?> Names(string text) => GeoTestData.Parse(text).Places.Select(p => p.Place?.Name).ToList();

    [Fact]
    public void Heliopolis_is_a_district_of_cairo()
    {
        var names = Names("استهدف التفجير موكب النائب العام بمصر الجديدة شرق القاهرة.");
        Assert.Contains("Heliopolis (Cairo)", names);
        Assert.DoesNotContain("Egypt", names);
    }

    [Fact]
    public void Hostile_media_is_no_maadi() =>
        Assert.DoesNotContain("Maadi (Cairo)", Names("هاجم الوزير الإعلام المعادي لمصر."));
}
