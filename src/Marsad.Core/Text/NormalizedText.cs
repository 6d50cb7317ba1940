namespace Marsad.Core.Text;

/// <summary>
/// A normalised string with, for every normalised character, the offset of the original character it came from,
/// so a match found in the normalised text can be reported as a span of the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal;

    internal NormalizedText(string text, int[] toOriginal, int originalLength)
    {
        Text = text;
        _toOriginal = toOriginal;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    public int OriginalLength { get; }

    /// <summary>Offset in the original of the character that produced normalised character <paramref name="index"/>.</summary>
    public int ToOriginal(int index) => index >= Text.Length ? OriginalLength : _toOriginal[index];

    /// <summary>The original span covering normalised characters [start, end).</summary>
    public TextSpan ToOriginalSpan(int start, int end)
    {
        if (end <= start) { int at = ToOriginal(start); return new TextSpan(at, at); }
        // The span runs up to the source of the next kept char, so marks and tatweel that normalisation dropped
        // after the last letter stay with their word. Where the next char comes from the same source (one half of
        // an expanded ligature), the span ends after that source char.
        int lastSource = _toOriginal[end - 1];
        int next = ToOriginal(end);
        return new TextSpan(_toOriginal[start], next > lastSource ? next : lastSource + 1);
    }
}
