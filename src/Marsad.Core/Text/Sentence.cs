namespace Marsad.Core.Text;

/// <summary>A sentence: its span and the range of token indices [FirstToken, FirstToken + TokenCount).</summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
