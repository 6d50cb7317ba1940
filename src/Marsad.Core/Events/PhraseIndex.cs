using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Multi-word Arabic phrases matched over tokens, longest first. Phrases are stored under the matching
/// normalisation; a token matches a phrase word by its normalised form or by its clitic-free stem (with or
/// without the article), so وبالغارات matches "الغارات" and "غارات".
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var words = ArabicNormalizer.Matching.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = new();
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
        _starts = null;   // the per-form lists are out of date
    }

    /// <summary>
    /// Appends every phrase starting at token <paramref name="i"/> (within [i, end)) to <paramref name="matches"/>,
    /// longest first for each of the token's forms, without an enumerator (the hot path of the trigger and cue
    /// stages). Returns how many were added.
    /// </summary>
    public int MatchInto(IReadOnlyList<Token> tokens, int i, int end, List<(int Last, T Value)> matches)
    {
        int added = 0;
        foreach (var (words, value) in StartingAt(tokens[i]))
        {
            if (i + words.Length > end) continue;
            // Words must follow one another, except that a preposition carrying a pronoun may sit between
            // them: "شنوا عليها هجوما" is "شنوا هجوما" with "on it" inside.
            int at = i, k = 1;
            for (; k < words.Length; k++)
            {
                int next = at + 1;
                if (next < end && !Matches(tokens[next], words[k]) && IsPronounPhrase(tokens[next])) next++;
                if (next >= end || !Matches(tokens[next], words[k])) break;
                at = next;
            }
            if (k == words.Length) { matches.Add((at, value)); added++; }
        }
        return added;
    }

    /// <summary>The phrases a token's keys start, in key order (a list twice when two keys are equal), as before per-form caching.</summary>
    private sealed class Starts(SegmentAnalysis? analysis, (string[] Words, T Value)[] phrases)
    {
        public SegmentAnalysis? Analysis { get; } = analysis;
        public (string[] Words, T Value)[] Phrases { get; } = phrases;
    }

    private FormCache<Starts>? _starts;

    private (string[] Words, T Value)[] StartingAt(Token t)
    {
        var form = t.Form;
        var cache = _starts ??= new();
        var cached = cache.Get(form);
        if (ReferenceEquals(cached, None)) return [];
        if (cached is not null && ReferenceEquals(cached.Analysis, form.Analysis)) return cached.Phrases;
        var keys = new TokenKeys(t);
        List<(string[] Words, T Value)>? phrases = null;
        for (int n = 0; n < keys.Count; n++)
            if (_byFirst.TryGetValue(keys[n], out var list)) (phrases ??= new()).AddRange(list);
        // Most forms start nothing: they share one entry once their analysis is final (set, or never to be set).
        bool final = form.Analysis is not null || t.Kind != TokenKind.ArabicWord;
        var starts = phrases is null && final ? None : new Starts(form.Analysis, phrases is null ? [] : phrases.ToArray());
        cache.Set(form, starts);
        return starts.Phrases;
    }

    private static readonly Starts None = new(null, []);

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "علي", "ضد", "في", "ل", "ب", "منه", "من", "الي" };

    private static bool IsPronounPhrase(Token t) => t.Form.Analysis is { Enclitic: not null } a && Prepositions.Contains(a.StemNorm);

    private static bool Matches(Token t, string word) => new TokenKeys(t).Contains(word);
}
