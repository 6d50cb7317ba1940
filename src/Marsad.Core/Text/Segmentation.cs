namespace Marsad.Core.Text;

/// <summary>
/// The clitic analysis of one word: proclitics as written (و، ف، ب، ك، ل، س، ال), the stem in dictionary
/// spelling (سيطرتها → سيطرة + ها), the enclitic pronoun, and where the stem sits in the original text.
/// </summary>
public sealed record Segmentation(IReadOnlyList<string> Proclitics, string Stem, string? Enclitic, TextSpan StemSpan, string StemNorm)
{
    public bool HasClitics => Proclitics.Count > 0 || Enclitic is not null;

    public bool HasArticle => Proclitics.Count > 0 && Proclitics[^1] == "ال";

    /// <summary>Segments joined by '+', e.g. و+ب+ال+جيش.</summary>
    public override string ToString()
    {
        var parts = new List<string>(Proclitics) { Stem };
        if (Enclitic is not null) parts.Add(Enclitic);
        return string.Join("+", parts);
    }
}
