using System.Collections.Concurrent;
using System.Text;
using Marsad.Core.Text;

namespace Marsad.Storage;

/// <summary>
/// Marsad's own analysis for full-text search: the tokeniser's words and numbers, hamza seats folded to one letter
/// (مسؤول = مسئول = مسءول), then the matching normalisation (alef variants, ى→ي, ة→ه, harakat, tatweel, digits) and
/// light10 stemming, so الرقة, الرقه and والرقة all index as رق. The same analysis feeds the index and the query.
/// </summary>
public static class SearchAnalyzer
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly ConcurrentDictionary<string, string> Terms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);

    /// <summary>The whole word, normalised but not stemmed (ranks exact spellings first: الرقة before ورقة).</summary>
    public static string? Word(string surface, TokenKind kind)
    {
        if (kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number or TokenKind.Hashtag)) return null;
        if (Words.TryGetValue(surface, out var word)) return word;
        word = ArabicNormalizer.Matching.Normalize(surface.Replace('ؤ', 'ء').Replace('ئ', 'ء')).TrimStart('#').ToLowerInvariant()
            .Replace(",", "").Replace(".", "_");
        if (word.Length == 0) return null;
        if (Words.Count < 2_000_000) Words.TryAdd(surface, word);
        return word;
    }

    /// <summary>The index term of a word or number as written, or null for punctuation and symbols.</summary>
    public static string? Term(string surface, TokenKind kind)
    {
        if (kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number or TokenKind.Hashtag)) return null;
        if (Terms.TryGetValue(surface, out var term)) return term;
        string folded = surface.Replace('ؤ', 'ء').Replace('ئ', 'ء');
        string norm = ArabicNormalizer.Matching.Normalize(folded).TrimStart('#');
        term = kind == TokenKind.ArabicWord ? LightStemmer.Stem(norm) : norm.ToLowerInvariant();
        // FTS5's unicode61 tokeniser would split on separators inside numbers (1,200); keep one term.
        term = term.Replace(",", "").Replace(".", "_");
        if (term.Length == 0) return null;
        if (Terms.Count < 2_000_000) Terms.TryAdd(surface, term);
        return term;
    }

    /// <summary>Terms of a text in order, with the span of each in the text.</summary>
    public static List<(string Term, int Start, int End)> Analyze(string text)
    {
        var list = new List<(string, int, int)>();
        foreach (var token in Tokenizer.Tokenize(text))
            if (Term(token.Surface, token.Kind) is { } t) list.Add((t, token.Span.Start, token.Span.End));
        return list;
    }

    /// <summary>Whole normalised words of a text, in order.</summary>
    public static List<string> AnalyzeWords(string text) =>
        Tokenizer.Tokenize(text).Select(t => Word(t.Surface, t.Kind)).Where(w => w is not null).Select(w => w!).ToList();

    /// <summary>The terms of already-tokenised text (the pipeline's tokens), space-separated, for the FTS5 column.</summary>
    public static IndexTerms IndexText(IEnumerable<Token> tokens)
    {
        var stems = new StringBuilder();
        var words = new StringBuilder();
        foreach (var token in tokens)
        {
            if (Term(token.Surface, token.Kind) is not { } t) continue;
            if (stems.Length > 0) { stems.Append(' '); words.Append(' '); }
            stems.Append(t);
            words.Append(Word(token.Surface, token.Kind));
        }
        return new IndexTerms(stems.ToString(), words.ToString());
    }

    public static IndexTerms IndexText(string text) => IndexText(Tokenizer.Tokenize(text));
}

/// <summary>The two columns of the full-text index: light stems (what matches) and whole words (what ranks first).</summary>
public sealed record IndexTerms(string Stems, string Words);
