namespace Marsad.Core.Text;

/// <summary>
/// One token: where it is, what kind it is, and its <see cref="WordForm"/> (shared with every token spelt the
/// same way). <see cref="Norm"/> is the matching-profile form used for every lexicon lookup; <see cref="Segments"/>
/// and <see cref="Stem"/> appear once the segmenter and stemmer have run.
/// </summary>
public sealed class Token
{
    // The kind (a byte) and the form's id (+1; 0: none, or too large) in three: with the index, the span and the
    // form they fill one 40-byte object, and a stage can read a token's form id without touching the form — most
    // tokens start nothing in most stages, and a dense per-form array answers that (FormFlags, FormCache).
    private readonly ushort _formIdLow;
    private readonly byte _formIdHigh;

    public Token(int index, TextSpan span, WordForm form, TokenKind kind) : this(index, span, form, form.Id, kind)
    {
    }

    /// <summary>With the form's id given (<see cref="WordFormTable"/> keeps it beside the form), so the form is not read.</summary>
    internal Token(int index, TextSpan span, WordForm form, int formId, TokenKind kind)
    {
        Index = index;
        Span = span;
        Form = form;
        Kind = kind;
        int id = formId + 1;
        if ((uint)id < 1u << 24)
        {
            _formIdLow = (ushort)id;
            _formIdHigh = (byte)(id >> 16);
        }
    }

    public Token(int index, TextSpan span, string surface, TokenKind kind, string norm)
        : this(index, span, new WordForm(surface, norm), kind)
    {
    }

    public int Index { get; }

    public TextSpan Span { get; }

    public TokenKind Kind { get; }

    /// <summary><see cref="WordForm.Id"/> of <see cref="Form"/>, read from the token itself when it fits.</summary>
    internal int FormId
    {
        get
        {
            int id = _formIdLow | (_formIdHigh << 16);
            return id != 0 ? id - 1 : Form.Id;
        }
    }

    public WordForm Form { get; }

    public string Surface => Form.Surface;

    public string Norm => Form.Norm;

    /// <summary>
    /// Clitic analysis (Arabic words only; null until <see cref="CliticSegmenter"/> runs). Placed at the token's offset on
    /// each call (a token holds no copy: tokens are the most numerous objects of the pipeline, and few callers ask).
    /// </summary>
    public Segmentation? Segments => Form.Analysis?.At(Span.Start);

    /// <summary>Light10 stem of <see cref="Norm"/> (null until <see cref="LightStemmer"/> runs).</summary>
    public string? Stem => Form.Stem;

    /// <summary>The matching form of the word without its clitics, or <see cref="Norm"/> when not segmented.</summary>
    public string Lemma => Form.Analysis?.StemNorm ?? Norm;

    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

    /// <summary>An Arabic or a Latin comma, the clause break most rules stop at or step over.</summary>
    public bool IsComma => Surface is "،" or ",";

    /// <summary>The word carries the conjunction و as its first clitic ("وقصفت", "والمقاومة").</summary>
    public bool StartsWithWa => Form.Analysis is { Proclitics.Count: > 0 } an && an.Proclitics[0] == "و";

    /// <summary>The matching form without the conjunction و when the segmenter finds it ("ووقع" → "وقع"), else <see cref="Norm"/>.</summary>
    public string NormWithoutWa => StartsWithWa ? Form.NormAfterFirstLetter : Norm;

    /// <summary><see cref="Lemma"/> without a leading ال ("البيان" → "بيان"): <see cref="DefiniteArticle.Off"/>, kept per form.</summary>
    public string LemmaWithoutArticle => Form.LemmaWithoutArticle;

    /// <summary><see cref="Norm"/> without a leading ال, kept per form.</summary>
    public string NormWithoutArticle => Form.NormWithoutArticle;

    /// <summary><see cref="NormWithoutWa"/> without a leading ال ("والقوات" → "قوات"), kept per form.</summary>
    public string NormWithoutWaOrArticle => StartsWithWa ? Form.NormAfterFirstLetterWithoutArticle : Form.NormWithoutArticle;

    /// <summary>Does the segmenter find this clitic attached before the stem ("ل" of "للمرصد", "ب" of "بقصف", "س" of "سيهاجم")?</summary>
    public bool HasProclitic(string clitic) => Form.Analysis is { } an && an.Proclitics.Contains(clitic);

    /// <summary>A preposition joined to the word (ب، ل، ك): "بقصف", "للجيش", "كقائد" — the word is its object, not a subject.</summary>
    public bool HasPrepositionClitic
    {
        get
        {
            if (Form.Analysis is { } an)
                foreach (var p in an.Proclitics) if (p is "ب" or "ل" or "ك") return true;
            return false;
        }
    }

    public override string ToString() => $"{Surface}{Span}";
}
