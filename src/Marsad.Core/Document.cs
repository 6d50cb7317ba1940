using Marsad.Core.Text;

namespace Marsad.Core;

/// <summary>
/// One article and everything the pipeline has learnt about it. The original text never changes; every stage
/// adds annotations whose spans point into it (spaCy's Doc, in spirit). Stages in other folders add their own
/// layers as partial-class files next to the stage (e.g. Geo/Document.Places.cs), so each layer lives beside the
/// code that fills it.
/// </summary>
public sealed partial class Document
{
    public Document(string text, string id = "doc", DateOnly? published = null, string? outlet = null, string? title = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Id = id;
        Published = published;
        Outlet = outlet;
        Title = title;
    }

    public string Id { get; }

    /// <summary>The original text, exactly as read. All spans index into this string.</summary>
    public string Text { get; }

    public DateOnly? Published { get; set; }

    public string? Outlet { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>Sentences in text order (filled by <see cref="SentenceSplitter"/>).</summary>
    public List<Sentence> Sentences { get; } = new();

    /// <summary>Tokens in text order (filled by <see cref="Tokenizer"/>; segments and stems added later).</summary>
    public List<Token> Tokens { get; } = new();

    public string Slice(TextSpan span) => span.Slice(Text);

    /// <summary>The sentence that holds character <paramref name="offset"/> (sentences are in text order), or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Span.Start) hi = mid - 1;
            else if (offset >= s.Span.End) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
