namespace Marsad.Core.Text;

/// <summary>
/// A small per-form value (a byte of bits, 0: not computed) in a byte array indexed by <see cref="WordForm.Id"/>: for
/// what a stage computes once per written form as a few flags, without an object per form (objects made for each
/// new form outlive many collections, and that is what collections cost). Forms without an id are never cached.
/// Lock-free: a byte store is atomic, and a value lost to a concurrent resize is simply computed again.
/// </summary>
internal sealed class FormBytes
{
    private const int MaxIds = 1 << 22;
    private readonly Lock _growLock = new();
    private byte[] _bytes = new byte[1 << 16];

    /// <summary>The stored byte for form id <paramref name="id"/> (<see cref="Token.FormId"/>), 0 when none.</summary>
    public byte Get(int id)
    {
        var bytes = _bytes;
        return (uint)id < (uint)bytes.Length ? bytes[id] : (byte)0;
    }

    public void Set(int id, byte value)
    {
        if ((uint)id >= MaxIds) return;
        var bytes = _bytes;
        if (id >= bytes.Length) bytes = Grow(id);
        bytes[id] = value;
    }

    private byte[] Grow(int id)
    {
        lock (_growLock)
        {
            var bytes = _bytes;
            if (id < bytes.Length) return bytes;
            int size = bytes.Length;
            while (size <= id) size *= 2;
            var grown = new byte[Math.Min(size, MaxIds)];
            bytes.CopyTo(grown, 0);
            _bytes = grown;
            return grown;
        }
    }
}
