namespace Marsad.Core.Geo;

/// <summary>
/// Hash tables over the gazetteer's sorted name keys, for the recogniser's hot questions: "is this a key?" and "does
/// a longer multi-word key start with this plus a space?". Each answer is one hash and a comparison or two, where a
/// binary search over 320 K keys compares about 18 of them. Built once from the key arrays (open addressing over key
/// indices; no strings allocated); read-only afterwards.
/// </summary>
internal sealed class GazetteerKeyIndex
{
    private readonly int[] _offsets;
    private readonly char[] _chars;
    // slot → key index + 1 (0: empty)
    private readonly int[] _exact;
    // slot → (key index << 16 | prefix length) + 1 for every distinct word-boundary prefix ("دير" of "دير الزور")
    private readonly long[] _prefixes;

    public GazetteerKeyIndex(int[] offsets, char[] chars)
    {
        _offsets = offsets;
        _chars = chars;
        int count = offsets.Length - 1;
        _exact = new int[TableSize(count)];
        int spaced = 0;
        for (int k = 0; k < count; k++)
        {
            var key = KeyAt(k);
            Insert(_exact, Hash(key), k + 1);
            spaced += key.Count(' ');
        }
        _prefixes = new long[TableSize(spaced)];
        for (int k = 0; k < count; k++)
        {
            var key = KeyAt(k);
            for (int p = key.IndexOf(' '); p >= 0; p = NextSpace(key, p))
            {
                var prefix = key[..p];
                if (p > ushort.MaxValue || HasLonger(prefix)) continue;
                Insert(_prefixes, Hash(prefix), ((long)k << 16 | (uint)p) + 1);
            }
        }

        static int NextSpace(ReadOnlySpan<char> key, int p)
        {
            int next = key[(p + 1)..].IndexOf(' ');
            return next < 0 ? -1 : p + 1 + next;
        }
    }

    /// <summary>The index of <paramref name="key"/> among the sorted keys, or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, Hash(key));

    /// <summary><see cref="Find(ReadOnlySpan{char})"/> and <see cref="HasLonger"/> with one hash of the key (both tables use the same hash).</summary>
    public (bool Exact, bool Longer) Probe(ReadOnlySpan<char> key)
    {
        uint hash = Hash(key);
        return (Find(key, hash) >= 0, HasLonger(key, hash));
    }

    private int Find(ReadOnlySpan<char> key, uint hash)
    {
        int mask = _exact.Length - 1;
        for (int i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            int entry = _exact[i];
            if (entry == 0) return -1;
            if (KeyAt(entry - 1).SequenceEqual(key)) return entry - 1;
        }
    }

    /// <summary>True when some key starts with <paramref name="prefix"/> followed by a space.</summary>
    public bool HasLonger(ReadOnlySpan<char> prefix) => HasLonger(prefix, Hash(prefix));

    private bool HasLonger(ReadOnlySpan<char> prefix, uint hash)
    {
        int mask = _prefixes.Length - 1;
        for (int i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            long entry = _prefixes[i];
            if (entry == 0) return false;
            entry--;
            int k = (int)(entry >> 16), length = (int)(entry & 0xFFFF);
            if (length == prefix.Length && KeyAt(k)[..length].SequenceEqual(prefix)) return true;
        }
    }

    private ReadOnlySpan<char> KeyAt(int k) => _chars.AsSpan(_offsets[k], _offsets[k + 1] - _offsets[k]);

    // at most half full
    private static int TableSize(int count) => (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * count + 1)));

    private static void Insert<T>(T[] table, uint hash, T value) where T : struct, IEquatable<T>
    {
        int mask = table.Length - 1;
        int i = (int)hash & mask;
        while (!table[i].Equals(default)) i = (i + 1) & mask;
        table[i] = value;
    }

    // FNV-1a over the characters, then a final mix so the low bits (the slot) depend on every character.
    private static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        h ^= h >> 15; h *= 0x2c1b3c6d; h ^= h >> 12;
        return h;
    }
}
