namespace Marsad.Core.Text;

/// <summary>
/// Interns word forms: a token's characters are looked up without allocating a string, and every token spelt
/// the same way gets the same <see cref="WordForm"/>. A chained hash table with a cheap FNV-1a hash: readers take
/// no lock (entries never change once published, and a resize publishes a new bucket array); writers take one.
/// Bounded, so a huge or hostile input cannot grow it without limit.
/// </summary>
public sealed class WordFormTable
{
    private const int MaxForms = 1_000_000;
    private const int MaxLength = 40;   // longer "words" (hashes, run-ons) are not worth keeping

    private sealed class Entry(int hash, WordForm form, Entry? next)
    {
        public readonly int Hash = hash;
        public readonly WordForm Form = form;
        public readonly Entry? Next = next;
    }

    private readonly ArabicNormalizer _normalizer;
    private readonly object _writeLock = new();
    private volatile Entry?[] _buckets = new Entry?[1 << 16];
    private int _count;

    public WordFormTable(ArabicNormalizer normalizer) => _normalizer = normalizer;

    public int Count => _count;

    public WordForm Get(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxLength) return Create(surface);
        int hash = Hash(surface);
        var buckets = _buckets;
        for (var e = buckets[hash & (buckets.Length - 1)]; e is not null; e = e.Next)
            if (e.Hash == hash && surface.SequenceEqual(e.Form.Surface)) return e.Form;
        return Add(surface, hash);
    }

    private WordForm Add(ReadOnlySpan<char> surface, int hash)
    {
        lock (_writeLock)
        {
            var buckets = _buckets;
            int i = hash & (buckets.Length - 1);
            for (var e = buckets[i]; e is not null; e = e.Next)
                if (e.Hash == hash && surface.SequenceEqual(e.Form.Surface)) return e.Form;   // added meanwhile
            var form = Create(surface);
            if (_count >= MaxForms) return form;
            if (_count > buckets.Length * 3 / 4)
            {
                buckets = Grow(buckets);
                i = hash & (buckets.Length - 1);
            }
            Volatile.Write(ref buckets[i], new Entry(hash, form, buckets[i]));
            _count++;
            return form;
        }
    }

    // New chains in a new array; readers still walking the old array see it unchanged.
    private Entry?[] Grow(Entry?[] old)
    {
        var grown = new Entry?[old.Length * 2];
        foreach (var head in old)
            for (var e = head; e is not null; e = e.Next)
            {
                int i = e.Hash & (grown.Length - 1);
                grown[i] = new Entry(e.Hash, e.Form, grown[i]);
            }
        _buckets = grown;
        return grown;
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }

    private WordForm Create(ReadOnlySpan<char> surface)
    {
        string s = new(surface);
        return new WordForm(s, _normalizer.Normalize(s));
    }
}
