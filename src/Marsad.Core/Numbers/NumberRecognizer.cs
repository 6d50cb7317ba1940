using System.Globalization;
using Marsad.Core.Text;

namespace Marsad.Core.Numbers;

/// <summary>
/// Finds quantities: digits in any script ("1,200", "١٢٠٠", "3.5"), Arabic number words in every gender and
/// case ("ثلاثة", "اثنين", "خمسة وعشرون", "أحد عشر", "مئتان"), multipliers ("50 ألف", "6.1 مليون"), vague plurals
/// ("العشرات"), the duals of person nouns ("جنديين" = 2, from <see cref="DualNouns"/>) and the qualifiers around them
/// ("نحو 20", "أكثر من 30", "20 على الأقل").
/// </summary>
public sealed class NumberRecognizer(DualNouns? duals = null) : IDocumentStage
{
    // Per form: is it the dual of a person noun ("جنديين" = two soldiers)?
    private readonly FormFlags _dualForms = new();

    private static readonly (string[] Words, NumberQualifier Qualifier)[] Before =
    {
        (new[] { "اكثر", "من" }, NumberQualifier.AtLeast),
        (new[] { "ما", "لا", "يقل", "عن" }, NumberQualifier.AtLeast),
        (new[] { "لا", "يقل", "عن" }, NumberQualifier.AtLeast),
        (new[] { "ما", "يزيد", "عن" }, NumberQualifier.AtLeast),
        (new[] { "ما", "يزيد", "علي" }, NumberQualifier.AtLeast),
        (new[] { "يزيد", "علي" }, NumberQualifier.AtLeast),
        (new[] { "ما", "يربو", "علي" }, NumberQualifier.AtLeast),
        (new[] { "اقل", "من" }, NumberQualifier.AtMost),
        (new[] { "ما", "يقرب", "من" }, NumberQualifier.About),
        (new[] { "ما", "يقارب" }, NumberQualifier.About),
        (new[] { "نحو" }, NumberQualifier.About),
        (new[] { "حوالي" }, NumberQualifier.About),
        (new[] { "قرابه" }, NumberQualifier.About),
        (new[] { "زهاء" }, NumberQualifier.About),
    };

    private static readonly (string[] Words, NumberQualifier Qualifier)[] After =
    {
        (new[] { "علي", "الاقل" }, NumberQualifier.AtLeast),
        (new[] { "تقريبا" }, NumberQualifier.About),
    };

    // How many words of "في المائة", "في المئة", "بالمائة", "%", "٪" stand right after a number (0 when none).
    private static int PercentWords(List<Token> tokens, int next)
    {
        if (next >= tokens.Count) return 0;
        if (tokens[next].Surface is "%" or "٪" || tokens[next].Norm is "بالمايه" or "بالميه" or "بالمائه" or "بالمئه") return 1;
        return tokens[next].Norm == "في" && next + 1 < tokens.Count && tokens[next + 1].Norm is "المايه" or "الميه" or "المائه" or "المئه" ? 2 : 0;
    }

    private static bool SlashedToANumber(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i + 1].Surface == "/" && tokens[i + 2].Kind == TokenKind.Number
        || i >= 2 && tokens[i - 1].Surface == "/" && tokens[i - 2].Kind == TokenKind.Number;

    private static bool ModelNumber(List<Token> tokens, int i)
    {
        int k = i - 1;
        if (k >= 0 && tokens[k].Surface is "-" or "–") k--;
        return k >= 0 && ModelLetters.Contains(tokens[k].Norm);
    }

    // The Arabic letters of aircraft, tank and missile models: F (إف), Su (سو), MiG (ميغ), T (تي), B (بي), C (سي), Ka (كا), Mi (مي), S (إس).
    private static readonly HashSet<string> ModelLetters = new(StringComparer.Ordinal)
    {
        "اف", "سو", "ميغ", "ميج", "تي", "بي", "سي", "كا", "مي", "اس",
    };

    public void Process(Document document)
    {
        document.Numbers.Clear();
        var tokens = document.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            var kind = tokens[i].Kind;
            if (duals is not null && kind == TokenKind.ArabicWord && _dualForms.Get(tokens[i].FormId, (duals, tokens[i]), static s => s.duals.IsDual(s.Item2)))
            {
                document.Numbers.Add(new NumberMention(tokens[i].Span, 2, NumberQualifier.Exact, i, i));
                i++;
                continue;
            }
            // (a number slashed to another is a part of a date, "1436/10/15هـ", "15/7", no quantity)
            if (kind == TokenKind.Number && SlashedToANumber(tokens, i)) { i++; continue; }
            // (nor the number of a weapon's model, "إف 16", "إف-35", "سو 24", "تي 72")
            if (kind == TokenKind.Number && ModelNumber(tokens, i)) { i++; continue; }
            if (kind != TokenKind.Number && (kind != TokenKind.ArabicWord || !NumberWordForms.Get(tokens[i].FormId, tokens[i], static t => MayBeNumberWord(t.Norm)))) { i++; continue; }
            if (TryParse(tokens, i, out int last, out decimal value, out bool vague))
            {
                var qualifier = vague ? NumberQualifier.Vague : NumberQualifier.Exact;
                int first = i;
                if (!vague)
                {
                    foreach (var (words, q) in Before)
                        if (MatchesBackward(tokens, i, words)) { qualifier = q; first = i - words.Length; break; }
                    // "30 على الأقل" and, with the counted noun between, "30 شخصا على الأقل".
                    foreach (var (words, q) in After)
                        for (int gap = 0; gap <= 1; gap++)
                            if (MatchesForward(tokens, last + 1 + gap, words) && qualifier == NumberQualifier.Exact)
                            {
                                qualifier = q;
                                if (gap == 0) last += words.Length;
                            }
                }
                // ("70 في المائة من ضحايا القصف", "40%": a share is no count of anything)
                if (PercentWords(tokens, last + 1) is > 0 and var percent) { i = last + 1 + percent; continue; }
                var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
                document.Numbers.Add(new NumberMention(span, value, qualifier, first, last));
                i = last + 1;
            }
            else i++;
        }
    }

    /// <summary>Parses one number expression starting at token <paramref name="start"/>.</summary>
    internal static bool TryParse(List<Token> tokens, int start, out int last, out decimal value, out bool vague)
    {
        last = start; value = 0; vague = false;
        var first = tokens[start];
        // ("مقتل جندي وثلاثة مدنيين": a number may open with و — one before it would have taken it as its own part)
        string key = first.Kind == TokenKind.ArabicWord ? WordKey(first.Norm, allowConjunction: true) : first.Norm;

        if (first.Kind == TokenKind.ArabicWord && ArabicNumberWords.Vague.TryGetValue(key, out int vagueValue))
        {
            // "آلاف" after a number is a multiplier, handled below; alone it is vague.
            value = vagueValue; vague = true;
            return true;
        }

        decimal total = 0, current = 0;
        bool any = false;
        int i = start;
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Number)
            {
                if (any) break;   // two numerals in a row are two numbers
                if (!TryParseDigits(t.Norm, out current)) return false;
                any = true;
                last = i;
                continue;
            }
            if (t.Kind != TokenKind.ArabicWord) break;
            bool conj = t.Norm.StartsWith('و') && any;
            string w = WordKey(t.Norm, allowConjunction: any || i == start);
            if (ArabicNumberWords.Units.TryGetValue(w, out int unit))
            {
                if (unit == 10 && any && !conj && current is > 0 and < 10) current += 10;   // أحد عشر, ثلاثة عشر
                else if (any && !conj) break;
                else current += unit;
            }
            else if (ArabicNumberWords.Tens.TryGetValue(w, out int tens))
            {
                if (any && !conj && current != 0) break;
                current += tens;
            }
            else if (ArabicNumberWords.Hundreds.TryGetValue(w, out int hundreds))
            {
                if (hundreds == 100 && any && !conj && current is > 0 and < 10) current *= 100;   // ثلاث مئة
                else if (any && !conj) break;
                else current += hundreds;
            }
            else if (ArabicNumberWords.Multipliers.TryGetValue(w, out long mult))
            {
                if (any && !conj) { total += (current == 0 ? 1 : current) * (w is "الفان" or "الفين" or "مليونان" or "مليونين" ? mult / 2 : mult); current = 0; }
                else if (!any && w is not ("الاف" or "ملايين" or "مليارات")) { current = mult; }
                else break;
            }
            else break;
            any = true;
            last = i;
        }
        if (!any) return false;
        value = total + current;
        return true;
    }

    private static readonly HashSet<string> AllWords = new(ArabicNumberWords.Units.Keys.Concat(ArabicNumberWords.Tens.Keys)
        .Concat(ArabicNumberWords.Hundreds.Keys).Concat(ArabicNumberWords.Multipliers.Keys).Concat(ArabicNumberWords.Vague.Keys), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllWordsLookup = AllWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per form: MayBeNumberWord of its matching form.
    private static readonly FormFlags NumberWordForms = new();

    // A number word, possibly with ال or و; a cheap test before the full parse.
    private static bool MayBeNumberWord(string norm) =>
        AllWordsLookup.Contains(norm) || (norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal) && AllWordsLookup.Contains(norm.AsSpan(2)))
        || (norm.Length > 2 && norm[0] == 'و' && AllWordsLookup.Contains(norm.AsSpan(1)));

    // The number word a token spells, as the lexicon's own string (looked up by span: no substring per token).
    private static string WordKey(string norm, bool allowConjunction)
    {
        if (AllWordsLookup.Contains(norm)) return norm;
        if (allowConjunction && norm.Length > 2 && norm[0] == 'و' && AllWordsLookup.TryGetValue(norm.AsSpan(1), out var word)) return word;
        if (norm.StartsWith("ال", StringComparison.Ordinal) && AllWordsLookup.TryGetValue(norm.AsSpan(2), out word)) return word;
        if (allowConjunction && norm.StartsWith("وال", StringComparison.Ordinal) && AllWordsLookup.TryGetValue(norm.AsSpan(3), out word)) return word;
        return norm;
    }

    /// <summary>"1,200" → 1200, "3.5" → 3.5, "1,5" → 1.5 (a comma not followed by three digits is a decimal comma).</summary>
    internal static bool TryParseDigits(string norm, out decimal value)
    {
        // built in a stack buffer (the text of a number is short): no builder and no string per numeral
        Span<char> buffer = norm.Length <= 128 ? stackalloc char[norm.Length] : new char[norm.Length];
        int n = 0;
        for (int k = 0; k < norm.Length; k++)
        {
            char c = norm[k];
            if (c == ',')
            {
                int digitsAfter = 0;
                while (k + 1 + digitsAfter < norm.Length && char.IsAsciiDigit(norm[k + 1 + digitsAfter])) digitsAfter++;
                if (digitsAfter != 3) buffer[n++] = '.';
            }
            else buffer[n++] = c;
        }
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool MatchesBackward(List<Token> tokens, int i, string[] words)
    {
        if (i - words.Length < 0) return false;
        for (int k = 0; k < words.Length; k++)
        {
            string norm = tokens[i - words.Length + k].Norm;
            if (norm != words[k] && !(k == 0 && norm.Length > 1 && norm[0] == 'و' && norm.AsSpan(1).SequenceEqual(words[k]))) return false;
        }
        return true;
    }

    private static bool MatchesForward(List<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count) return false;
        for (int k = 0; k < words.Length; k++)
            if (tokens[i + k].Norm != words[k]) return false;
        return true;
    }
}
