namespace Marsad.Core.Text;

/// <summary>
/// A set of known clitic-free Arabic words, stored under the matching normalisation but with ة kept (so the
/// noun مدينة and a word ending in the pronoun ه, دوره, stay apart). The clitic segmenter asks it
/// whether a candidate stem is a real word. Sources: Marsad's own word list (data/lexicons/arabic-words.txt),
/// and at pipeline build time the single words of the actor catalog, triggers and gazetteer names.
/// </summary>
public sealed class ArabicLexicon
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    /// <summary>The key under which words are stored and looked up.</summary>
    public static readonly ArabicNormalizer KeyNormalizer = new(ArabicNormalizer.Matching.Steps & ~NormalizationSteps.TaMarbuta);

    public ArabicLexicon() { }

    /// <summary>A copy of <paramref name="other"/>, to add words to while the original stays as it is.</summary>
    public ArabicLexicon(ArabicLexicon other) => _words = new HashSet<string>(other._words, StringComparer.Ordinal);

    public int Count => _words.Count;

    public void Add(string word)
    {
        string key = KeyNormalizer.Normalize(word.Trim());
        if (key.Length > 0) _words.Add(key);
    }

    public void AddRange(IEnumerable<string> words)
    {
        foreach (var w in words) Add(w);
    }

    /// <summary>Adds every space-separated word of each phrase (multi-word names, aliases).</summary>
    public void AddWordsOf(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
            foreach (var w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Add(w);
    }

    /// <summary>True when the word, given already normalised by <see cref="KeyNormalizer"/>, is known.</summary>
    public bool ContainsKey(string key) => _words.Contains(key);

    /// <summary>
    /// Lookup by a matching-profile form (where ة has become ه): tries the form as is and with a final ة.
    /// </summary>
    public bool ContainsNormalized(string matchingForm) =>
        _words.Contains(matchingForm) || (matchingForm.EndsWith('ه') && _words.Contains(matchingForm[..^1] + "ة"));

    public bool Contains(string word) => _words.Contains(KeyNormalizer.Normalize(word));

    /// <summary>
    /// Loads a word list: one word per line, '#' comments, blank lines ignored. Errors name file and line. The words
    /// under a header naming function words, pronouns (with demonstratives and relatives) or negation (with
    /// interrogatives and auxiliaries) — the closed class: في، التي، كان، لا — go into <paramref name="closedClass"/> too.
    /// </summary>
    public static ArabicLexicon Load(string path, ArabicLexicon? into = null, ArabicLexicon? closedClass = null)
    {
        var lexicon = into ?? new ArabicLexicon();
        int lineNo = 0;
        bool closed = false;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length > 0 && line[0] == '#')
            {
                string header = line.TrimStart('#', ' ');
                closed = header.StartsWith("function words", StringComparison.Ordinal) || header.StartsWith("pronouns", StringComparison.Ordinal)
                         || header.StartsWith("negation", StringComparison.Ordinal);
                continue;
            }
            if (line.Length == 0) continue;
            if (line.Contains(' ') || line.Contains('\t'))
                throw new LexiconFormatException(path, lineNo, $"one word per line expected, got \"{line}\"");
            lexicon.Add(line);
            if (closed) closedClass?.Add(line);
        }
        return lexicon;
    }
}
