using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Multi-word Arabic phrases matched over tokens, longest first. Phrases are stored under the matching
/// normalisation; a token matches a phrase word by its normalised form or by its clitic-free stem (with or
/// without the article), so وبالغارات matches "الغارات" and "غارات".
/// </summary>
/// <remarks>
/// Every distinct phrase word gets a small integer id; each written form caches (per <see cref="WordForm"/>) the
/// phrases its keys start and the ids of the phrase words its keys are, so matching a token compares integers,
/// not strings, and most tokens cost one array read.
/// </remarks>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(int[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>
    /// The phrases a count may sit inside, between their first and second words: "قتل تسعة متظاهرين" and "اعتقال 5
    /// محتجين" are "قتل متظاهرين" and "اعتقال محتجين" with their number inside. Null (the default): none may.
    /// </summary>
    public Func<T, bool>? CountsInside { get; init; }

    /// <summary>
    /// Written last in a phrase, "#" asks for a count right after it without taking it in: "القضاء على #" matches the
    /// two words of "القضاء على 30 إرهابيا" (and of "القضاء على عدد (4) عناصر"), not "القضاء على الإرهاب". Written
    /// inside a phrase, it stands for a count that is part of it: "منذ # عاما" matches "منذ 13 عاما" and "منذ ثلاثة عشر عاما".
    /// </summary>
    public const string CountFollows = "#";

    // (the id of the "#" word: no token is it; see CountFollowsAt)
    private const int CountWordId = -1;
    private bool _countFollows;   // some phrase ends in "#"

    public void Add(string phrase, T value)
    {
        var raw = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length > 0 && raw[0] == CountFollows || raw.Count(w => w == CountFollows) > 1)
            throw new FormatException($"\"{CountFollows}\" may stand once in a phrase, after its first word: \"{phrase}\"");
        // (each word normalised by itself: the count's place stays where it was written)
        var words = raw.Select(w => w == CountFollows ? w : ArabicNormalizer.Matching.Normalize(w)).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0) return;
        var ids = new int[words.Length];
        for (int k = 0; k < words.Length; k++)
            if (words[k] == CountFollows) (ids[k], _countFollows) = (CountWordId, true);
            else if (!_wordIds.TryGetValue(words[k], out ids[k])) _wordIds[words[k]] = ids[k] = _wordIds.Count;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = new();
        list.Add((ids, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
        _starts = null;   // the per-form entries are out of date
    }

    /// <summary>Whether some phrase starts with the token (one array read for most tokens).</summary>
    public bool StartsPhrases(Token token) => EntryOf(token).Phrases.Length > 0;

    /// <summary>
    /// Appends every phrase starting at token <paramref name="i"/> (within [i, end)) to <paramref name="matches"/>,
    /// longest first for each of the token's forms, without an enumerator (the hot path of the trigger and cue
    /// stages). Returns how many were added.
    /// </summary>
    public int MatchInto(IReadOnlyList<Token> tokens, int i, int end, List<(int Last, T Value)> matches)
    {
        var entry = EntryOf(tokens[i]);
        var phrases = entry.Phrases;
        if (phrases.Length == 0) return 0;
        int added = 0;
        if (entry.Singles.Length < phrases.Length && !MayGoOn(tokens, i, end))
        {
            // no longer phrase can get past its second word here: the one-word phrases are the matches, in order
            foreach (var value in entry.Singles) matches.Add((i, value));
            return entry.Singles.Length;
        }
        if (entry.Singles.Length == phrases.Length)
        {
            foreach (var value in entry.Singles) matches.Add((i, value));
            return phrases.Length;
        }
        // The second word decides most phrases: the ids of the next token (and, past a preposition carrying a
        // pronoun, of the one after) are read once here, not once per phrase (a first word like في starts dozens).
        int[] nextIds = EntryOf(tokens[i + 1]).WordIds;
        bool skipNext = IsPronounPhrase(tokens[i + 1]) || IsDayWord(tokens[i + 1]);
        int counted = CountAt(tokens, i + 1, end);
        int[] afterIds = skipNext && i + 2 < end ? EntryOf(tokens[i + 2]).WordIds
            : counted > 0 && i + 1 + counted < end ? EntryOf(tokens[i + 1 + counted]).WordIds : [];
        foreach (var (words, value) in phrases)
        {
            if (i + words.Length > end) continue;
            if (words.Length > 1 && words[1] != CountWordId && Array.IndexOf(nextIds, words[1]) < 0 && Array.IndexOf(afterIds, words[1]) < 0) continue;   // as the loop below would find
            // Words must follow one another, except that a preposition carrying a pronoun may sit between
            // them: "شنوا عليها هجوما" is "شنوا هجوما" with "on it" inside.
            int at = i, k = 1;
            for (; k < words.Length; k++)
            {
                if (words[k] == CountWordId && k == words.Length - 1) { if (CountFollowsAt(tokens, at + 1, end)) continue; break; }
                if (words[k] == CountWordId) { if (CountLength(tokens, at + 1, end) is > 0 and var length) { at += length; continue; } break; }
                int next = at + 1;
                if (next < end && !Matches(tokens[next], words[k]) && (IsPronounPhrase(tokens[next]) || IsDayWord(tokens[next]))) next++;
                else if (k == 1 && counted > 0 && !Matches(tokens[next], words[k]) && CountsInside!(value)) next += counted;
                if (next >= end || !Matches(tokens[next], words[k])) break;
                at = next;
            }
            if (k == words.Length) { matches.Add((at, value)); added++; }
        }
        return added;
    }

    /// <summary>
    /// Can the token after <paramref name="i"/> (or, past a preposition carrying a pronoun, the one after that) be
    /// the second word of some phrase? If not, every phrase of two words or more fails there (see <see cref="MatchInto"/>).
    /// </summary>
    private bool MayGoOn(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i + 1 >= end) return false;
        var next = tokens[i + 1];
        if (EntryOf(next).WordIds.Length > 0) return true;
        if (_countFollows && CountFollowsAt(tokens, i + 1, end)) return true;   // ("مقتل #": a count is the second word)
        if (CountAt(tokens, i + 1, end) is > 0 and var counted && i + 1 + counted < end && EntryOf(tokens[i + 1 + counted]).WordIds.Length > 0) return true;
        return i + 2 < end && (IsPronounPhrase(next) || IsDayWord(next)) && EntryOf(tokens[i + 2]).WordIds.Length > 0;
    }

    /// <summary>How many tokens from <paramref name="i"/> make one count (a numeral, or one or two number words): 0 when none, or when no phrase takes one.</summary>
    private int CountAt(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (CountsInside is null || i >= end) return 0;
        int count;
        if (tokens[i].Kind == TokenKind.Number) count = 1;
        else if (!NumberWord.Of(tokens[i])) return 0;
        else count = i + 1 < end && NumberWord.Of(tokens[i + 1]) ? 2 : 1;   // "ثلاثة عشر"
        // ("مقتل اثنين من المتظاهرين": the count's partitive "من" goes with it)
        return i + count < end && tokens[i + count].Norm == "من" ? count + 1 : count;
    }

    // "13" or "ثلاثة عشر": the tokens of a count written inside a phrase (0 when none starts at i)
    private static int CountLength(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i >= end) return 0;
        if (tokens[i].Kind == TokenKind.Number) return 1;
        if (!NumberWord.Of(tokens[i])) return 0;
        return i + 1 < end && NumberWord.Of(tokens[i + 1]) ? 2 : 1;
    }

    // "30 إرهابيا", "ستة مسلحين", "عدد (4) عناصر", "عشرات المسلحين": a numeral or number word where a count after i starts
    private static bool CountFollowsAt(IReadOnlyList<Token> tokens, int i, int end)
    {
        i = CountAhead.Start(tokens, i, end);
        return i < end && (tokens[i].Kind == TokenKind.Number || NumberWord.Of(tokens[i]));
    }

    // (asked of the word after every phrase start: answered once per written form)
    private static readonly FormTest NumberWord = new(t =>
        t.Kind == TokenKind.ArabicWord && (Numbers.ArabicNumberWords.Units.ContainsKey(t.Norm) || Numbers.ArabicNumberWords.Tens.ContainsKey(t.Norm)
                                           || Numbers.ArabicNumberWords.Vague.ContainsKey(t.Norm)));

    /// <summary>
    /// What a written form means to this index: the phrases its keys start, in key order (a list twice when two keys
    /// are equal), and the ids of the phrase words its keys are.
    /// </summary>
    private sealed class Entry(SegmentAnalysis? analysis, (int[] Words, T Value)[] phrases, int[] wordIds)
    {
        public SegmentAnalysis? Analysis { get; } = analysis;
        public (int[] Words, T Value)[] Phrases { get; } = phrases;
        public int[] WordIds { get; } = wordIds;
        /// <summary>The values of the one-word phrases among <see cref="Phrases"/>, in their order.</summary>
        public T[] Singles { get; } = phrases.Where(p => p.Words.Length == 1).Select(p => p.Value).ToArray();
    }

    private FormCache<Entry>? _starts;

    private Entry EntryOf(Token t)
    {
        var cache = _starts ??= new();
        var cached = cache.Get(t.FormId);
        if (ReferenceEquals(cached, None)) return None;
        var form = t.Form;
        if (cached is not null && ReferenceEquals(cached.Analysis, form.Analysis)) return cached;
        var keys = new TokenKeys(t);
        List<(int[] Words, T Value)>? phrases = null;
        int[] ids = [];
        for (int n = 0; n < keys.Count; n++)
        {
            string key = keys[n];
            if (_byFirst.TryGetValue(key, out var list)) (phrases ??= new()).AddRange(list);
            if (_wordIds.TryGetValue(key, out int id) && Array.IndexOf(ids, id) < 0) ids = [.. ids, id];
        }
        // Most forms start nothing and are no phrase word: they share one entry once their analysis is final (set,
        // or never to be set).
        bool final = form.Analysis is not null || t.Kind != TokenKind.ArabicWord;
        var entry = phrases is null && ids.Length == 0 && final ? None : new Entry(form.Analysis, phrases is null ? [] : phrases.ToArray(), ids);
        cache.Set(form, entry);
        return entry;
    }

    private static readonly Entry None = new(null, [], []);

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "علي", "ضد", "في", "ل", "ب", "منه", "من", "الي" };

    private static bool IsPronounPhrase(Token t) => t.Form.Analysis is { Enclitic: not null } a && Prepositions.Contains(a.StemNorm);

    // ("فتحوا الخميس النار", "شنت أمس غارات": the day may stand between a verb and its object, as such a phrase does)
    private static bool IsDayWord(Token t) => t.Norm is "امس" or "اليوم" || Dates.ArabicCalendarWords.Weekdays.ContainsKey(t.Norm);

    private bool Matches(Token t, int word)
    {
        var ids = EntryOf(t).WordIds;
        for (int k = 0; k < ids.Length; k++) if (ids[k] == word) return true;
        return false;
    }
}
