using System.Collections.Concurrent;

namespace Marsad.Core.Text;

/// <summary>
/// Interns word forms: a token's characters are looked up without allocating a string, and every token spelt
/// the same way gets the same <see cref="WordForm"/>. Thread-safe and bounded.
/// </summary>
public sealed class WordFormTable
{
    private const int MaxForms = 1_000_000;
    private const int MaxLength = 40;   // longer "words" (hashes, run-ons) are not worth keeping

    private readonly ConcurrentDictionary<string, WordForm> _forms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ArabicNormalizer _normalizer;

    public WordFormTable(ArabicNormalizer normalizer)
    {
        _normalizer = normalizer;
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // ConcurrentDictionary.Count takes every lock of the table; a counter of our own costs nothing.
    private int _count;

    public int Count => _count;

    public WordForm Get(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxLength) return Create(surface);
        if (_lookup.TryGetValue(surface, out var form)) return form;
        form = Create(surface);
        if (_count >= MaxForms) return form;
        var stored = _forms.GetOrAdd(form.Surface, form);
        if (ReferenceEquals(stored, form)) Interlocked.Increment(ref _count);
        return stored;
    }

    private WordForm Create(ReadOnlySpan<char> surface)
    {
        string s = new(surface);
        return new WordForm(s, _normalizer.Normalize(s));
    }
}
