using Marsad.Core.Geo;

namespace Marsad.Core.Tests.Geo;

/// <summary>A tiny gazetteer built in memory from GeoNames-format lines written for these tests, plus data/geo.</summary>
public static class GeoTestData
{
    // id, name, ascii, alternate names, lat, lon, class, code, cc, cc2, admin1..4, population, elevation, dem, timezone, modified
    public static readonly string[] Lines =
    [
        Row(170001, "Abu Kamal", "البو كمال,البوكمال,ابو كمال", 34.4523, 40.9185, "P", "PPLA2", "SY", "07", 57572),
        Row(170002, "Deir ez-Zor", "دير الزور,ديرالزور", 35.3359, 40.1408, "P", "PPLA", "SY", "07", 242565),
        Row(170003, "Ar Raqqah", "الرقة,الرقه", 35.9528, 39.0079, "P", "PPLA", "SY", "04", 177636),
        Row(170004, "Aleppo", "حلب", 36.2021, 37.1343, "P", "PPLA", "SY", "09", 1602264),
        Row(170005, "Hama", "حماة,حماه", 35.1318, 36.7578, "P", "PPLA", "SY", "10", 460602),
        Row(170006, "Jisr ash Shughur", "جسر الشغور", 35.8124, 36.3182, "P", "PPLA2", "SY", "12", 39311),
        Row(170007, "Ras al Ayn", "رأس العين", 36.8503, 40.0706, "P", "PPLA2", "SY", "01", 29347),
        Row(300001, "Tripoli", "طرابلس", 32.8872, 13.1913, "P", "PPLC", "LY", "77", 1150989),
        Row(300002, "Tripoli", "طرابلس", 34.4367, 35.8497, "P", "PPLA", "LB", "09", 229398),
        Row(300003, "Abu Kamal Decoy", "البو كمال", 33.3, 44.4, "P", "PPL", "IQ", "07", 90000),
        Row(300004, "Al Bab", "الباب", 36.3705, 37.5157, "P", "PPLA2", "SY", "09", 130745),
        Row(300005, "Judaydah", "جديدة", 33.9, 36.2, "P", "PPL", "SY", "08", 2000),
        Row(300006, "Riyadh", "الرياض", 24.6877, 46.7219, "P", "PPLC", "SA", "10", 4205961),
        Row(300007, "Adam", "آدم,ادم", 22.3793, 57.5271, "P", "PPL", "OM", "09", 12000),
        Row(300008, "Ath Thawrah", "الطبقة,الثورة", 35.8367, 38.5481, "P", "PPLA2", "SY", "04", 69425),
        Row(300009, "As Salamiyah", "سلمية,السلمية", 35.0113, 37.0532, "P", "PPLA2", "SY", "10", 66724),
        Row(300010, "Dūmā", "دوما", 33.5722, 36.4028, "P", "PPLA2", "SY", "08", 110893),
    ];

    public const string Admin1Codes = "SY.07\tDeir ez-Zor\tDeir ez-Zor\t170792\nSY.09\tAleppo\tAleppo\t170062\nSY.04\tAr-Raqqah\tAr-Raqqah\t172957\n";

    private static string Row(long id, string name, string alts, double lat, double lon, string fclass, string fcode, string cc, string a1, long pop) =>
        string.Join('\t', id.ToString(), name, name, alts, lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), fclass, fcode, cc, "", a1, "", "", "", pop.ToString(), "", "0", "Asia/Damascus", "2024-01-01");

    private static readonly Lazy<Gazetteer> Shared = new(() => Build(withMarsadTables: true));

    public static Gazetteer Gazetteer => Shared.Value;

    public static Gazetteer Build(bool withMarsadTables)
    {
        var builder = new GazetteerBuilder();
        builder.AddAdminCodes(new StringReader(Admin1Codes));
        builder.AddGeoNamesTable(new StringReader(string.Join('\n', Lines)));
        if (withMarsadTables) builder.AddMarsadTables(MarsadData.Path("geo"));
        return builder.Build();
    }

    public static Document Parse(string text, Gazetteer? gazetteer = null)
    {
        var doc = new Document(text);
        new PlaceRecognizer(gazetteer ?? Gazetteer, GeoLexicon.LoadDefault()).Process(doc);
        return doc;
    }
}

/// <summary>A fact that needs GeoNames cities500 in the cache (scripts/setup downloads it); skipped when absent.</summary>
public sealed class GazetteerFactAttribute : FactAttribute
{
    public GazetteerFactAttribute()
    {
        if (!File.Exists(GeoCache.Cities500Path()) && !File.Exists(GeoCache.IndexPath()))
            Skip = $"needs GeoNames cities500 ({GeoCache.Cities500Path()}); run scripts/setup to download it";
    }
}

/// <summary>A theory that needs GeoNames cities500 in the cache; skipped when absent.</summary>
public sealed class GazetteerTheoryAttribute : TheoryAttribute
{
    public GazetteerTheoryAttribute()
    {
        if (!File.Exists(GeoCache.Cities500Path()) && !File.Exists(GeoCache.IndexPath()))
            Skip = $"needs GeoNames cities500 ({GeoCache.Cities500Path()}); run scripts/setup to download it";
    }
}

/// <summary>A fact that needs both cities500 and the shared data folder.</summary>
public sealed class GazetteerAndSharedDataFactAttribute : FactAttribute
{
    public GazetteerAndSharedDataFactAttribute()
    {
        if (!File.Exists(GeoCache.Cities500Path()) && !File.Exists(GeoCache.IndexPath()))
            Skip = $"needs GeoNames cities500 ({GeoCache.Cities500Path()}); run scripts/setup to download it";
        else if (!Support.SharedData.Available)
            Skip = "needs the shared data folder (../shared/data next to the repository, or set MARSAD_SHARED_DATA); not found";
    }
}
