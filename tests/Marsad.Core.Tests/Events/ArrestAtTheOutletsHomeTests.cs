using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت الجهات الأمنية من إحباط عدة عمليات إرهابية والقبض على المتورطين" in a Saudi daily that names no place: the
/// arrest was made in the outlet's country (outlets.tsv), placed at its capital — not for an outlet the table does not
/// list, nor when the article names a place.
/// </summary>
public class ArrestAtTheOutletsHomeTests
{
    private const string Unplaced = "تمكنت الجهات الأمنية من إحباط عدة عمليات إرهابية والقبض على المتورطين مباشرة فيها، وعددهم 144 شخصا.";

    [Fact]
    public void An_unplaced_arrest_in_a_saudi_daily_is_at_riyadh()
    {
        var doc = TestPipeline.Extract(Unplaced, "2015-07-24", "alriyadh");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Riyadh", arrest.Location?.Place?.Name);
        Assert.Equal(3, arrest.Location?.GeoPrecision);
        Assert.Equal("Police Forces of Saudi Arabia", arrest.Actor1?.PlainName);
    }

    [Theory]
    [InlineData("BBC Arabic")]
    [InlineData(null)]
    public void An_outlet_not_listed_places_nothing(string? outlet) =>
        Assert.DoesNotContain(TestPipeline.Extract(Unplaced, "2015-07-24", outlet).Events, e => e.SubEventType == "Arrests");

    [Fact]
    public void An_article_that_names_a_place_abroad_keeps_it_unplaced()
    {
        var doc = TestPipeline.Extract("وفي حلب قصفت الطائرات مواقع للمسلحين. " + Unplaced, "2015-07-24", "alriyadh");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests" && e.Location?.Place?.Name == "Riyadh");
    }

    [Fact]
    public void A_bad_row_names_file_and_line()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("outlets").FullName, "outlets.tsv");
        File.WriteAllText(path, "# test\noutlet\tiso2\tnote\nalriyadh\tSA\t\nokaz\tSaudi\t\n");
        var e = Assert.Throws<LexiconFormatException>(() => Outlets.Load(path));
        Assert.Equal(4, e.Line);
        Assert.Contains(path, e.Message);
    }
}
