namespace Marsad.Core;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
