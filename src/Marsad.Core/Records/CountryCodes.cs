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
        foreach (var (line, c) in TsvFile.Read(isoPath, new[] { "iso2", "iso3", "numeric" }))
        {
            if (!int.TryParse(c[2], out int n)) throw new LexiconFormatException(isoPath, line, $"numeric code \"{c[2]}\" is not a number");
            iso[c[0]] = (c[1], n);
        }
        var codes = new CountryCodes();
        foreach (var (_, c) in TsvFile.Read(countriesPath, new[] { "iso2", "name_en", "name_ar", "acled_region", "capital_lat", "capital_lon", "bbox" }))
        {
            var (iso3, numeric) = iso.TryGetValue(c[0], out var x) ? x : (c[0], 0);
            codes._byIso2[c[0]] = new CountryInfo(c[0], iso3, numeric, c[1], c[3]);
        }
        return codes;
    }

    public CountryInfo? Get(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;
}
