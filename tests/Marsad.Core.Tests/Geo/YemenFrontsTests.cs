namespace Marsad.Core.Tests.Geo;

/// <summary>
/// The 2015 fronts the Yemeni press names and cities500 lacks (data/geo/places-extra.tsv): "جبهة الجفينة", "جبل صبر",
/// "مناطق دوفس والكود" — and "الكود" alone, "the code", is none.
/// </summary>
public class YemenFrontsTests
{
    private static List<string?> Names(string text) => GeoTestData.Parse(text).Places.Select(p => p.Place?.Name).ToList();

    [Fact]
    public void Fronts_are_found()
    {
        Assert.Contains("Al Jufainah", Names("صدت المقاومة هجوما للحوثيين في جبهة الجفينة غرب مدينة مأرب."));
        Assert.Contains("Jabal Sabir", Names("سيطرت المقاومة على مواقع في جبل صبر المطل على مدينة تعز."));
        var both = Names("بعد تحرير مناطق دوفس والكود من عناصر الميليشيات.");
        Assert.Contains("Dofas", both);
        Assert.Contains("Al Kawd", both);
    }

    [Fact]
    public void The_code_is_no_front() =>
        Assert.DoesNotContain("Al Kawd", Names("قالت الشركة إنها غيرت الكود البرمجي للموقع."));
}
