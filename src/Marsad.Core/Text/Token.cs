namespace Marsad.Core.Text;

/// <summary>
/// One token. <see cref="Norm"/> is the matching-profile form used for every lexicon lookup;
/// <see cref="Segments"/> and <see cref="Stem"/> are filled by later stages.
/// </summary>
public sealed record Token(int Index, TextSpan Span, string Surface, TokenKind Kind, string Norm)
{
    /// <summary>Clitic analysis (Arabic words only; null until <see cref="CliticSegmenter"/> runs).</summary>
    public Segmentation? Segments { get; init; }

    /// <summary>Light10 stem of <see cref="Norm"/> (null until <see cref="LightStemmer"/> runs).</summary>
    public string? Stem { get; init; }

    /// <summary>The matching form of the word without its clitics, or <see cref="Norm"/> when not segmented.</summary>
    public string Lemma => Segments?.StemNorm ?? Norm;

    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;
}
