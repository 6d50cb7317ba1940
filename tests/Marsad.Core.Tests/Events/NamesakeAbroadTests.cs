namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بلدة صيدا الواقعة شرق درعا": a town the text places by a compass phrase is near that place, even when the
/// gazetteer's only town of the name is a namesake in another country (Lebanon's Sidon); a province's seat far off in
/// the same country is left to the other rules.
/// </summary>
public class NamesakeAbroadTests
{
    [Fact]
    public void A_town_placed_by_a_compass_phrase_is_not_its_namesake_abroad()
    {
        var doc = TestPipeline.Extract("وسيطرت القوات الروسية أمس على بلدة طرابلس الواقعة شمال حلب.", "2018-07-05");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Aleppo", e.Location?.Place?.Name);
        Assert.Equal(2, e.Location?.GeoPrecision);
    }
}
