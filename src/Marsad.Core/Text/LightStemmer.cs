namespace Marsad.Core.Text;

/// <summary>
/// Larkey's light10 stemmer with exactly the prefix and suffix lists and length checks of Lucene's ArabicStemmer,
/// applied to matching-normalised words: one prefix (ال وال بال كال فال لل, or و when at least three letters
/// remain), then every suffix in turn (ها ان ات ون ين يه ية ه ة ي) while two letters remain.
/// </summary>
public sealed class LightStemmer : IDocumentStage
{
    private static readonly string[] Prefixes = { "ال", "وال", "بال", "كال", "فال", "لل", "و" };
    private static readonly string[] Suffixes = { "ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي" };

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].Kind == TokenKind.ArabicWord && tokens[i].Form.Stem is null) tokens[i].Form.Stem = Stem(tokens[i].Norm);
    }

    /// <summary>Stems a word that is already matching-normalised.</summary>
    public static string Stem(string word)
    {
        ReadOnlySpan<char> s = word;
        foreach (var prefix in Prefixes)
        {
            if (StartsWithCheckLength(s, prefix)) { s = s[prefix.Length..]; break; }
        }
        foreach (var suffix in Suffixes)
        {
            if (EndsWithCheckLength(s, suffix)) s = s[..^suffix.Length];
        }
        return s.Length == word.Length ? word : new string(s);
    }

    private static bool StartsWithCheckLength(ReadOnlySpan<char> s, string prefix)
    {
        if (prefix.Length == 1 && s.Length < 4) return false;      // و needs three letters after it
        if (s.Length < prefix.Length + 2) return false;           // leave at least two letters
        return s.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static bool EndsWithCheckLength(ReadOnlySpan<char> s, string suffix) =>
        s.Length >= suffix.Length + 2 && s.EndsWith(suffix, StringComparison.Ordinal);
}
