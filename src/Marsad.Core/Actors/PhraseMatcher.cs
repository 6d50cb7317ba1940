using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>
/// Longest-match lookup of multi-word Arabic phrases over a document's tokens. Phrases and tokens are compared in
/// the matching normalisation with a leading article ignored (الجيش = جيش); the first token of a phrase may carry
/// proclitics (ولحزب الله، بداعش، للجيش), read from the clitic segmenter's analysis and, as a fallback, by stripping
/// و ف ب ل ك directly; every token is also tried without its clitics (its lemma).
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, FirstGroup> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byPhrase = new(StringComparer.Ordinal);

    private sealed class Entry(string[] keys, int ordinal, ulong articled)
    {
        public string[] Keys { get; } = keys;
        /// <summary>
        /// Bit k set: word k (k ≥ 1) must carry its article in the text, as every phrase of these keys added with
        /// articles as written has it (see <see cref="Add"/>); one phrase of the keys added freely frees them all.
        /// </summary>
        public ulong Articled { get; set; } = articled;
        public List<T> Values { get; } = new();
        /// <summary>Position among the phrases of its first key, in the order they were added (ties go to the earlier).</summary>
        public int Ordinal { get; } = ordinal;
    }

    /// <summary>
    /// The phrases of one first key, split by their second key: a first word like قوات begins hundreds of aliases,
    /// and the next token's few keys pick out the handful that can match instead of testing every one.
    /// </summary>
    private sealed class FirstGroup
    {
        public int Count;
        public readonly List<Entry> OneWord = new();
        public readonly Dictionary<string, List<Entry>> BySecond = new(StringComparer.Ordinal);

        public void Add(Entry e)
        {
            Count++;
            if (e.Keys.Length == 1) { OneWord.Add(e); return; }
            if (!BySecond.TryGetValue(e.Keys[1], out var list)) BySecond[e.Keys[1]] = list = new List<Entry>();
            list.Add(e);
        }
    }

    public int Count => _byPhrase.Count;

    /// <summary>Adds a phrase (as written, words separated by spaces); values of equal phrases are kept in order.</summary>
    /// <param name="articlesAsWritten">
    /// A word after the first that the phrase writes with its article must carry one in the text too: in a name the
    /// article is part of it ("ولاية الجنوب" is an Islamic State province, "ولاية جنوب كردفان" a Sudanese state). The
    /// first word stays free: clitics take its article ("للجيش"). Off by default: most names are met without it
    /// ("قوات أمن" beside "قوات الأمن", "جبهة بوليساريو").
    /// </param>
    public bool Add(string phrase, T value, bool articlesAsWritten = false)
    {
        ulong articled = articlesAsWritten ? ArticledWords(phrase) : 0;
        var keys = PhraseKeys(phrase);
        if (keys.Length == 0) return false;
        string joined = string.Join(' ', keys);
        if (!_byPhrase.TryGetValue(joined, out var entry))
        {
            if (!_byFirst.TryGetValue(keys[0], out var group))
            {
                _byFirst[keys[0]] = group = new FirstGroup();
                int id = FirstKeys.GetOrAdd(keys[0]);
                if (id >= _byId.Length) Array.Resize(ref _byId, Math.Max(id + 1, 2 * _byId.Length));
                _byId[id] = group;
            }
            entry = new Entry(keys, group.Count, articled);
            _byPhrase[joined] = entry;
            group.Add(entry);
        }
        else entry.Articled &= articled;
        if (!entry.Values.Contains(value)) entry.Values.Add(value);
        return true;
    }

    /// <summary>True when the phrase (as written) is known.</summary>
    public bool ContainsPhrase(string phrase) => _byPhrase.ContainsKey(string.Join(' ', PhraseKeys(phrase)));

    public IReadOnlyList<T> Lookup(string phrase) =>
        _byPhrase.TryGetValue(string.Join(' ', PhraseKeys(phrase)), out var e) ? e.Values : Array.Empty<T>();

    public readonly record struct Match(int First, int Count, IReadOnlyList<T> Values)
    {
        public int Last => First + Count - 1;
    }

    // The phrase groups by first-key id (FirstKeys), for the ids a token's FormKeys carry.
    private FirstGroup?[] _byId = [];

    /// <summary>The longest phrase starting at token <paramref name="start"/>, or null.</summary>
    public Match? LongestAt(IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue) => LongestAt(tokens, null, start, limit);

    /// <summary>As <see cref="LongestAt(IReadOnlyList{Token}, int, int)"/>, with the tokens' keys looked up beforehand (<see cref="Document.TokenFormKeys"/>).</summary>
    /// <remarks>
    /// The longest phrase wins; among equally long ones, the first start key's (in <see cref="FormKeys.StartIds"/> order),
    /// then the one added first. Only phrases whose second key is one of the next token's keys are tested.
    /// </remarks>
    internal Match? LongestAt(IReadOnlyList<Token> tokens, FormKeys[]? keysOf, int start, int limit = int.MaxValue)
    {
        var ids = (keysOf is null ? FormKeys.Of(tokens[start]) : keysOf[start]).StartIds;
        if (ids.Length == 0) return null;
        var byId = _byId;
        Entry? best = null;
        int end = Math.Min(tokens.Count, limit);
        FormKeys? second = null;
        foreach (int id in ids)
        {
            if (id >= byId.Length || byId[id] is not { } group) continue;
            // this key's best: the longest, then the first added; it replaces the overall best only when longer
            Entry? own = Best(null, group.OneWord, tokens, keysOf, start, end);
            if (start + 1 < end && group.BySecond.Count > 0)
            {
                second ??= keysOf is not null ? keysOf[start + 1] : FormKeys.Of(tokens[start + 1]);
                // the next token's keys (as written, lemma, ل read as ال), each looked up once
                string k0 = second.K0;
                string? lemma = second.LemmaKey, innerLL = second.InnerLL;
                own = Best(own, Group(group, k0), tokens, keysOf, start, end);
                if (lemma is not null && lemma != k0) own = Best(own, Group(group, lemma), tokens, keysOf, start, end);
                if (innerLL is not null && innerLL != k0 && innerLL != lemma) own = Best(own, Group(group, innerLL), tokens, keysOf, start, end);
            }
            if (own is not null && (best is null || own.Keys.Length > best.Keys.Length)) best = own;
        }
        return best is null ? null : new Match(start, best.Keys.Length, best.Values);
    }

    private static List<Entry>? Group(FirstGroup group, string secondKey) => group.BySecond.TryGetValue(secondKey, out var list) ? list : null;

    /// <summary>The better of <paramref name="best"/> and the phrases of <paramref name="entries"/> that match at <paramref name="start"/>: longer, then added first.</summary>
    private static Entry? Best(Entry? best, List<Entry>? entries, IReadOnlyList<Token> tokens, FormKeys[]? keysOf, int start, int end)
    {
        if (entries is null) return best;
        foreach (var e in entries)
        {
            if (best is not null && (e.Keys.Length < best.Keys.Length || e.Keys.Length == best.Keys.Length && e.Ordinal > best.Ordinal)) continue;
            if (start + e.Keys.Length > end) continue;
            if (e.Articled != 0 && !ArticlesPresent(e.Articled, tokens, start, e.Keys.Length)) continue;
            // the second key matched through the group; test the rest
            bool ok = true;
            for (int k = 2; k < e.Keys.Length && ok; k++)
                ok = (keysOf is not null ? keysOf[start + k] : FormKeys.Of(tokens[start + k])).InnerMatches(e.Keys[k]);
            if (ok) best = e;
        }
        return best;
    }

    /// <summary>All non-overlapping longest matches, left to right; <paramref name="skip"/> marks tokens already taken.</summary>
    public IEnumerable<Match> FindAll(IReadOnlyList<Token> tokens, bool[]? skip = null) => FindAll(tokens, null, skip);

    internal IEnumerable<Match> FindAll(IReadOnlyList<Token> tokens, FormKeys[]? keysOf, bool[]? skip = null, bool[]? startsPhrase = null)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (skip is not null && skip[i]) continue;
            if (startsPhrase is not null && !startsPhrase[i]) continue;   // its keys start no phrase: LongestAt finds nothing
            var m = LongestAt(tokens, keysOf, i);
            if (m is null) continue;
            if (skip is not null)
            {
                bool free = true;
                for (int k = m.Value.First; k <= m.Value.Last && free; k++) free = !skip[k];
                if (!free) continue;
            }
            yield return m.Value;
            i = m.Value.Last;
        }
    }

    // The words after the first that the phrase writes with the article Key drops (bit k for word k).
    internal static ulong ArticledWords(string phrase)
    {
        ulong mask = 0;
        int k = 0;
        foreach (var n in MatchingWords(phrase))
        {
            if (k >= 1 && k < 64 && Key(n).Length < n.Length) mask |= 1UL << k;
            k++;
        }
        return mask;
    }

    // Whether every word the mask marks carries the article in the text: "ال" written, or merged after ل ("للنظام").
    private static bool ArticlesPresent(ulong mask, IReadOnlyList<Token> tokens, int start, int count)
    {
        for (int k = 1; k < count && k < 64; k++)
        {
            if ((mask & (1UL << k)) == 0) continue;
            var t = tokens[start + k];
            if (!(t.Form.Analysis is { HasArticle: true } || t.Norm.StartsWith("ال", StringComparison.Ordinal) || t.Norm.StartsWith("لل", StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    // ---- keys ----

    /// <summary>Word key: matching normalisation, leading article dropped when four or more letters remain... (الجيش → جيش).</summary>
    public static string Key(string matchingForm)
    {
        if (matchingForm.Length >= 5 && matchingForm.StartsWith("ال", StringComparison.Ordinal)) return matchingForm[2..];
        return matchingForm;
    }

    public static string[] PhraseKeys(string phrase) => MatchingWords(phrase).Select(Key).ToArray();

    // The phrase's words in the matching normalisation, quotes and commas trimmed, empty ones dropped.
    private static IEnumerable<string> MatchingWords(string phrase)
    {
        foreach (var w in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string n = ArabicNormalizer.Matching.Normalize(w.Trim('"', '«', '»', '“', '”', '(', ')', '،', ','));
            if (n.Length > 0) yield return n;
        }
    }

    private static readonly string[] Proclitics = { "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك" };

    /// <summary>The keys a phrase-initial token can stand for: as written, without its clitics, without و ف ب ل ك.</summary>
    public static IEnumerable<string> StartKeys(Token t)
    {
        string norm = t.Norm;
        string k0 = Key(norm);
        yield return k0;
        // A word with a possessive pronoun (رعاته "its sponsors") is not a name; without one, its lemma may be.
        bool enclitic = t.Form.Analysis?.Enclitic is not null;
        string lemma = enclitic ? k0 : Key(t.Lemma);
        if (lemma != k0) yield return lemma;
        if (t.Kind != TokenKind.ArabicWord) yield break;
        foreach (var p in Proclitics)
        {
            if (norm.Length - p.Length < 2 || !norm.StartsWith(p, StringComparison.Ordinal)) continue;
            string rest = norm[p.Length..];
            // لل = ل + ال with the alef dropped: للجيش → الجيش.
            if (p.EndsWith('ل') && rest.StartsWith('ل') && rest.Length >= 3) yield return Key("ا" + rest);
            string k = Key(rest);
            if (k != k0 && k != lemma) yield return k;
        }
    }
}
