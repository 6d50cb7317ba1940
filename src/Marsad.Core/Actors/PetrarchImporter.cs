using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Core.Actors;

/// <summary>
/// Reads a PETRARCH/CAMEO actor dictionary (Universal-PETRARCH's Arabic actor_dict_ar_v4.txt format: a phrase with
/// words joined by '_', then its code either on the same line, "جيش_سوري_  [SYRMIL]", or on indented lines below
/// with date ranges, "\t[IRQGOV 20101221-20140908]") and maps CAMEO codes to ACLED-style actors: SYRMIL → Military
/// Forces of Syria (inter 1), IRQCOP → Police Forces of Iraq, ISRGOV → Government of Israel, PSEREB → Opposition
/// Rebels (Palestine) (2), …CVL → Civilians (7); codes without a country (MIL, COP, REB) become generic "(X)" actors.
/// The result is an extra catalog in actors.tsv format, written to the user's cache, never to the repository.
/// </summary>
public static partial class PetrarchImporter
{
    /// <summary>$MARSAD_CACHE, else the repository's .cache folder (found as the geoparser finds it).</summary>
    public static string CacheDirectory => Geo.GeoCache.Directory();

    public static string DefaultCatalogPath => Path.Combine(CacheDirectory, "petrarch-actors.tsv");

    // CAMEO country codes (ISO3-based) → ISO2, for the countries Marsad knows and their neighbours.
    private static readonly Dictionary<string, string> Countries = new()
    {
        ["DZA"] = "DZ", ["BHR"] = "BH", ["COM"] = "KM", ["DJI"] = "DJ", ["EGY"] = "EG", ["IRQ"] = "IQ", ["JOR"] = "JO",
        ["KWT"] = "KW", ["LBN"] = "LB", ["LBY"] = "LY", ["MRT"] = "MR", ["MAR"] = "MA", ["OMN"] = "OM", ["PSE"] = "PS",
        ["QAT"] = "QA", ["SAU"] = "SA", ["SOM"] = "SO", ["SDN"] = "SD", ["SSD"] = "SS", ["SYR"] = "SY", ["TUN"] = "TN",
        ["ARE"] = "AE", ["YEM"] = "YE", ["IRN"] = "IR", ["ISR"] = "IL", ["TUR"] = "TR", ["RUS"] = "RU", ["USA"] = "US",
        ["GBR"] = "GB", ["FRA"] = "FR", ["DEU"] = "DE", ["AFG"] = "AF", ["ETH"] = "ET", ["KEN"] = "KE", ["UGA"] = "UG",
        ["ERI"] = "ER", ["TCD"] = "TD", ["PAK"] = "PK", ["ITA"] = "IT", ["CHN"] = "CN", ["CAN"] = "CA", ["AUS"] = "AU",
        ["NLD"] = "NL", ["UKR"] = "UA", ["IND"] = "IN", ["ESP"] = "ES", ["BEL"] = "BE", ["GRC"] = "GR", ["CYP"] = "CY",
        ["MLI"] = "ML", ["NGA"] = "NG", ["NER"] = "NE",
    };

    private sealed record Role(string Kind, int Inter, string Template);

    // CAMEO role codes → ACLED kind, inter and a name template ({0} = country).
    private static readonly Dictionary<string, Role> Roles = new()
    {
        ["MIL"] = new("military", 1, "Military Forces of {0}"),
        ["COP"] = new("police", 1, "Police Forces of {0}"),
        ["SPY"] = new("intelligence", 1, "Intelligence Services of {0}"),
        ["GOV"] = new("government", 1, "Government of {0}"),
        ["REB"] = new("rebel", 2, "Opposition Rebels ({0})"),
        ["INS"] = new("rebel", 2, "Opposition Rebels ({0})"),
        ["UAF"] = new("rebel", 2, "Opposition Rebels ({0})"),
        ["RAD"] = new("political_militia", 3, "Islamist Militia ({0})"),
        ["CVL"] = new("civilians", 7, "Civilians ({0})"),
        ["REF"] = new("civilians", 7, "Civilians ({0})"),
    };

    public sealed record Result(int Entries, int Mapped, int Skipped, int Actors, string OutputPath, IReadOnlyDictionary<string, int> UnmappedCodes);

    [GeneratedRegex(@"\[([A-Z?]+)(?:\s+[0-9-]+)?\]")]
    private static partial Regex Code();

    /// <summary>Parses <paramref name="dictionaryPath"/> and writes the extra catalog to <paramref name="outputPath"/> (default: the cache).</summary>
    public static Result Import(string dictionaryPath, ActorCatalog? names = null, string? outputPath = null)
    {
        outputPath ??= DefaultCatalogPath;
        var entries = Parse(dictionaryPath);
        // actor name → (kind, inter, iso2, aliases)
        var actors = new SortedDictionary<string, (string Id, string Kind, int Inter, string? Iso2, SortedSet<string> Aliases)>(StringComparer.Ordinal);
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        int mapped = 0, skipped = 0;
        foreach (var (phrase, code) in entries)
        {
            var actor = Map(code, names);
            if (actor is null || phrase.Length == 0)
            {
                skipped++;
                unmapped[code] = unmapped.GetValueOrDefault(code) + 1;
                continue;
            }
            mapped++;
            var (id, name, kind, inter, iso2) = actor.Value;
            if (!actors.TryGetValue(name, out var a)) actors[name] = a = (id, kind, inter, iso2, new SortedSet<string>(StringComparer.Ordinal));
            a.Aliases.Add(phrase);
        }
        var sb = new StringBuilder();
        sb.AppendLine($"# Imported by `marsad actors import-petrarch` from {Path.GetFileName(dictionaryPath)} on {DateTime.UtcNow:yyyy-MM-dd}; CAMEO codes mapped to ACLED-style actors.");
        sb.AppendLine("# Extra catalog in the user's cache: not part of the repository. Aliases already in the main catalog are ignored at load.");
        sb.AppendLine("id\tname\tinter\tcountry\tkind\tfrom\tto\tparent\taliases_ar");
        foreach (var (name, a) in actors)
            sb.AppendLine($"{a.Id}\t{name}\t{a.Inter}\t{a.Iso2}\t{a.Kind}\t\t\t\t{string.Join(" | ", a.Aliases)}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, sb.ToString(), new UTF8Encoding(false));
        return new Result(entries.Count, mapped, skipped, actors.Count, outputPath, unmapped);
    }

    /// <summary>(phrase with spaces, CAMEO code) pairs; for an entry with several dated codes, the last one listed.</summary>
    public static List<(string Phrase, string Code)> Parse(string path)
    {
        var result = new List<(string, string)>();
        string? phrase = null;
        string? code = null;
        int lineNo = 0;
        void Flush()
        {
            if (phrase is not null && code is not null) result.Add((phrase, code));
            phrase = null; code = null;
        }
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            string line = raw.TrimEnd();
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            bool indented = char.IsWhiteSpace(line[0]) && line.TrimStart().StartsWith('[');
            var codes = Code().Matches(line);
            if (indented)
            {
                if (phrase is null) throw new LexiconFormatException(path, lineNo, "code line without a phrase before it");
                if (codes.Count > 0) code = codes[^1].Groups[1].Value;
                continue;
            }
            Flush();
            int bracket = line.IndexOf('[');
            string text = (bracket >= 0 ? line[..bracket] : line).Trim();
            phrase = string.Join(' ', text.Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (codes.Count > 0) code = codes[^1].Groups[1].Value;
        }
        Flush();
        return result;
    }

    /// <summary>A CAMEO code as an ACLED-style actor: (id, name, kind, inter, iso2), or null when it names no actor Marsad codes.</summary>
    public static (string Id, string Name, string Kind, int Inter, string? Iso2)? Map(string code, ActorCatalog? names = null)
    {
        code = code.TrimEnd('?');
        if (code.Length == 3 && Roles.TryGetValue(code, out var generic))
            return ($"cameo-{code.ToLowerInvariant()}", generic.Template.Replace("({0})", "(X)").Replace("{0}", "(X)"), generic.Kind, generic.Inter, null);
        if (code.Length < 6) return null;
        string country = code[..3], role = code[3..6];
        if (!Countries.TryGetValue(country, out var iso2) || !Roles.TryGetValue(role, out var r)) return null;
        string countryName = names?.CountryName(iso2) ?? iso2;
        return ($"cameo-{(country + role).ToLowerInvariant()}", string.Format(r.Template, countryName), r.Kind, r.Inter, iso2);
    }
}
