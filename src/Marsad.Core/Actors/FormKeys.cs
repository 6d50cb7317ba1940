using System.Collections.Concurrent;
using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>
/// The phrase-matching keys of one written form (see <see cref="PhraseMatcher{T}"/>), computed once per
/// <see cref="WordForm"/> and shared by every token spelt that way and by every matcher, so matching a token allocates
/// nothing and most tokens cost one lookup. <see cref="StartIds"/> are the form's start keys that begin some phrase of
/// some matcher (ids of <see cref="FirstKeys"/>); most forms have none. An entry remembers the clitic analysis, token
/// kind and first-key registry version it was computed from and is recomputed if any differs.
/// </summary>
internal sealed class FormKeys
{
    private const int MaxForms = 1_000_000;
    // Keyed by the surface (what a WordFormTable interns forms by): hashing a short string is cheaper than an object's identity hash.
    private static readonly ConcurrentDictionary<string, FormKeys> Cache = new(Environment.ProcessorCount, 1 << 17, StringComparer.Ordinal);
    // ConcurrentDictionary.Count takes every lock; a counter of our own costs nothing.
    private static int _count;
    private static readonly string NotComputed = new('\0', 1);

    private readonly string _norm, _lemma;
    private string? _k0, _lemmaKey = NotComputed, _innerLL = NotComputed;

    private FormKeys(Token t, int version)
    {
        Form = t.Form;
        Analysis = t.Form.Analysis;
        Kind = t.Kind;
        Version = version;
        _norm = t.Norm;
        _lemma = t.Lemma;
        StartIds = StartIdsOf(t);
    }

    private static readonly string[] Proclitics = { "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك" };

    /// <summary>
    /// The ids of <see cref="PhraseMatcher{T}.StartKeys"/> that are first keys, in the same order, found without
    /// allocating: every key is a slice of the form's matching form or lemma (one is built in a stack buffer). Run once per
    /// new form, and most forms have no id.
    /// </summary>
    private static int[] StartIdsOf(Token t)
    {
        Span<int> ids = stackalloc int[2 + 2 * Proclitics.Length];
        int n = 0;
        string norm = t.Norm;
        var k0 = KeyOf(norm);
        Take(k0, ids, ref n);
        // A word with a possessive pronoun (رعاته "its sponsors") is not a name; without one, its lemma may be.
        var lemma = t.Form.Analysis?.Enclitic is not null ? k0 : KeyOf(t.Lemma);
        if (!lemma.SequenceEqual(k0)) Take(lemma, ids, ref n);
        if (t.Kind == TokenKind.ArabicWord)
        {
            Span<char> buffer = norm.Length < 128 ? stackalloc char[128] : new char[norm.Length + 1];
            foreach (var p in Proclitics)
            {
                if (norm.Length - p.Length < 2 || !norm.StartsWith(p, StringComparison.Ordinal)) continue;
                var rest = norm.AsSpan(p.Length);
                // لل = ل + ال with the alef dropped: للجيش → الجيش.
                if (p[^1] == 'ل' && rest[0] == 'ل' && rest.Length >= 3)
                {
                    buffer[0] = 'ا';
                    rest.CopyTo(buffer[1..]);
                    Take(KeyOf(buffer[..(rest.Length + 1)]), ids, ref n);
                }
                var k = KeyOf(rest);
                if (!k.SequenceEqual(k0) && !k.SequenceEqual(lemma)) Take(k, ids, ref n);
            }
        }
        return n == 0 ? [] : ids[..n].ToArray();

        static void Take(ReadOnlySpan<char> key, Span<int> ids, ref int n)
        {
            if (FirstKeys.TryGet(key, out int id)) ids[n++] = id;
        }
    }

    /// <summary><see cref="PhraseMatcher{T}.Key"/> as a slice: the leading article dropped when four or more letters remain... (الجيش → جيش).</summary>
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> matchingForm) =>
        matchingForm.Length >= 5 && matchingForm.StartsWith("ال", StringComparison.Ordinal) ? matchingForm[2..] : matchingForm;

    public WordForm Form { get; }

    public SegmentAnalysis? Analysis { get; }

    /// <summary>True when this entry is the current one for <paramref name="t"/>.</summary>
    public bool Fits(Token t) => ReferenceEquals(Form, t.Form) && ReferenceEquals(Analysis, t.Form.Analysis) && Kind == t.Kind && Version == FirstKeys.Version;

    public TokenKind Kind { get; }

    public int Version { get; }

    /// <summary>Ids (<see cref="FirstKeys"/>) of the start keys, in <see cref="PhraseMatcher{T}.StartKeys"/> order.</summary>
    public int[] StartIds { get; }

    /// <summary><c>Key(Norm)</c>.</summary>
    public string K0 => _k0 ??= PhraseMatcher<int>.Key(_norm);

    /// <summary><c>Key(Lemma)</c>.</summary>
    public string LemmaK => _lemmaK ??= PhraseMatcher<int>.Key(_lemma);

    private string? _lemmaK;

    /// <summary><c>Key(Lemma)</c> when the word has no enclitic pronoun, else null.</summary>
    public string? LemmaKey
    {
        get
        {
            var k = _lemmaKey;
            if (ReferenceEquals(k, NotComputed)) _lemmaKey = k = Analysis?.Enclitic is not null ? null : PhraseMatcher<int>.Key(_lemma);
            return k;
        }
    }

    /// <summary>An attached ل / لل read as ل + ال (لحقوق → حقوق), or null.</summary>
    public string? InnerLL
    {
        get
        {
            var k = _innerLL;
            if (ReferenceEquals(k, NotComputed))
                _innerLL = k = _norm.Length > 3 && _norm.StartsWith("لل", StringComparison.Ordinal) ? PhraseMatcher<int>.Key("ا" + _norm[1..]) : null;
            return k;
        }
    }

    public static FormKeys Of(Token t)
    {
        var form = t.Form;
        int version = FirstKeys.Version;
        // interned forms carry their keys; others go through the cache by surface
        if (form.PhraseKeys is { } own && ReferenceEquals(own.Analysis, form.Analysis) && own.Kind == t.Kind && own.Version == version) return own;
        if (form.Id < 0 && Cache.TryGetValue(form.Surface, out var k) && ReferenceEquals(k.Form, form) && ReferenceEquals(k.Analysis, form.Analysis) && k.Kind == t.Kind && k.Version == version) return k;
        return Create(t, version);
    }

    private static FormKeys Create(Token t, int version)
    {
        var k = new FormKeys(t, version);
        if (t.Form.Id >= 0) t.Form.PhraseKeys = k;
        else if (Volatile.Read(ref _count) < MaxForms)
        {
            if (Cache.TryAdd(t.Form.Surface, k)) Interlocked.Increment(ref _count);
            else Cache[t.Form.Surface] = k;
        }
        return k;
    }

    /// <summary>Inner-word test of <see cref="PhraseMatcher{T}"/>: the token read as <paramref name="key"/>.</summary>
    public bool InnerMatches(string key) => K0 == key || LemmaKey == key || InnerLL == key;
}

/// <summary>Process-wide ids of the first keys of every matcher's phrases; the version changes when a key is added.</summary>
internal static class FirstKeys
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static int _version;

    public static int Version => Volatile.Read(ref _version);

    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IdsBySpan = Ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(string key, out int id) => Ids.TryGetValue(key, out id);

    public static bool TryGet(ReadOnlySpan<char> key, out int id) => IdsBySpan.TryGetValue(key, out id);

    public static int GetOrAdd(string key)
    {
        if (Ids.TryGetValue(key, out int id)) return id;
        lock (Gate)
        {
            if (Ids.TryGetValue(key, out id)) return id;
            id = _count++;
            Ids[key] = id;
            Interlocked.Increment(ref _version);
            return id;
        }
    }

    private static int _count;
}
