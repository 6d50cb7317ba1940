namespace Marsad.Core.Text;

/// <summary>
/// One written form of a word, shared by every token spelt that way: its matching form, and — filled once per
/// form by the segmenter and stemmer — its clitic analysis and stem. Sharing is what makes the text layer fast:
/// news vocabulary is heavy-tailed, so most tokens reuse work done for an earlier token.
/// </summary>
public sealed class WordForm(string surface, string norm)
{
    public string Surface { get; } = surface;

    public string Norm { get; } = norm;

    /// <summary>Clitic analysis with offsets relative to the start of the word (null until segmented).</summary>
    public SegmentAnalysis? Analysis { get; internal set; }

    /// <summary>Light10 stem (null until stemmed).</summary>
    public string? Stem { get; internal set; }
}

/// <summary>A clitic analysis of a written form; <see cref="At"/> places it at a token's offset.</summary>
public sealed record SegmentAnalysis(IReadOnlyList<string> Proclitics, string Stem, string? Enclitic, int StemStart, int StemEnd, string StemNorm)
{
    public bool HasClitics => Proclitics.Count > 0 || Enclitic is not null;

    public bool HasArticle => Proclitics.Count > 0 && Proclitics[^1] == "ال";

    /// <summary>The stem with its article, "ال" + stem, when the word has one (computed once per form).</summary>
    public string? ArticleStemNorm { get; } = Proclitics.Count > 0 && Proclitics[^1] == "ال" ? "ال" + StemNorm : null;

    public Segmentation At(int offset) => new(Proclitics, Stem, Enclitic, new TextSpan(offset + StemStart, offset + StemEnd), StemNorm);
}
