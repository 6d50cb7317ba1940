using Marsad.Core.Text;
using Marsad.Core.Geo;

namespace Marsad.Core.Tests.Geo;

public class GazetteerTests
{
    [Fact]
    public void A_nisba_adjective_names_its_country()
    {
        var g = GeoTestData.Gazetteer;
        foreach (var (adjective, cc) in new[] { ("الأردنية", "JO"), ("اليمني", "YE"), ("السعودي", "SA"), ("السورية", "SY") })
        {
            int e = g.CountryOfNisba(GazetteerKeys.Normalize(adjective));
            Assert.True(e >= 0, adjective);
            Assert.Equal(cc, g.CountryCode(e));
        }
        Assert.Equal(-1, g.CountryOfNisba(GazetteerKeys.Normalize("الجوية")));
    }

    [Fact]
    public void Reads_a_geonames_row()
    {
        var row = GeoNamesReader.ParseRow(GeoTestData.Lines[0])!;
        Assert.Equal(170001, row.GeonameId);
        Assert.Equal("SY", row.CountryCode);
        Assert.Equal("07", row.Admin1);
        Assert.Contains("البو كمال", row.AlternateNames);
        Assert.Null(GeoNamesReader.ParseRow("not\ta\trow"));
    }

    [Theory]
    [InlineData("البو كمال")]
    [InlineData("البوكمال")]
    [InlineData("بو كمال")]
    [InlineData("ابو كمال")]
    [InlineData("abu kamal")]
    public void Indexes_name_variants_with_and_without_article_and_space(string name)
    {
        var g = GeoTestData.Build(withMarsadTables: false);
        var hits = g.Find(name);
        Assert.Contains(hits, i => g.GeonameId(i) == 170001);
    }

    [Fact]
    public void Ta_marbuta_and_hamza_are_matched_under_the_matching_normalisation()
    {
        var g = GeoTestData.Build(withMarsadTables: false);
        Assert.NotEmpty(g.Find("الرقه"));
        Assert.NotEmpty(g.Find("راس العين"));
        Assert.NotEmpty(g.Find("حماه"));
    }

    [Fact]
    public void Admin_names_come_from_the_admin_code_file_then_from_data_geo()
    {
        var g = GeoTestData.Gazetteer;
        var abuKamal = g.GetPlace(g.Find("البوكمال").First(i => g.GeonameId(i) == 170001));
        Assert.Equal("Deir ez-Zor", abuKamal.Admin1Name);
        Assert.Equal("Syria", abuKamal.CountryName);
        var hama = g.GetPlace(g.Find("حماة").First(i => g.Kind(i) == PlaceKind.GeoNames));
        Assert.Equal("Hama", hama.Admin1Name);   // from data/geo/admin1.tsv
    }

    [Fact]
    public void Syrian_admin1_names_follow_geonames_spelling()
    {
        var rows = GeoTables.ReadAdmin1(MarsadData.Path("geo", "admin1.tsv")).ToDictionary(r => r.Code);
        Assert.Equal("Rif-dimashq", rows["SY.08"].NameEn);
        Assert.Equal("Deir ez-Zor", rows["SY.07"].NameEn);
        Assert.Equal("Dimashq", rows["SY.13"].NameEn);
        Assert.Equal("Idlib", rows["SY.12"].NameEn);
    }

    [Fact]
    public void An_admin1_unit_named_by_a_direction_needs_a_cue()
    {
        // "في الجنوب" is "in the south" of any country: a unit called so (Lebanon's South) must be listed in
        // ambiguous-names.txt, which wants a cue noun or a place nearby; "جهة الشرق" ("the east side", "من جهة الشرق")
        // names no unit at all, or Morocco's Oriental stands in every story that says where a front lies.
        static string N(string w) => ArabicNormalizer.Matching.Normalize(w);
        var bare = new[] { "الشرق", "الغرب", "الشمال", "الجنوب" }.Select(N).ToHashSet();
        var side = new[] { "جهة الشرق", "جهة الغرب", "جهة الشمال", "جهة الجنوب" }.Select(N).ToHashSet();
        var guarded = GeoTables.ReadList(MarsadData.Path("geo", "ambiguous-names.txt")).Select(N).ToHashSet();
        var wrong = GeoTables.ReadAdmin1(MarsadData.Path("geo", "admin1.tsv"))
            .SelectMany(r => r.NamesAr.Select(n => (r.Code, Name: N(n))))
            .Where(x => side.Contains(x.Name) || bare.Contains(x.Name) && !guarded.Contains(x.Name)).ToList();
        Assert.True(wrong.Count == 0, string.Join(", ", wrong));
    }

    [Fact]
    public void Index_round_trips_through_a_file()
    {
        var builder = new GazetteerBuilder();
        builder.AddGeoNamesTable(new StringReader(string.Join('\n', GeoTestData.Lines)));
        string path = Path.Combine(Path.GetTempPath(), $"marsad-gz-{Guid.NewGuid():N}.idx");
        try
        {
            builder.Write(path);
            var g = Gazetteer.Load(path);
            Assert.Equal(GeoTestData.Lines.Length, g.PlaceCount);
            var p = g.GetPlace(g.Find("جسر الشغور").Single());
            Assert.Equal(170006, p.GeonameId);
            Assert.Equal(35.8124, p.Latitude, 3);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Arabic_name_words_are_exposed_for_the_segmenter()
    {
        var words = GeoTestData.Build(withMarsadTables: false).ArabicNameWords().ToList();
        Assert.Contains("البوكمال", words);
        Assert.Contains("الزور", words);
        Assert.DoesNotContain("abu", words);
    }

    [Fact]
    public void Missing_index_names_scripts_setup()
    {
        string? old = Environment.GetEnvironmentVariable("MARSAD_CACHE");
        try
        {
            Environment.SetEnvironmentVariable("MARSAD_CACHE", Path.Combine(Path.GetTempPath(), "marsad-no-cache-" + Guid.NewGuid().ToString("N")));
            var e = Assert.Throws<FileNotFoundException>(() => Gazetteer.LoadDefault());
            Assert.Contains("scripts/setup", e.Message);
        }
        finally { Environment.SetEnvironmentVariable("MARSAD_CACHE", old); }
    }
}
