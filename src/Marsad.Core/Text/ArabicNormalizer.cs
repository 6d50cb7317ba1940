using System.Text;

namespace Marsad.Core.Text;

/// <summary>
/// Arabic normaliser with switchable steps. It compiles its steps into a 64K-entry table once, so normalising is
/// a single table lookup per character; that keeps it fast and makes it idempotent by construction (the table
/// is built from the steps applied to a fixed point). Never throws: lone surrogates and unassigned code points
/// pass through unchanged.
/// </summary>
public sealed class ArabicNormalizer
{
    /// <summary>Aggressive: for matching words against lexicons and the gazetteer.</summary>
    public static readonly ArabicNormalizer Matching = new(NormalizationSteps.PresentationForms | NormalizationSteps.Tatweel
        | NormalizationSteps.Diacritics | NormalizationSteps.AlefVariants | NormalizationSteps.AlefMaqsura
        | NormalizationSteps.TaMarbuta | NormalizationSteps.HamzaCarriers | NormalizationSteps.Digits
        | NormalizationSteps.Punctuation | NormalizationSteps.InvisibleMarks | NormalizationSteps.PersianLetters
        | NormalizationSteps.LowercaseLatin);

    /// <summary>Light: for showing text to people. Keeps letters, vowels and punctuation as written.</summary>
    public static readonly ArabicNormalizer Display = new(NormalizationSteps.PresentationForms | NormalizationSteps.Tatweel
        | NormalizationSteps.InvisibleMarks);

    /// <summary>
    /// For clitic segmentation: diacritics and shapes removed but letters kept as written, because ة, ى and the
    /// hamza seats tell where a clitic starts (مدينة is not مدين+ه; وإلى is و+إلى but والي is a word).
    /// </summary>
    public static readonly ArabicNormalizer Segmentation = new(NormalizationSteps.PresentationForms | NormalizationSteps.Tatweel
        | NormalizationSteps.Diacritics | NormalizationSteps.Digits | NormalizationSteps.InvisibleMarks
        | NormalizationSteps.PersianLetters);

    private const char Deleted = '\uFFFF';
    private const char Expanded = '\uFFFE';

    private readonly char[] _table = new char[65536];
    private readonly Dictionary<char, string> _expansions = new();

    public ArabicNormalizer(NormalizationSteps steps)
    {
        Steps = steps;
        _foldsHamzaOnYa = Has(NormalizationSteps.HamzaCarriers);
        for (int c = 0; c < 65536; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch) || ch == Deleted || ch == Expanded) { _table[c] = ch == Deleted || ch == Expanded ? '?' : ch; continue; }
            string mapped = MapFully(ch);
            if (mapped.Length == 0) _table[c] = Deleted;
            else if (mapped.Length == 1) _table[c] = mapped[0];
            else { _table[c] = Expanded; _expansions[ch] = mapped; }
        }
    }

    public NormalizationSteps Steps { get; }

    public bool Has(NormalizationSteps step) => (Steps & step) == step;

    /// <summary>Normalises <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        for (; i < text.Length; i++)
            if (_table[text[i]] != text[i] || text[i] == Hamza && HamzaOnYa(text, i)) break;
        if (i == text.Length) return text;
        return Normalize(text.AsSpan());
    }

    private const char AlefMaqsura = '\u0649', Ya = '\u064A', Hamza = '\u0621';

    // "الطوارىء", "مخيم الشاطيء": ئ written as ى or ي with a hamza after it; with the hamza seats folded (ئ → ي) the
    // pair is one ي too, else "الطوارىء" and "الطوارئ" never meet ("شيء" reads "شي" alike in text and lexicons).
    // (The one rule that looks at the character before.)
    // (a field, not Has(): it is asked for every character)
    private readonly bool _foldsHamzaOnYa;

    // A hamza right after ى or ي in the text: where the fast path must give way.
    private bool HamzaOnYa(ReadOnlySpan<char> text, int i) =>
        text[i] == Hamza && _foldsHamzaOnYa && i > 0 && text[i - 1] is AlefMaqsura or Ya;

    // A hamza whose output would follow a ي: dropped (judged on the output, so that normalising twice is normalising
    // once — "ىءء" gives "ي", not "يء").
    private bool DropsHamza(char mapped, char lastOut) => mapped == Hamza && _foldsHamzaOnYa && lastOut == Ya;

    /// <summary>Normalises a span of characters into a new string.</summary>
    public string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        bool expanded = false;
        for (int i = 0; i < text.Length; i++)
        {
            char m = _table[text[i]];
            if (m == Deleted || n > 0 && DropsHamza(m, buffer[n - 1])) continue;
            if (m == Expanded) { expanded = true; break; }
            buffer[n++] = m;
        }
        if (!expanded) return new string(buffer[..n]);
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
            if (!(sb.Length > 0 && DropsHamza(_table[text[i]], sb[^1]))) AppendMapped(sb, text[i]);
        return sb.ToString();
    }

    /// <summary>Normalises and keeps, for each output character, the offset of its source character.</summary>
    public NormalizedText NormalizeWithMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int before = sb.Length;
            if (!(sb.Length > 0 && DropsHamza(_table[text[i]], sb[^1]))) AppendMapped(sb, text[i]);
            for (int k = before; k < sb.Length; k++) map.Add(i);
        }
        return new NormalizedText(sb.ToString(), map.ToArray(), text.Length);
    }

    /// <summary>Maps one character (for stages that scan character by character); may return "" or several chars.</summary>
    public string Map(char c)
    {
        char m = _table[c];
        return m == Deleted ? string.Empty : m == Expanded ? _expansions[c] : m.ToString();
    }

    private void AppendMapped(StringBuilder sb, char c)
    {
        char m = _table[c];
        if (m == Deleted) return;
        if (m == Expanded) sb.Append(_expansions[c]);
        else sb.Append(m);
    }

    // Applies the steps until nothing changes, so the table is idempotent even where one step's output feeds
    // another (NFKC of ﻷ gives ل + أ, whose alef the alef step then flattens).
    private string MapFully(char c)
    {
        string current = c.ToString();
        for (int round = 0; round < 4; round++)
        {
            var sb = new StringBuilder();
            foreach (char x in current) sb.Append(MapOnce(x));
            string next = sb.ToString();
            if (next == current) return next;
            current = next;
        }
        return current;
    }

    private string MapOnce(char c)
    {
        if (Has(NormalizationSteps.PresentationForms) && UnicodeFolds.PresentationForm(c) is { } nfkc) return nfkc;
        if (Has(NormalizationSteps.InvisibleMarks) && IsInvisibleMark(c)) return string.Empty;
        if (Has(NormalizationSteps.Tatweel) && c == '\u0640') return string.Empty;
        if (Has(NormalizationSteps.Diacritics) && IsDiacritic(c)) return string.Empty;
        if (Has(NormalizationSteps.AlefVariants) && c is '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673') return "\u0627";
        if (Has(NormalizationSteps.AlefMaqsura) && c == '\u0649') return "\u064A";
        if (Has(NormalizationSteps.TaMarbuta) && c == '\u0629') return "\u0647";
        if (Has(NormalizationSteps.HamzaCarriers))
        {
            if (c == '\u0624') return "\u0648";
            if (c == '\u0626') return "\u064A";
        }
        if (Has(NormalizationSteps.Digits))
        {
            if (c is >= '\u0660' and <= '\u0669') return ((char)('0' + (c - '\u0660'))).ToString();
            if (c is >= '\u06F0' and <= '\u06F9') return ((char)('0' + (c - '\u06F0'))).ToString();
            if (c == '\u066B') return ".";   // Arabic decimal separator
            if (c == '\u066C') return ",";   // Arabic thousands separator
        }
        if (Has(NormalizationSteps.Punctuation))
        {
            switch (c)
            {
                case '\u060C': return ",";
                case '\u061B': return ";";
                case '\u061F': return "?";
                case '\u066A': return "%";
                case '\u06D4': return ".";
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033': return "\"";
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '\u2032': return "'";
            }
        }
        if (Has(NormalizationSteps.PersianLetters))
        {
            switch (c)
            {
                case '\u06A9': return "\u0643";            // ک keheh → ك
                case '\u06CC' or '\u06D0' or '\u06D2': return "\u064A"; // ی ې ے → ي
                case '\u06D5': return "\u0647";            // ە → ه
                case '\u06C0': return Has(NormalizationSteps.TaMarbuta) ? "\u0647" : "\u0629";
            }
        }
        if (Has(NormalizationSteps.LowercaseLatin) && c is >= 'A' and <= 'Z') return ((char)(c + 32)).ToString();
        return c.ToString();
    }

    internal static bool IsInvisibleMark(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u2060'
        or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    internal static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F'     // harakat, tanween, shadda, sukun, and extended marks
        or '\u0670'                          // superscript (dagger) alef
        or >= '\u0610' and <= '\u061A'       // honorifics and small Quranic marks
        or >= '\u06D6' and <= '\u06DC'       // Quranic annotation
        or >= '\u06DF' and <= '\u06E4'
        or '\u06E7' or '\u06E8'
        or >= '\u06EA' and <= '\u06ED'
        or >= '\u08D3' and <= '\u08FF';
}
