using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Where cues start in a document, by class: one bit per class per token, and the last token of each cue. Filled
/// once per document by <see cref="CueRecognizer"/>, so later questions ("is there a negation in the three
/// tokens before this trigger?") are array scans instead of lexicon lookups.
/// </summary>
public sealed class CueMarks
{
    private readonly uint[] _masks;
    private readonly Dictionary<long, int> _last = new();

    public CueMarks(int tokenCount) => _masks = new uint[tokenCount];

    public static CueMarks Empty { get; } = new(0);

    internal void Add(int token, CueClass cls, int last)
    {
        uint bit = 1u << (int)cls;
        long key = ((long)token << 5) | (long)cls;
        if ((_masks[token] & bit) != 0 && _last[key] >= last) return;   // keep the longest cue of a class
        _masks[token] |= bit;
        _last[key] = last;
    }

    /// <summary>Does a cue of <paramref name="cls"/> start at token <paramref name="i"/> and end before <paramref name="end"/>?</summary>
    public bool IsAt(CueClass cls, int i, int end, out int last)
    {
        last = i;
        if (i < 0 || i >= _masks.Length || (_masks[i] & (1u << (int)cls)) == 0) return false;
        last = _last[((long)i << 5) | (long)cls];
        return last < end;
    }

    /// <summary>The first cue of <paramref name="cls"/> starting in tokens [from, to).</summary>
    public (int First, int Last)? Find(CueClass cls, int from, int to)
    {
        for (int i = Math.Max(0, from); i < to && i < _masks.Length; i++)
            if (IsAt(cls, i, to, out int last)) return (i, last);
        return null;
    }

    /// <summary>The last cue of <paramref name="cls"/> starting in tokens [from, to).</summary>
    public (int First, int Last)? FindLast(CueClass cls, int from, int to)
    {
        for (int i = Math.Min(to, _masks.Length) - 1; i >= Math.Max(0, from); i--)
            if (IsAt(cls, i, to, out int last)) return (i, last);
        return null;
    }
}
