namespace Marsad.Core.Text;

/// <summary>
/// A yes/no answer per written form, in a byte array indexed by <see cref="WordForm.Id"/>: for a stage's "can this
/// word start anything of mine?" test, so the tokens that start nothing (most of them) cost one read of a dense array
/// and no hashing of their text. Only for answers that depend on the form alone. Forms without an id are never
/// cached. Lock-free like <see cref="FormCache{T}"/>: a byte store is atomic, and an answer lost to a concurrent resize
/// is simply computed again.
/// </summary>
public sealed class FormFlags
{
    private const int MaxIds = 1 << 22;
    private const byte No = 1, Yes = 2;
    private readonly Lock _growLock = new();
    private byte[] _flags = new byte[1 << 16];

    /// <summary>The cached answer for <paramref name="form"/>, computed by <paramref name="compute"/> on first use.</summary>
    public bool Get<TState>(WordForm form, TState state, Func<TState, bool> compute) => Get(form.Id, state, compute);

    /// <summary>As <see cref="Get{TState}(WordForm, TState, Func{TState, bool})"/>, by the form's id (<see cref="Token.FormId"/>).</summary>
    public bool Get<TState>(int id, TState state, Func<TState, bool> compute)
    {
        var flags = _flags;
        if ((uint)id < (uint)flags.Length && flags[id] != 0) return flags[id] == Yes;
        bool answer = compute(state);
        if ((uint)id < MaxIds)
        {
            if (id >= flags.Length) flags = Grow(id);
            flags[id] = answer ? Yes : No;
        }
        return answer;
    }

    private byte[] Grow(int id)
    {
        lock (_growLock)
        {
            var flags = _flags;
            if (id < flags.Length) return flags;
            int size = flags.Length;
            while (size <= id) size *= 2;
            var grown = new byte[Math.Min(size, MaxIds)];
            flags.CopyTo(grown, 0);
            _flags = grown;
            return grown;
        }
    }
}
