namespace Marsad.Core.Text;

/// <summary>
/// What a stage computes once per written form, kept in an array indexed by <see cref="WordForm.Id"/>: a lookup is
/// one array read, where a dictionary keyed by the form's string would hash it and compare characters. Forms
/// without an id (made outside a <see cref="WordFormTable"/>) are never cached. Readers take no lock: a value is
/// published with one reference store, and a value lost to a concurrent resize is simply computed again. Bounded,
/// like the tables that hand out the ids.
/// </summary>
public sealed class FormCache<T> where T : class
{
    private const int MaxIds = 1 << 22;
    private readonly Lock _growLock = new();
    private T?[] _items = new T?[1 << 14];

    public T? Get(WordForm form) => Get(form.Id);

    /// <summary>By the form's id (<see cref="Token.FormId"/> reads it without touching the form).</summary>
    public T? Get(int id)
    {
        var items = _items;
        return (uint)id < (uint)items.Length ? items[id] : null;
    }

    public void Set(WordForm form, T value)
    {
        int id = form.Id;
        if ((uint)id >= MaxIds) return;
        var items = _items;
        if (id >= items.Length) items = Grow(id);
        items[id] = value;
    }

    private T?[] Grow(int id)
    {
        lock (_growLock)
        {
            var items = _items;
            if (id < items.Length) return items;
            int size = items.Length;
            while (size <= id) size *= 2;
            var grown = new T?[Math.Min(size, MaxIds)];
            items.CopyTo(grown, 0);
            _items = grown;
            return grown;
        }
    }
}
