using System.Collections.Concurrent;

namespace Marsad.Core.Text;

/// <summary>
/// Splits Arabic proclitics (و ف ب ك ل س and the article ال) and enclitic pronouns (ه ها هم هما هن ك كم كن ي نا)
/// off words, but only when the rest is a real word: a stem known to the lexicon (directly or after stripping an
/// inflectional ending), or, for the article, a stem of at least three letters. A word the lexicon knows whole
/// is never split, so بشار, بلدة, كتائب, لبنان, وزير stay whole.
/// Works on the segmentation form (letters as written), because ة, ى and hamza seats mark clitic boundaries.
/// </summary>
public sealed class CliticSegmenter : IDocumentStage
{
    private readonly ArabicLexicon _lexicon;

    // News vocabulary is heavy-tailed (≈3% of tokens are new types), so analyses are cached per written form.
    // Bounded, so a huge or hostile input cannot grow it without limit.
    private const int MaxCached = 500_000;
    private readonly ConcurrentDictionary<string, SegmentAnalysis> _cache = new(StringComparer.Ordinal);
    private int _cached;


    public CliticSegmenter(ArabicLexicon lexicon) => _lexicon = lexicon;

    private sealed record Prefix(string Surface, string[] Segments, bool Article, bool Future);

    // Written prefix → its segments. "لل" is ل + ال with the article's alef dropped in writing.
    private static readonly Prefix[] Prefixes = BuildPrefixes();

    private static readonly string[] Enclitics = { "هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ه", "ك", "ي" };

    // Prepositions that take the first-person ي (مني، عني، لدي): elsewhere a final ي is a nisba, not "my".
    private static readonly HashSet<string> TakesYaEnclitic = new() { "من", "عن", "ل", "عند", "مع", "لدى", "إلى", "على", "في" };

    // Words written with ى that turn it into ي before a pronoun: عليها → على + ها.
    private static readonly Dictionary<string, string> AlefMaqsuraStems = new()
    {
        ["علي"] = "على", ["الي"] = "إلى", ["إلي"] = "إلى", ["لدي"] = "لدى", ["حتي"] = "حتى", ["سوي"] = "سوى", ["مدي"] = "مدى", ["مستوي"] = "مستوى",
    };

    // Inflectional endings tried when a stem is not known as written (قصفت → قصف, مسلحين → مسلح).
    private static readonly string[] InflectionEndings = { "ات", "ون", "ين", "ان", "وا", "تا", "ة", "ت", "ي", "ا" };

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var form = tokens[i].Form;
            if (tokens[i].Kind != TokenKind.ArabicWord || form.Analysis is not null) continue;
            // an interned form is analysed once, on its first token; the cache serves forms outside a table
            form.Analysis = form.Id >= 0 ? Analyze(form.Surface) : AnalysisOf(form.Surface);
        }
    }

    /// <summary>Segments one word; <paramref name="offset"/> is where the word starts in the original text.</summary>
    public Segmentation Segment(string surface, int offset = 0) => AnalysisOf(surface).At(offset);

    private SegmentAnalysis AnalysisOf(string surface)
    {
        if (_cache.TryGetValue(surface, out var a)) return a;
        a = Analyze(surface);
        // (ConcurrentDictionary.Count takes every lock; our own counter does not.)
        if (_cached < MaxCached && _cache.TryAdd(surface, a)) Interlocked.Increment(ref _cached);
        return a;
    }

    private SegmentAnalysis Analyze(string surface)
    {
        // Most words are unchanged by the segmentation form: then offsets map to themselves and no map is built.
        string s = ArabicNormalizer.Segmentation.Normalize(surface);
        var mapped = ReferenceEquals(s, surface) ? null : ArabicNormalizer.Segmentation.NormalizeWithMap(surface);
        if (mapped is not null) s = mapped.Text;
        var best = Whole(s);
        if (IsKnown(s)) { }
        else if (PrepositionWithPronoun(s) is { } pp) best = pp;
        else if (s.Length >= 3)
        {
            int bestScore = 0;
            foreach (var p in Prefixes)
            {
                if (!s.StartsWith(p.Surface, StringComparison.Ordinal)) continue;
                // options: no enclitic, then (not after the article: a definite noun takes no possessive pronoun) each
                // enclitic the word ends with
                for (int o = -1; o < (p.Article ? 0 : Enclitics.Length); o++)
                {
                    string? e = o < 0 ? null : Enclitics[o];
                    if (e is not null && !(s.Length > e.Length + 1 && s.EndsWith(e, StringComparison.Ordinal))) continue;
                    int stemStart = p.Surface.Length, stemEnd = s.Length - (e?.Length ?? 0);
                    if (stemEnd - stemStart < 2) continue;
                    string stem = s[stemStart..stemEnd];
                    int score = Score(p, stem, e);
                    if (score <= bestScore) continue;
                    bestScore = score;
                    best = new Candidate(p.Segments, DictionaryForm(stem, e), e, stemStart, stemEnd);
                }
            }
        }
        var span = mapped?.ToOriginalSpan(best.StemStart, best.StemEnd) ?? new TextSpan(best.StemStart, best.StemEnd);
        return new SegmentAnalysis(best.Proclitics, best.Stem, best.Enclitic, span.Start, span.End, ArabicNormalizer.Matching.Normalize(best.Stem));
    }

    // لها، به، لنا، بهم: a one-letter preposition carrying a pronoun; the preposition itself is the stem.
    private static Candidate? PrepositionWithPronoun(string s)
    {
        if (s.Length < 2 || s[0] is not ('ل' or 'ب' or 'ك')) return null;
        string rest = s[1..];
        if (rest == "ي" && s[0] != 'ك') return new Candidate(Array.Empty<string>(), s[..1], rest, 0, 1);
        return Enclitics.Contains(rest) && rest != "ي" ? new Candidate(Array.Empty<string>(), s[..1], rest, 0, 1) : null;
    }

    private sealed record Candidate(string[] Proclitics, string Stem, string? Enclitic, int StemStart, int StemEnd);

    private static Candidate Whole(string s) => new(Array.Empty<string>(), s, null, 0, s.Length);

    // Higher is better; 0 rejects. Known stems beat guesses; among equals, fewer clitics win.
    private int Score(Prefix p, string stem, string? enclitic)
    {
        int clitics = p.Segments.Length + (enclitic is null ? 0 : 1);
        if (clitics == 0) return 0;
        string dictionary = DictionaryForm(stem, enclitic);
        // ي is "my" after prepositions (مني) and after nouns whose ة shows as ت (حياتي); elsewhere it is a nisba.
        if (enclitic == "ي" && !TakesYaEnclitic.Contains(dictionary) && !(dictionary.EndsWith('ة') && stem.EndsWith('ت'))) return 0;
        if (p.Future && !StartsLikeImperfect(stem)) return 0;

        if (IsKnown(dictionary)) return 100 - 3 * clitics;
        if (stem.Length >= 3 && IsKnownInflected(dictionary)) return 80 - 3 * clitics;
        if (enclitic is not null) return 0;   // pronouns only come off known words
        // A hamza-seated alef right after a one-letter proclitic marks a boundary (وأضاف، بأن، لإنهاء).
        if (p.Segments.Length == 1 && !p.Article && stem.Length >= 3 && stem[0] is 'أ' or 'إ' or 'آ') return 60;
        // The article is reliable on its own when a real stem of three or more letters follows.
        // (Not after ك: كال is rare, and foreign names start with it: كاليفورنيا.)
        if (p.Article && stem.Length >= 3 && !p.Segments.Contains("ك")) return 50 - 3 * clitics;
        return 0;
    }

    private bool IsKnown(string word) => _lexicon.Contains(word);

    private bool IsKnownInflected(string word)
    {
        // Imperfect verbs are listed in the third person: نعمل, تعمل and أعمل are known when يعمل is.
        if (word.Length >= 4 && word[0] is 'ت' or 'ن' or 'أ' && IsKnown("ي" + word[1..])) return true;
        foreach (var ending in InflectionEndings)
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && IsKnown(word[..^ending.Length]))
                return true;
        return false;
    }

    private static bool StartsLikeImperfect(string stem) => stem.Length >= 3 && stem[0] is 'ي' or 'ت' or 'ن' or 'أ';

    private string DictionaryForm(string stem, string? enclitic)
    {
        if (enclitic is null) return stem;
        if (AlefMaqsuraStems.TryGetValue(stem, out var withMaqsura)) return withMaqsura;
        // Ta marbuta is written ت before a pronoun: سيطرتها → سيطرة.
        if (stem.Length >= 3 && stem[^1] == 'ت')
        {
            string withTaMarbuta = stem[..^1] + "ة";
            // A known noun in ة wins over a verb in ت: سيطرتها is "its control" far more often than "she controlled it".
            if (IsKnown(withTaMarbuta) || (!IsKnown(stem) && IsKnownInflected(withTaMarbuta))) return withTaMarbuta;
        }
        return stem;
    }

    private static Prefix[] BuildPrefixes()
    {
        var list = new List<Prefix> { new("", Array.Empty<string>(), false, false) };
        string[] conj = { "", "و", "ف" };
        foreach (var c in conj)
        {
            var cs = c.Length == 0 ? Array.Empty<string>() : new[] { c };
            if (c.Length > 0) list.Add(new Prefix(c, cs, false, false));
            foreach (var prep in new[] { "ب", "ك", "ل" })
            {
                list.Add(new Prefix(c + prep, [.. cs, prep], false, false));
                if (prep == "ل") list.Add(new Prefix(c + "لل", [.. cs, "ل", "ال"], true, false));
                else list.Add(new Prefix(c + prep + "ال", [.. cs, prep, "ال"], true, false));
            }
            list.Add(new Prefix(c + "ال", [.. cs, "ال"], true, false));
            list.Add(new Prefix(c + "س", [.. cs, "س"], false, true));
        }
        return list.ToArray();
    }
}
