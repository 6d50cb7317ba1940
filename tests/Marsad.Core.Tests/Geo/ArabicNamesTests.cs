using Marsad.Core.Geo;
using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// data/geo/arabic-names.tsv: Arabic names for cities500 places whose row gives none ("ترهونة" is Tarhuna), keyed by
/// geonameid so the place keeps its population and admin codes.
/// </summary>
public class ArabicNamesTests
{
    [GazetteerFact]
    public void A_town_cities500_names_only_in_Latin_is_found_by_its_Arabic_name()
    {
        var place = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصفت الميليشيات مدينة ترهونة بصواريخ غراد أمس.", "2015-08-11").Places).Place;
        Assert.Equal(2210221, place?.GeonameId);
    }

    [GazetteerFact]
    public void Every_row_names_the_place_its_geonameid_is()
    {
        var gazetteer = Gazetteer.LoadDefault();
        var names = new Dictionary<long, string>();
        for (int i = 0; i < gazetteer.PlaceCount; i++) names[gazetteer.GeonameId(i)] = gazetteer.Name(i);
        var wrong = GeoTables.ReadArabicNames(MarsadData.Path("geo", "arabic-names.tsv"))
            .Where(r => !names.TryGetValue(r.GeonameId, out var name) || name != r.NameEn)
            .Select(r => $"{r.GeonameId} {r.NameEn}").ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_name_not_in_Arabic_letters_names_file_and_line()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("arabic-names").FullName, "arabic-names.tsv");
        File.WriteAllText(path, "geonameid\tname_en\tnames_ar\n# test\n2210221\tTarhuna\tترهونة\n360630\tCairo\tCairo | القاهرة\n");
        var e = Assert.Throws<LexiconFormatException>(() => GeoTables.ReadArabicNames(path));
        Assert.Equal(4, e.Line);
        Assert.Contains(path, e.Message);
        Assert.Contains("Cairo", e.Message);
    }
}
