namespace Marsad.Core.Text;

/// <summary>
/// Per-thread work arrays for stages that need an array as long as the document only while they run (which actor
/// covers each token, which tokens are taken): one array per thread and use, grown as needed and cleared before
/// each use, instead of a new array per document.
/// </summary>
internal static class Scratch
{
    /// <summary>An array of at least <paramref name="length"/> items whose first <paramref name="length"/> items are default.</summary>
    public static T[] Rent<T>(ref T[]? slot, int length)
    {
        var array = slot;
        if (array is null || array.Length < length)
            return slot = new T[Math.Max(length, Math.Max(256, 2 * (array?.Length ?? 0)))];
        Array.Clear(array, 0, length);
        return array;
    }
}
