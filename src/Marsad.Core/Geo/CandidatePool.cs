namespace Marsad.Core.Geo;

/// <summary>
/// The place candidates of the document being processed, one pool per thread: <see cref="PlaceRecognizer"/> takes
/// them with <see cref="Rent"/> and hands them all back when the document is done (no candidate outlives its
/// document: the mentions it yields are new records). Saves an object of some 130 bytes per candidate.
/// </summary>
internal static class CandidatePool
{
    [ThreadStatic] private static List<PlaceRecognizer.Candidate>? _all;
    [ThreadStatic] private static int _used;

    /// <summary>A candidate as new, from this thread's pool.</summary>
    public static PlaceRecognizer.Candidate Rent(int firstToken, int lastToken, string key, string stripped)
    {
        var all = _all ??= new List<PlaceRecognizer.Candidate>();
        if (_used < all.Count)
        {
            var reused = all[_used++];
            reused.Reset(firstToken, lastToken, key, stripped);
            return reused;
        }
        var made = new PlaceRecognizer.Candidate(firstToken, lastToken, key, stripped);
        if (all.Count < MaxPooled) { all.Add(made); _used++; }
        return made;
    }

    /// <summary>Every candidate rented on this thread is free again (the caller holds none of them any more).</summary>
    public static void ReturnAll() => _used = 0;

    // a pathological document does not leave a huge pool behind
    private const int MaxPooled = 4096;
}
