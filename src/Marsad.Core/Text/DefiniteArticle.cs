namespace Marsad.Core.Text;

/// <summary>The definite article ال at the head of a normalised word or lemma.</summary>
public static class DefiniteArticle
{
    /// <summary>The word without its leading ال ("البيان" → "بيان"), or the word itself.</summary>
    public static string Off(string word) => word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
}
