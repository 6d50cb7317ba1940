using Marsad.Core.Geo;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// The places of Marsad's own tables (countries, first-level units, data/geo/places-extra.tsv) have no GeoNames id; the
/// negative id each gets is made from what the place is, so a row added to a table, wherever it stands, leaves every other
/// place's id as it was — records stored before keep pointing at the same place.
/// </summary>
public class StableSyntheticIdsTests
{
    private static Gazetteer Build(string geoDir)
    {
        var builder = new GazetteerBuilder();
        builder.AddGeoNamesTable(new StringReader(string.Join('\n', GeoTestData.Lines)));
        builder.AddMarsadTables(geoDir);
        return builder.Build();
    }

    private static long Id(Gazetteer g, string name) => g.GetPlace(g.Find(name).First(i => g.GeonameId(i) < 0)).GeonameId;

    [Fact]
    public void A_row_added_to_the_extra_places_changes_no_other_id()
    {
        string copy = Path.Combine(Path.GetTempPath(), $"marsad-geo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        try
        {
            foreach (var file in Directory.GetFiles(MarsadData.Path("geo"))) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            var before = Build(copy);
            // a row inserted at the top of the table, before every other row, and one appended
            string extra = Path.Combine(copy, "places-extra.tsv");
            var lines = File.ReadAllLines(extra).ToList();
            lines.Insert(1, "Test Village\tقرية الاختبار\tSY\tSY.08\t33.5000\t36.4000\tPPL\ttest row");
            lines.Add("Test Hill\tتلة الاختبار\tSY\tSY.08\t33.6000\t36.5000\tHLL\ttest row");
            File.WriteAllLines(extra, lines);
            var after = Build(copy);
            foreach (var name in new[] { "الغوطة الشرقية", "سوريا", "ريف دمشق", "قاعدة العند" })
                Assert.Equal(Id(before, name), Id(after, name));
            Assert.NotEqual(Id(after, "قرية الاختبار"), Id(after, "تلة الاختبار"));
        }
        finally { Directory.Delete(copy, recursive: true); }
    }
}
