namespace Marsad.Core.Text;

/// <summary>
/// Splits the original text into tokens with original offsets: Arabic words (with their marks and tatweel),
/// numbers in any digit script with separators (1,200 / ١٢٠٠ / 3.5), Latin words, URLs, hashtags, mentions and
/// punctuation. Works on the original text so spans need no mapping.
/// </summary>
public sealed class Tokenizer : IDocumentStage
{
    private readonly WordFormTable _forms;

    public Tokenizer(ArabicNormalizer? normalizer = null) => _forms = new WordFormTable(normalizer ?? ArabicNormalizer.Matching);

    // Per thread: tokens are collected here, then copied into a document list of exactly their number (a guess at the
    // capacity from the text's length over-allocates about twice what is needed, for every document).
    [ThreadStatic] private static List<Token>? _scratch;

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        tokens.Clear();
        var scratch = _scratch ??= new List<Token>(1 << 12);
        scratch.Clear();   // (left over if a previous document threw)
        Tokenize(document.Text, scratch);
        if (tokens.Capacity < scratch.Count) tokens.Capacity = scratch.Count;
        tokens.AddRange(scratch);
        scratch.Clear();
    }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens;
    }

    private void Tokenize(string text, List<Token> tokens)
    {
        if (tokens.Capacity < text.Length / 6) tokens.Capacity = text.Length / 6;
        int i = 0, index = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            TokenKind kind;
            if (ArabicChars.IsArabicWordChar(c))
            {
                i = ScanArabicWord(text, i);
                kind = TokenKind.ArabicWord;
            }
            else if (c <= ' ' || char.IsWhiteSpace(c) || ArabicNormalizer.IsInvisibleMark(c)) { i++; continue; }
            else if (c is 'h' or 'H' or 'w' or 'W' && IsUrlStart(text, i)) { i = ScanUrl(text, i); kind = TokenKind.Url; }
            else if ((c == '#' || c == '@') && i + 1 < text.Length && IsHandleChar(text[i + 1]) && (i == 0 || !IsHandleChar(text[i - 1])))
            {
                i++;
                while (i < text.Length && IsHandleChar(text[i])) i++;
                kind = c == '#' ? TokenKind.Hashtag : TokenKind.Mention;
            }
            else if (ArabicChars.IsDigit(c)) { i = ScanNumber(text, i); kind = TokenKind.Number; }
            else if (ArabicChars.IsLatinLetter(c))
            {
                i++;
                while (i < text.Length && (ArabicChars.IsLatinLetter(text[i]) || text[i] is >= '0' and <= '9'
                       || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && ArabicChars.IsLatinLetter(text[i + 1]))))
                    i++;
                kind = TokenKind.LatinWord;
            }
            else if (c == '.' || c == '…')
            {
                i++;
                while (i < text.Length && text[i] == '.') i++;   // "..." is one token
                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;   // keep emoji and other astral symbols whole
                kind = TokenKind.Symbol;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            var form = _forms.Get(text.AsSpan(start, i - start), out int formId);
            tokens.Add(new Token(index++, new TextSpan(start, i), form, formId, kind));
        }
    }

    private static int ScanArabicWord(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (ArabicChars.IsArabicWordChar(c)) { i++; continue; }
            // A joiner or bidi mark inside a word does not end it.
            if (ArabicChars.IsInWordInvisible(c) && i + 1 < text.Length && ArabicChars.IsArabicWordChar(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length && ArabicChars.IsDigit(text[i])) i++;
        // Internal separators only when a digit follows: "1,200", "3.5", "٣٫٥"; a sentence-final "2018." stays apart.
        while (i + 1 < text.Length && text[i] is ',' or '.' or '\u066B' or '\u066C' && ArabicChars.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && ArabicChars.IsDigit(text[i])) i++;
        }
        return i;
    }

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_' || ArabicChars.IsArabicWordChar(c);

    private static bool IsUrlStart(string text, int i) =>
        StartsWithIgnoreCase(text, i, "http://") || StartsWithIgnoreCase(text, i, "https://")
        || (StartsWithIgnoreCase(text, i, "www.") && (i == 0 || !char.IsLetterOrDigit(text[i - 1])));

    private static bool StartsWithIgnoreCase(string text, int i, string prefix) =>
        i + prefix.Length <= text.Length && string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int ScanUrl(string text, int i)
    {
        int start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '<' or '>' or '«' or '»' or '“' or '”' or '،' or '؛')
               && !ArabicChars.IsArabicWordChar(text[i]))
            i++;
        // Trailing sentence punctuation belongs to the sentence, not the address.
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'') i--;
        return i;
    }
}
