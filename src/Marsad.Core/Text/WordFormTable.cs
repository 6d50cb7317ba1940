namespace Marsad.Core.Text;

/// <summary>
/// Interns word forms: a token's characters are looked up without allocating a string, and every token spelt
/// the same way gets the same <see cref="WordForm"/>. Open addressing over one array of slots, each holding a 64-bit
/// key (a strong hash of the characters with the length folded in), the form and its id side by side: a lookup — the
/// tokeniser's hottest path — reads one slot (one cache line) and neither the form object nor the candidate's
/// characters, and the id goes into the token without touching the form: with 64-bit keys the chance that any two
/// of a million distinct forms share a key is about 3 in 100 million, which we accept for the speed. Readers
/// take no lock: a writer stores the key before publishing the form, and a resize publishes new arrays in one
/// reference swap. Bounded, so a huge or hostile input cannot grow it without limit.
/// </summary>
public sealed class WordFormTable
{
    private const int MaxForms = 1_000_000;
    private const int MaxLength = 40;   // longer "words" (hashes, run-ons) are not worth keeping

    // The table is far larger than the caches: slots that keep key, form and id together cost one memory access
    // per token instead of three (key array, form array, then the form itself for its id).
    private struct Slot
    {
        public long Key;
        public WordForm? Form;
        public int Id;
    }

    private sealed class Slots(int size)
    {
        public readonly Slot[] Items = new Slot[size];
        public int Mask => Items.Length - 1;
    }

    private readonly ArabicNormalizer _normalizer;
    private readonly Lock _writeLock = new();
    private volatile Slots _slots = new(1 << 17);
    private int _count;

    public WordFormTable(ArabicNormalizer normalizer) => _normalizer = normalizer;

    public int Count => _count;

    public WordForm Get(ReadOnlySpan<char> surface) => Get(surface, out _);

    /// <summary>As <see cref="Get(ReadOnlySpan{char})"/>, with the form's <see cref="WordForm.Id"/> read from the table.</summary>
    internal WordForm Get(ReadOnlySpan<char> surface, out int id)
    {
        if (surface.Length > MaxLength) { id = -1; return Create(surface); }
        long key = Key(surface);
        var items = _slots.Items;
        int mask = items.Length - 1;
        for (int i = (int)key & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref items[i];
            var form = Volatile.Read(ref slot.Form);   // the form is published last: key and id are set when it is
            if (form is null) break;
            if (slot.Key == key) { id = slot.Id; return form; }
        }
        var added = Add(surface, key);
        id = added.Id;
        return added;
    }

    private WordForm Add(ReadOnlySpan<char> surface, long key)
    {
        lock (_writeLock)
        {
            var slots = _slots;
            int i = (int)key & slots.Mask;
            for (; slots.Items[i].Form is { } existing; i = (i + 1) & slots.Mask)
                if (slots.Items[i].Key == key) return existing;   // added meanwhile
            if (_count >= MaxForms) return Create(surface);
            var form = Create(surface, interned: true);
            if (_count + 1 > slots.Items.Length / 2)
            {
                slots = Grow(slots);
                for (i = (int)key & slots.Mask; slots.Items[i].Form is not null; i = (i + 1) & slots.Mask) { }
            }
            ref var slot = ref slots.Items[i];
            slot.Key = key;
            slot.Id = form.Id;
            Volatile.Write(ref slot.Form, form);   // publish after the key and id
            _count++;
            return form;
        }
    }

    private Slots Grow(Slots old)
    {
        var grown = new Slots(old.Items.Length * 2);
        foreach (var slot in old.Items)
        {
            if (slot.Form is null) continue;
            int i = (int)slot.Key & grown.Mask;
            while (grown.Items[i].Form is not null) i = (i + 1) & grown.Mask;
            grown.Items[i] = slot;
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
