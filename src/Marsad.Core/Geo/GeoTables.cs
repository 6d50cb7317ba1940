using System.Globalization;

namespace Marsad.Core.Geo;

/// <summary>A row of data/geo/admin1.tsv.</summary>
public sealed record Admin1Row(string Code, string NameEn, IReadOnlyList<string> NamesAr, long? CapitalId, double Latitude, double Longitude)
{
    public string CountryCode => Code[..2];
}

/// <summary>A row of data/geo/countries.tsv.</summary>
public sealed record CountryRow(string Iso2, string NameEn, IReadOnlyList<string> NamesAr, string Region, double Latitude, double Longitude);

/// <summary>A row of data/geo/places-extra.tsv.</summary>
public sealed record ExtraPlaceRow(string NameEn, IReadOnlyList<string> NamesAr, string Iso2, string? Admin1Code, double Latitude, double Longitude, string FeatureCode, string? Note,
    string? Operator = null);

/// <summary>A row of data/geo/arabic-names.tsv: Arabic names for a GeoNames place whose row gives none.</summary>
public sealed record ArabicNamesRow(long GeonameId, string NameEn, IReadOnlyList<string> NamesAr);

/// <summary>Marsad's own geographic tables in data/geo (see data/geo/README.md for the format).</summary>
public static class GeoTables
{
    public static IReadOnlyList<Admin1Row> ReadAdmin1(string path) => Rows(path, 6).Select(f => new Admin1Row(
        f[0], f[1], SplitNames(f[2]), long.TryParse(f[3], out var id) ? id : null, Num(f[4]), Num(f[5]))).ToList();

    public static IReadOnlyList<CountryRow> ReadCountries(string path) => Rows(path, 6).Select(f => new CountryRow(
        f[0], f[1], SplitNames(f[2]), f[3], Num(f[4]), Num(f[5]))).ToList();

    public static IReadOnlyList<ExtraPlaceRow> ReadExtraPlaces(string path) => NumberedRows(path, 7).Select(r =>
    {
        var f = r.Fields;
        string? op = f.Length > 8 && f[8].Length > 0 ? f[8] : null;
        // (an operator holds a base: a two-letter country code)
        if (op is not null && (op.Length != 2 || !op.All(char.IsAsciiLetterUpper)))
            throw new LexiconFormatException(path, r.Line, $"operator must be an ISO2 code, got \"{op}\"");
        return new ExtraPlaceRow(f[0], SplitNames(f[1]), f[2], f[3].Length == 0 ? null : f[3], Num(f[4]), Num(f[5]), f[6],
            f.Length > 7 && f[7].Length > 0 ? f[7] : null, op);
    }).ToList();

    public static IReadOnlyList<ArabicNamesRow> ReadArabicNames(string path) => NumberedRows(path, 3).Select(r =>
    {
        var f = r.Fields;
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id) || id <= 0)
            throw new LexiconFormatException(path, r.Line, $"geonameid must be a positive number, got \"{f[0]}\"");
        var names = SplitNames(f[2]);
        if (names.Count == 0) throw new LexiconFormatException(path, r.Line, "no Arabic name");
        foreach (var name in names)
            if (!name.All(c => c is ' ' or '-' || c is >= '\u0621' and <= '\u064A'))
                throw new LexiconFormatException(path, r.Line, $"\"{name}\" is not written in Arabic letters");
        return new ArabicNamesRow(id, f[1], names);
    }).ToList();

    /// <summary>One word or phrase a line; '#' starts a comment.</summary>
    public static IReadOnlyList<string> ReadList(string path) => !File.Exists(path) ? [] : File.ReadLines(path)
        .Select(l => { int h = l.IndexOf('#'); return (h >= 0 ? l[..h] : l).Trim(); })
        .Where(l => l.Length > 0).ToList();

    private static IReadOnlyList<string> SplitNames(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string path, int minColumns) => NumberedRows(path, minColumns).Select(r => r.Fields);

    private static IEnumerable<(int Line, string[] Fields)> NumberedRows(string path, int minColumns)
    {
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (lineNo == 1 || line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < minColumns)
                throw new LexiconFormatException(path, lineNo, $"expected at least {minColumns} tab-separated columns, found {f.Length}");
            yield return (lineNo, f);
        }
    }
}
