namespace Marsad.Core.Text;

/// <summary>
/// Interns word forms: a token's characters are looked up without allocating a string, and every token spelt
/// the same way gets the same <see cref="WordForm"/>. Open addressing over two parallel arrays: 64-bit keys (a
/// strong hash of the characters with the length folded in) and forms. A lookup touches only the dense key array
/// — the tokeniser's hottest path — and never the candidate's characters: with 64-bit keys the chance that any two
/// of a million distinct forms share a key is about 3 in 100 million, which we accept for the speed. Readers
/// take no lock: a writer stores the key before publishing the form, and a resize publishes new arrays in one
/// reference swap. Bounded, so a huge or hostile input cannot grow it without limit.
/// </summary>
public sealed class WordFormTable
{
    private const int MaxForms = 1_000_000;
    private const int MaxLength = 40;   // longer "words" (hashes, run-ons) are not worth keeping

    private sealed class Slots(int size)
    {
        public readonly long[] Keys = new long[size];
        public readonly WordForm?[] Forms = new WordForm?[size];
        public int Mask => Forms.Length - 1;
    }

    private readonly ArabicNormalizer _normalizer;
    private readonly object _writeLock = new();
    private volatile Slots _slots = new(1 << 17);
    private int _count;

    public WordFormTable(ArabicNormalizer normalizer) => _normalizer = normalizer;

    public int Count => _count;

    public WordForm Get(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxLength) return Create(surface);
        long key = Key(surface);
        var slots = _slots;
        for (int i = (int)key & slots.Mask; ; i = (i + 1) & slots.Mask)
        {
            var form = Volatile.Read(ref slots.Forms[i]);
            if (form is null) break;
            if (slots.Keys[i] == key) return form;
        }
        return Add(surface, key);
    }

    private WordForm Add(ReadOnlySpan<char> surface, long key)
    {
        lock (_writeLock)
        {
            var slots = _slots;
            int i = (int)key & slots.Mask;
            for (; slots.Forms[i] is { } existing; i = (i + 1) & slots.Mask)
                if (slots.Keys[i] == key) return existing;   // added meanwhile
            if (_count >= MaxForms) return Create(surface);
            var form = Create(surface, interned: true);
            if (_count + 1 > slots.Forms.Length / 2)
            {
                slots = Grow(slots);
                for (i = (int)key & slots.Mask; slots.Forms[i] is not null; i = (i + 1) & slots.Mask) { }
            }
            slots.Keys[i] = key;
            Volatile.Write(ref slots.Forms[i], form);   // publish after the key
            _count++;
            return form;
        }
    }

    private Slots Grow(Slots old)
    {
        var grown = new Slots(old.Forms.Length * 2);
        for (int k = 0; k < old.Forms.Length; k++)
        {
            if (old.Forms[k] is not { } form) continue;
            int i = (int)old.Keys[k] & grown.Mask;
            while (grown.Forms[i] is not null) i = (i + 1) & grown.Mask;
            grown.Keys[i] = old.Keys[k];
            grown.Forms[i] = form;
        }
        _slots = grown;
        return grown;
    }

    // FNV-1a over the characters, the length folded in, then a 64-bit finaliser (splitmix64) to spread the bits.
    private static long Key(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037UL ^ (ulong)s.Length;
        foreach (char c in s) h = (h ^ c) * 1099511628211UL;
        h ^= h >> 30; h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27; h *= 0x94d049bb133111ebUL;
        h ^= h >> 31;
        return (long)h;
    }

    private WordForm Create(ReadOnlySpan<char> surface, bool interned = false)
    {
        string s = new(surface);
        return new WordForm(s, _normalizer.Normalize(s), interned);
    }
}
