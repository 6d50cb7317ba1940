namespace Marsad.Core.Text;

/// <summary>The definite article ال at the head of a normalised word or lemma.</summary>
public static class DefiniteArticle
{
    /// <summary>The word without its leading ال ("البيان" → "بيان"), or the word itself.</summary>
    public static string Off(string word) => word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    /// <summary>Whether the token is definite: its clitic analysis has the article, or its spelling starts with it (the
    /// segmenter leaves the article on some nisba adjectives, "الاسرائيلي").</summary>
    public static bool On(Token token) => token.Form.Analysis is { HasArticle: true } || token.Norm.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// A set of the words and of each with ال before it, to look a lemma up as written — with no copy of it through
    /// <see cref="Off"/> on a hot path.
    /// </summary>
    public static HashSet<string> WithAndWithout(params string[] words) =>
        new(words.SelectMany(w => new[] { w, "ال" + w }), StringComparer.Ordinal);
}
