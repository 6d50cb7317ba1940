namespace Marsad.Core.Tests.Geo;

/// <summary>
/// East Jerusalem's quarters and the West Bank towns and camps the press names for raids and arrests ("بلدة سلوان",
/// "بيت أمر", "مخيم العروب"): found as themselves, and "صور باهر" is no Tyre ("صور").
/// </summary>
public class JerusalemAndWestBankPlacesTests
{
    private static List<string?> Names(string text) => GeoTestData.Parse(text).Places.Select(p => p.Place?.Name).ToList();

    [Theory]
    [InlineData("واعتقلت قوات الاحتلال شابا من بلدة سلوان جنوب المسجد الأقصى.", "Silwan")]
    [InlineData("اعتقلت قوات الاحتلال شابين على مدخل بلدة بيت أمر شمال الخليل.", "Beit Ummar")]
    [InlineData("اقتحمت قوات الاحتلال مخيم العروب فجر اليوم.", "Al-Arroub Camp")]
    [InlineData("اندلعت مواجهات في حي الشيخ جراح.", "Sheikh Jarrah")]
    public void The_quarter_or_town_is_found(string text, string name) => Assert.Contains(name, Names(text));

    [Fact]
    public void Sur_baher_is_no_tyre()
    {
        var names = Names("اعتقلت قوات الاحتلال ثلاثة شبان من بلدة صور باهر.");
        Assert.Contains("Sur Baher", names);
        Assert.DoesNotContain("Tyre", names);
    }
}
