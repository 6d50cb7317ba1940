namespace Marsad.Core.Records;

/// <summary>One country as ACLED's columns need it: names, ISO codes, region.</summary>
public sealed record CountryInfo(string Iso2, string Iso3, int Numeric, string Name, string Region);

/// <summary>Country facts for records, from data/geo/countries.tsv and data/geo/iso-codes.tsv.</summary>
public sealed class CountryCodes
{
    private readonly Dictionary<string, CountryInfo> _byIso2 = new(StringComparer.OrdinalIgnoreCase);

    public static CountryCodes Default => _default.Value;

    private static readonly Lazy<CountryCodes> _default = new(() => Load(MarsadData.Path("geo", "countries.tsv"), MarsadData.Path("geo", "iso-codes.tsv")));

    public static CountryCodes Load(string countriesPath, string isoPath)
    {
        var iso = new Dictionary<string, (string Iso3, int Numeric)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Tsv.Read(isoPath, ["iso2"], ["iso3"], ["numeric"]).Rows)
        {
            if (!int.TryParse(row.Get("numeric"), out int n)) throw new LexiconFormatException(isoPath, row.Line, $"numeric code \"{row.Get("numeric")}\" is not a number");
            iso[row.Get("iso2")] = (row.Get("iso3"), n);
        }
        var codes = new CountryCodes();
        foreach (var row in Tsv.Read(countriesPath, ["iso2"], ["name_en"], ["acled_region"]).Rows)
        {
            string iso2 = row.Get("iso2");
            var (iso3, numeric) = iso.TryGetValue(iso2, out var x) ? x : (iso2, 0);
            codes._byIso2[iso2] = new CountryInfo(iso2, iso3, numeric, row.Get("name_en"), row.Get("acled_region"));
        }
        return codes;
    }

    public CountryInfo? Get(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;
}
