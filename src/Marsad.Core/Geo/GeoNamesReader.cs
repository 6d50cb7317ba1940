using System.Globalization;

namespace Marsad.Core.Geo;

/// <summary>One row of a GeoNames table dump (19 tab-separated columns: cities500, SY.txt, allCountries.txt).</summary>
public sealed record GeoNamesRow(
    long GeonameId, string Name, string AsciiName, string[] AlternateNames, double Latitude, double Longitude,
    string FeatureClass, string FeatureCode, string CountryCode, string? Admin1, string? Admin2, long Population);

/// <summary>Readers for the GeoNames file formats: the 19-column table and the admin code files.</summary>
public static class GeoNamesReader
{
    /// <summary>Rows of a 19-column GeoNames table; malformed lines are counted in <paramref name="skipped"/>.</summary>
    public static IEnumerable<GeoNamesRow> ReadTable(TextReader reader, Action<int, string>? onBadLine = null)
    {
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var row = ParseRow(line);
            if (row is null) { onBadLine?.Invoke(lineNo, line); continue; }
            yield return row;
        }
    }

    public static GeoNamesRow? ParseRow(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 15) return null;
        if (!long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out long id)) return null;
        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)) return null;
        if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)) return null;
        long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long pop);
        string[] alts = f[3].Length == 0 ? [] : f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GeoNamesRow(id, f[1], f[2], alts, lat, lon, f[6], f[7], f[8],
            f[10].Length == 0 ? null : f[10], f[11].Length == 0 ? null : f[11], pop);
    }

    /// <summary>True when the file looks like an admin code file (admin1CodesASCII.txt: "SY.07\tname\tascii\tid"; admin2Codes.txt: "SY.07.1234\t…").</summary>
    public static bool IsAdminCodeFile(string path)
    {
        using var reader = new StreamReader(path);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            return f.Length is >= 3 and <= 5 && f[0].Contains('.') && !long.TryParse(f[0], out _);
        }
        return false;
    }

    /// <summary>Admin code rows: code ("SY.07" or "SY.07.1234") → name (GeoNames' name column, as ACLED exports write it).</summary>
    public static IEnumerable<(string Code, string Name)> ReadAdminCodes(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2 || !f[0].Contains('.')) continue;
            yield return (f[0], f[1]);
        }
    }
}
