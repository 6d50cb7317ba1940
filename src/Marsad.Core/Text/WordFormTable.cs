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

    public int Count => _forms.Count;

    public WordForm Get(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxLength) return Create(surface);
        if (_lookup.TryGetValue(surface, out var form)) return form;
        form = Create(surface);
        return _forms.Count < MaxForms ? _forms.GetOrAdd(form.Surface, form) : form;
    }

    private WordForm Create(ReadOnlySpan<char> surface)
    {
        string s = new(surface);
        return new WordForm(s, _normalizer.Normalize(s));
    }
}
