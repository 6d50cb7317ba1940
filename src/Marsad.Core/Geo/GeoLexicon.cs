using Marsad.Core.Text;

namespace Marsad.Core.Geo;

/// <summary>
/// The words around place names that the recogniser reads (matching-normalised, ة→ه): cue nouns, relative
/// phrases, prepositions of place, and the names that need context (data/geo/ambiguous-names.txt).
/// </summary>
public sealed class GeoLexicon
{
    /// <summary>Cue nouns ("مدينة X") and what they say about the place.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["مدينه"] = "town", ["مدينتي"] = "town", ["مدن"] = "town", ["بلده"] = "town", ["بلدتي"] = "town",
        ["بلدات"] = "town", ["قريه"] = "village", ["قريتي"] = "village", ["قري"] = "village", ["محافظه"] = "admin1",
        ["محافظتي"] = "admin1", ["محافظات"] = "admin1", ["ولايه"] = "admin1", ["اقليم"] = "admin1", ["مديريه"] = "district", ["مديريتي"] = "district", ["مديريات"] = "district",
        ["قضاء"] = "district", ["ناحيه"] = "district", ["منطقه"] = "area", ["مناطق"] = "area", ["ريف"] = "countryside", ["ريفي"] = "countryside",
        ["حي"] = "quarter", ["ضاحيه"] = "quarter", ["مخيم"] = "camp", ["مخيمات"] = "camp",
        ["العاصمه"] = "capital", ["عاصمه"] = "capital", ["بلاد"] = "country", ["دوله"] = "country", ["جزيره"] = "island",
        ["مستوطنه"] = "settlement", ["مستوطنات"] = "settlement", ["مستعمره"] = "settlement", ["مخيمي"] = "camp",
        ["مطار"] = "airport", ["معبر"] = "crossing", ["ميناء"] = "port", ["قاعده"] = "base", ["سد"] = "dam", ["جبل"] = "mountain",
        ["وادي"] = "valley", ["سهل"] = "plain", ["حقل"] = "field",
        // the nominative duals ("شهدت مدينتا حلب وحماة"), beside the genitive ones above
        ["مدينتا"] = "town", ["بلدتا"] = "town", ["قريتا"] = "village", ["محافظتا"] = "admin1", ["مديريتا"] = "district", ["مخيما"] = "camp",
    };

    /// <summary>Relative phrases before a name: the relation they state (ACLED geo_precision 2).</summary>
    public static readonly IReadOnlyDictionary<string, string> Relations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["شمال"] = "north of", ["جنوب"] = "south of", ["شرق"] = "east of", ["غرب"] = "west of",
        ["شمالي"] = "north of", ["جنوبي"] = "south of", ["شرقي"] = "east of", ["غربي"] = "west of",
        ["قرب"] = "near", ["القرب"] = "near", ["مقربه"] = "near", ["محيط"] = "around", ["اطراف"] = "outskirts of",
        ["ضواحي"] = "outskirts of", ["مشارف"] = "outskirts of", ["تخوم"] = "outskirts of", ["ريف"] = "countryside of", ["ريفي"] = "countryside of",
        ["جوار"] = "near", ["حدود"] = "near", ["بعد"] = "distance from",
    };

    /// <summary>Adjectives after "ريف X": ريف حلب الشمالي.</summary>
    public static readonly IReadOnlyDictionary<string, string> Directions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["الشمالي"] = "north", ["الجنوبي"] = "south", ["الشرقي"] = "east", ["الغربي"] = "west",
        ["الشماليه"] = "north", ["الجنوبيه"] = "south", ["الشرقيه"] = "east", ["الغربيه"] = "west",
        ["الشمالي الشرقي"] = "north-east", ["الشمالي الغربي"] = "north-west", ["الجنوبي الشرقي"] = "south-east", ["الجنوبي الغربي"] = "south-west",
    };

    /// <summary>Compass words that place a name in a country named after them: "جازان جنوبي السعودية", "مروة بشمال الكاميرون".</summary>
    public static readonly IReadOnlySet<string> CompassWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي", "وسط", "اقصي",
    };

    /// <summary>Prepositions of place that make an ambiguous name count.</summary>
    public static readonly IReadOnlySet<string> Prepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "في", "من", "الي", "نحو", "باتجاه", "داخل", "قرب", "بين", "حتي", "عند", "وفي", "ومن", "والي", "تجاه", "مدينتي",
    };

    /// <summary>Conjunctions and prepositions written joined to the next word (و ف then ب ل; ك is too rare before a place and too common inside words).</summary>
    public const string Conjunctions = "وف";
    public const string JoinedPrepositions = "بل";

    public GeoLexicon(IEnumerable<string> ambiguous, IEnumerable<string>? cueOnly = null, IEnumerable<string>? commonWords = null,
        IEnumerable<string>? givenNames = null)
    {
        var ambiguousNames = ambiguous.ToList();
        Ambiguous = new HashSet<string>(ambiguousNames.SelectMany(Keys), StringComparer.Ordinal);
        // (a bare form listed as written among the names that count with a preposition is that, whatever its article form
        // needs: "المالي" (financial) needs a cue, "مالي" after في is Mali)
        var cueOnlyNames = (cueOnly ?? []).ToList();
        var cueOnlyKeys = new HashSet<string>(cueOnlyNames.SelectMany(Keys), StringComparer.Ordinal);
        cueOnlyKeys.ExceptWith(ambiguousNames.Select(GazetteerKeys.Normalize).Where(k => !k.StartsWith("ال", StringComparison.Ordinal))
            .Except(cueOnlyNames.Select(GazetteerKeys.Normalize)));
        CueOnly = cueOnlyKeys;
        CommonWords = new HashSet<string>((commonWords ?? []).Select(GazetteerKeys.Normalize), StringComparer.Ordinal);
        // (a given name is written without the article: "رياض" is a man, "الرياض" the city)
        GivenNames = new HashSet<string>((givenNames ?? []).Select(GazetteerKeys.Normalize), StringComparer.Ordinal);

        static IEnumerable<string> Keys(string name)
        {
            string k = GazetteerKeys.Normalize(name);
            yield return k;
            if (k.StartsWith("ال", StringComparison.Ordinal) && k.Length > 4) yield return k[2..];
            else if (!k.Contains(' ')) yield return "ال" + k;
        }
    }

    /// <summary>Names that are also common words (keys, normalised): they need a cue, a preposition of place or a nearby unambiguous place.</summary>
    public IReadOnlySet<string> Ambiguous { get; }

    /// <summary>Common words and person names that count as places only after a cue noun (مدينة، بلدة، قرية …).</summary>
    public IReadOnlySet<string> CueOnly { get; }

    /// <summary>
    /// The text layer's word lexicon (data/lexicons/arabic-words.txt, article-free forms). Not used to reject names
    /// in general: it also lists village names the gazetteer lacks (تحيتا), so it cannot tell a word from a place.
    /// Only an imperfect verb it lists (يحاصر), read where a list of villages goes on, is rejected (PlaceRecognizer).
    /// </summary>
    public IReadOnlySet<string> CommonWords { get; }

    /// <summary>Given names (data/lexicons/given-names.txt): a one-word place name that is also a given name needs a cue.</summary>
    public IReadOnlySet<string> GivenNames { get; }

    public bool IsCommonWord(string key)
    {
        if (CommonWords.Contains(key)) return true;
        return key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 && CommonWords.Contains(key[2..]);
    }

    /// <summary>Reads data/geo/ambiguous-names.txt: names, then after a line "[cue]" the names that need a cue noun.</summary>
    public static GeoLexicon Load(string path, string? commonWordsPath = null, string? givenNamesPath = null)
    {
        var ambiguous = new List<string>();
        var cueOnly = new List<string>();
        var current = ambiguous;
        foreach (var line in GeoTables.ReadList(path))
        {
            if (line == "[cue]") { current = cueOnly; continue; }
            current.Add(line);
        }
        return new GeoLexicon(ambiguous, cueOnly,
            commonWordsPath is null ? null : GeoTables.ReadList(commonWordsPath),
            givenNamesPath is null ? null : GeoTables.ReadList(givenNamesPath));
    }

    public static GeoLexicon LoadDefault() => Load(MarsadData.Path("geo", "ambiguous-names.txt"),
        MarsadData.Path("lexicons", "arabic-words.txt"), MarsadData.Path("lexicons", "given-names.txt"));

    /// <summary>
    /// The place named at <paramref name="first"/> is the other side of a border ("منفذ صفوان الحدودي مع الكويت", "على
    /// الحدود مع تركيا"): it says where a border lies, not where something happens, and places nothing near it.
    /// </summary>
    public static bool AcrossTheBorder(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Norm == "مع"
        && tokens[first - 2].Norm is "الحدودي" or "الحدوديه" or "الحدود" or "حدود" or "حدودي" or "حدوديه" or "حدودها" or "حدوده";
}
