namespace Marsad.Core.Text;

/// <summary>
/// One written form of a word, shared by every token spelt that way: its matching form, and — filled once per
/// form by the segmenter and stemmer — its clitic analysis and stem. Sharing is what makes the text layer fast:
/// news vocabulary is heavy-tailed, so most tokens reuse work done for an earlier token.
/// </summary>
public sealed class WordForm
{
    private static int _nextId;

    /// <summary>A form of its own, outside any <see cref="WordFormTable"/> (<see cref="Id"/> is -1: never cached per form).</summary>
    public WordForm(string surface, string norm) : this(surface, norm, interned: false)
    {
    }

    internal WordForm(string surface, string norm, bool interned)
    {
        Surface = surface;
        Norm = norm;
        Id = interned ? Interlocked.Increment(ref _nextId) - 1 : -1;
    }

    public string Surface { get; }

    public string Norm { get; }

    /// <summary>
    /// The normalised form without its first letter — <see cref="Token.NormWithoutWa"/> of a word that opens with و —
    /// made once per form: the event rules ask it of every word around every trigger.
    /// </summary>
    internal string NormAfterFirstLetter => _normAfterFirstLetter ??= Norm.Length > 0 ? Norm[1..] : Norm;

    private string? _normAfterFirstLetter;

    // The same forms without a leading ال (DefiniteArticle.Off copies the word at each call), made once per form; the
    // lemma's is kept with the analysis it was read from, which the segmenter sets.
    internal string NormWithoutArticle => _normWithoutArticle ??= DefiniteArticle.Off(Norm);

    internal string NormAfterFirstLetterWithoutArticle => _normAfterFirstLetterWithoutArticle ??= DefiniteArticle.Off(NormAfterFirstLetter);

    internal string LemmaWithoutArticle
    {
        get
        {
            var analysis = Analysis;
            if (_lemmaWithoutArticle is { } kept && ReferenceEquals(kept.Of, analysis)) return kept.Value;
            var made = new KeptFor(analysis, DefiniteArticle.Off(analysis?.StemNorm ?? Norm));
            _lemmaWithoutArticle = made;   // (one reference: a reader on another thread sees the pair whole)
            return made.Value;
        }
    }

    private string? _normWithoutArticle, _normAfterFirstLetterWithoutArticle;
    private KeptFor? _lemmaWithoutArticle;

    private sealed record KeptFor(SegmentAnalysis? Of, string Value);

    /// <summary>
    /// Process-wide number of an interned form (0, 1, 2 …), -1 for a form made outside a table. Stages keep what they
    /// compute per form in arrays indexed by it (<see cref="FormCache{T}"/>): one array read instead of a hash lookup.
    /// </summary>
    public int Id { get; }

    /// <summary>The phrase-matching keys of the form (<see cref="Actors.FormKeys"/>), set on first use.</summary>
    internal Actors.FormKeys? PhraseKeys { get; set; }

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
