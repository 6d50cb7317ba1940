namespace Marsad.Core.Text;

/// <summary>
/// One token: where it is, what kind it is, and its <see cref="WordForm"/> (shared with every token spelt the
/// same way). <see cref="Norm"/> is the matching-profile form used for every lexicon lookup; <see cref="Segments"/>
/// and <see cref="Stem"/> appear once the segmenter and stemmer have run.
/// </summary>
public sealed class Token
{
    private Segmentation? _segments;

    public Token(int index, TextSpan span, WordForm form, TokenKind kind)
    {
        Index = index;
        Span = span;
        Form = form;
        Kind = kind;
    }

    public Token(int index, TextSpan span, string surface, TokenKind kind, string norm)
        : this(index, span, new WordForm(surface, norm), kind)
    {
    }

    public int Index { get; }

    public TextSpan Span { get; }

    public TokenKind Kind { get; }

    public WordForm Form { get; }

    public string Surface => Form.Surface;

    public string Norm => Form.Norm;

    /// <summary>Clitic analysis (Arabic words only; null until <see cref="CliticSegmenter"/> runs).</summary>
    public Segmentation? Segments => _segments ??= Form.Analysis?.At(Span.Start);

    /// <summary>Light10 stem of <see cref="Norm"/> (null until <see cref="LightStemmer"/> runs).</summary>
    public string? Stem => Form.Stem;

    /// <summary>The matching form of the word without its clitics, or <see cref="Norm"/> when not segmented.</summary>
    public string Lemma => Form.Analysis?.StemNorm ?? Norm;

    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    public override string ToString() => $"{Surface}{Span}";
}
