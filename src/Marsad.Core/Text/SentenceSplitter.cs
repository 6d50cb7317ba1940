namespace Marsad.Core.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ؟ ? ! … or a line break, but not inside a quotation
/// («…» “…” "…"), not after an abbreviation (single letters as in أ.ف.ب or U.S., and the listed titles),
/// and never inside a number (the tokeniser already keeps 3.5 whole).
/// </summary>
public sealed class SentenceSplitter : IDocumentStage
{
    // A quotation left open this many tokens is taken to be unbalanced, so terminators count again.
    private const int MaxQuotedTokens = 120;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Col", "Lt", "Sgt", "St", "No", "vs", "etc", "Inc", "Ltd", "Co", "Jr", "Sr",
        "د", "م", "ص", "ق", "هـ", "أ", "ج", "ت", "س", "ش",
    };

    // "…، على صعيد متصل أكد مصدر أمني أن …": a comma before a phrase that turns to another report ends a run-on sentence.
    private readonly ReportTurns _turns;

    public SentenceSplitter() : this(ReportTurns.Default) { }

    public SentenceSplitter(ReportTurns turns) => _turns = turns;

    public void Process(Document document)
    {
        document.Sentences.Clear();
        var tokens = document.Tokens;
        string text = document.Text;
        int first = 0, quoteDepth = 0, quoteOpenedAt = -1;
        bool straightQuoteOpen = false;

        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                char c = t.Surface[0];
                if (c is '«' or '“' or '„') { quoteDepth++; quoteOpenedAt = i; }
                else if (c is '»' or '”' && quoteDepth > 0) quoteDepth--;
                else if (c == '"') { straightQuoteOpen = !straightQuoteOpen; if (straightQuoteOpen) quoteOpenedAt = i; }
            }
            bool inQuote = (quoteDepth > 0 || straightQuoteOpen) && i - quoteOpenedAt < MaxQuotedTokens;
            // ("«… وإصابة عناصر إرهابية أخرى.»واضاف البيان": a quotation closed right after its full stop ends the sentence
            // when a new clause opens with و after it — not "«…» قال المسؤول", whose speaker comes after the words)
            bool quoteClosedAfterStop = t.Kind == TokenKind.Punctuation && t.Surface[0] is '»' or '”' or '"' && !inQuote
                                        && i > first && IsTerminator(tokens[i - 1])
                                        && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Surface.StartsWith('و');

            bool end = false;
            if (i + 1 < tokens.Count && HasLineBreak(text, t.Span.End, tokens[i + 1].Span.Start))
            {
                end = true;   // a line break always ends a sentence: quotes do not run across paragraphs
                quoteDepth = 0; straightQuoteOpen = false;
            }
            else if (quoteClosedAfterStop) end = true;
            else if (!inQuote && t.IsComma && _turns.At(tokens, i + 1)) end = true;
            else if (!inQuote && IsTerminator(t) && !IsAbbreviationDot(tokens, i, text))
            {
                // Keep closing quotes and brackets that follow the terminator in this sentence.
                while (i + 1 < tokens.Count && !HasLineBreak(text, tokens[i].Span.End, tokens[i + 1].Span.Start)
                       && ClosesAfterStop(tokens[i], tokens[i + 1], straightQuoteOpen))
                {
                    i++;
                    if (tokens[i].Surface == "\"") straightQuoteOpen = false;
                    else if (tokens[i].Surface is "»" or "”" && quoteDepth > 0) quoteDepth--;
                }
                end = true;
            }
            if (end) { Add(document, first, i); first = i + 1; }
        }
        if (first < tokens.Count) Add(document, first, tokens.Count - 1);
    }

    private static void Add(Document document, int first, int last)
    {
        if (last < first) return;
        var span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[last].Span.End);
        document.Sentences.Add(new Sentence(document.Sentences.Count, span, first, last - first + 1));
    }

    /// <summary>
    /// Whether the mark after a full stop closes what came before. A straight quote is the same character at both ends:
    /// it closes only when one is open or when it touches the stop (<c>…العمل."</c>); after a space with none open it
    /// opens the next sentence (<c>العمل. "رويترز" روبوتات …</c>, a photo caption's credit), and swallowing it would
    /// leave every later pair of quotes inverted.
    /// </summary>
    private static bool ClosesAfterStop(Token previous, Token next, bool straightQuoteOpen) =>
        next.Surface is "»" or "”" or ")" or "’"
        || next.Surface == "\"" && (straightQuoteOpen || next.Span.Start == previous.Span.End);

    private static bool IsTerminator(Token t) =>
        t.Kind == TokenKind.Punctuation && t.Surface[0] is '.' or '؟' or '?' or '!' or '…' or '۔';

    private static bool IsAbbreviationDot(List<Token> tokens, int i, string text)
    {
        var t = tokens[i];
        if (t.Surface != "." || i == 0) return false;
        var prev = tokens[i - 1];
        if (prev.Span.End != t.Span.Start) return false;            // "word ." is a real stop
        if (!prev.IsWord) return false;
        bool shortWord = prev.Surface.Length == 1 || Abbreviations.Contains(prev.Surface);
        if (!shortWord) return false;
        // A single letter followed straight by another letter-dot (أ.ف.ب, U.S.) or by a name is an abbreviation.
        return i + 1 < tokens.Count && !HasLineBreak(text, t.Span.End, tokens[i + 1].Span.Start);
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }
}
