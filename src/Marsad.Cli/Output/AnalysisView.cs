using Marsad.Core;

namespace Marsad.Cli.Output;

/// <summary>The JSON shape of <c>marsad analyze --format json</c>: every item carries its [start, end) span.</summary>
public sealed record AnalysisView(string Id, int Length, IReadOnlyList<AnalysisView.SentenceView> Sentences,
    IReadOnlyList<AnalysisView.NumberView> Numbers, IReadOnlyList<AnalysisView.DateView> Dates)
{
    public sealed record SpanView(int Start, int End);

    public sealed record TokenView(int Index, SpanView Span, string Text, string Kind, string Norm, string? Segments,
        SpanView? StemSpan, string? Stem);

    public sealed record SentenceView(int Index, SpanView Span, string Text, IReadOnlyList<TokenView> Tokens);

    public sealed record NumberView(SpanView Span, string Text, decimal Value, string Qualifier);

    public sealed record DateView(SpanView Span, string Text, string Date, int Precision, string Kind);

    public static AnalysisView From(Document d)
    {
        static SpanView S(TextSpan s) => new(s.Start, s.End);
        var sentences = d.Sentences.Select(s => new SentenceView(s.Index, S(s.Span), d.Slice(s.Span),
            d.Tokens.Skip(s.FirstToken).Take(s.TokenCount).Select(t => new TokenView(t.Index, S(t.Span), t.Surface,
                t.Kind.ToString(), t.Norm, t.Segments?.ToString(), t.Segments is null ? null : S(t.Segments.StemSpan), t.Stem)).ToList())).ToList();
        var numbers = d.Numbers.Select(n => new NumberView(S(n.Span), d.Slice(n.Span), n.Value, n.Qualifier.ToString())).ToList();
        var dates = d.Dates.Select(x => new DateView(S(x.Span), d.Slice(x.Span), x.Date.Date.ToString("yyyy-MM-dd"), (int)x.Date.Precision, x.Kind.ToString())).ToList();
        return new AnalysisView(d.Id, d.Text.Length, sentences, numbers, dates);
    }
}
