using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Where cues start in a document, by class: one bit per class per token, and the last token of each cue. Filled
/// once per document by <see cref="CueRecognizer"/>, so later questions ("is there a negation in the three
/// tokens before this trigger?") are array scans instead of lexicon lookups.
/// </summary>
/// <remarks>
/// The last tokens sit in one flat list sorted by (token, class): the recogniser adds cues in token order, so an
/// add is an append (or an update in place), and a question whose bit is set finds its entry by binary search.
/// Nothing is allocated per cue. While the recogniser fills the marks, the list grows in per-thread arrays;
/// <see cref="Seal"/> then keeps a copy of exactly the entries' length (a document keeps its marks, so the
/// growing arrays are reused for the next document instead of left behind, twice too large).
/// </remarks>
public sealed class CueMarks
{
    // one bit per class: the classes fit in 32 bits, as the entry keys' 5 class bits do (a document keeps an array as long as its tokens)
    private readonly uint[] _masks;
    // (token << 5 | class) of each entry, ascending, and the entry's last token
    private long[] _keys = [];
    private int[] _lasts = [];
    private int _count;
    private bool _pooled;

    [ThreadStatic] private static long[]? _scratchKeys;
    [ThreadStatic] private static int[]? _scratchLasts;

    static CueMarks()
    {
        foreach (var cls in Enum.GetValues<CueClass>())
            if ((int)cls >= 32) throw new InvalidOperationException($"cue class {cls}: CueMarks keeps 32 classes per token");
    }

    public CueMarks(int tokenCount) => _masks = new uint[tokenCount];

    /// <summary>Marks to fill and then <see cref="Seal"/>: the entries grow in this thread's reusable arrays.</summary>
    internal static CueMarks Filling(int tokenCount)
    {
        var marks = new CueMarks(tokenCount) { _keys = _scratchKeys ?? [], _lasts = _scratchLasts ?? [], _pooled = true };
        _scratchKeys = null;   // (a nested fill would not share them)
        _scratchLasts = null;
        return marks;
    }

    /// <summary>Ends filling: keeps the entries in arrays of their exact length and hands the growing ones back to the thread.</summary>
    internal CueMarks Seal()
    {
        if (!_pooled) return this;
        _pooled = false;
        var keys = _keys;
        var lasts = _lasts;
        _keys = _count == 0 ? [] : keys.AsSpan(0, _count).ToArray();
        _lasts = _count == 0 ? [] : lasts.AsSpan(0, _count).ToArray();
        _scratchKeys = keys;
        _scratchLasts = lasts;
        return this;
    }

    public static CueMarks Empty { get; } = new(0);

    internal void Add(int token, CueClass cls, int last)
    {
        uint bit = 1u << (int)cls;
        long key = ((long)token << 5) | (long)cls;
        if ((_masks[token] & bit) != 0)
        {
            int at = IndexOf(key);
            if (_lasts[at] < last) _lasts[at] = last;   // keep the longest cue of a class
            return;
        }
        _masks[token] |= bit;
        int pos = _count;
        if (pos > 0 && _keys[pos - 1] > key) pos = ~Array.BinarySearch(_keys, 0, _count, key);   // out of order: insert
        if (_count == _keys.Length)
        {
            int size = Math.Max(16, 2 * _keys.Length);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _lasts, size);
        }
        if (pos < _count)
        {
            Array.Copy(_keys, pos, _keys, pos + 1, _count - pos);
            Array.Copy(_lasts, pos, _lasts, pos + 1, _count - pos);
        }
        _keys[pos] = key;
        _lasts[pos] = last;
        _count++;
    }

    private int IndexOf(long key)
    {
        // most lookups are for the entry just added, or a near one: check the end first
        if (_count > 0 && _keys[_count - 1] == key) return _count - 1;
        return Array.BinarySearch(_keys, 0, _count, key);
    }

    /// <summary>Does a cue of <paramref name="cls"/> start at token <paramref name="i"/> and end before <paramref name="end"/>?</summary>
    public bool IsAt(CueClass cls, int i, int end, out int last)
    {
        last = i;
        if (i < 0 || i >= _masks.Length || (_masks[i] & (1 << (int)cls)) == 0) return false;
        last = _lasts[IndexOf(((long)i << 5) | (long)cls)];
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
