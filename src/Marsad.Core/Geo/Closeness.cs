namespace Marsad.Core.Geo;

/// <summary>
/// exp(-km/150) between two gazetteer entries, the resolver's closeness factor, remembered per thread: the same
/// pairs come back in every pass over a document and across documents on the same region, and the haversine
/// (sines, cosines, an arcsine) and the exponential cost far more than a lookup. A remembered value is the one
/// computed, so results are bit-identical.
/// </summary>
internal static class Closeness
{
    private const int MaxPairs = 1 << 14;

    [ThreadStatic] private static Dictionary<long, double>? _factors;

    public static double Factor(Gazetteer g, int e, int oc) => Factor(Table(), g, e, oc);

    /// <summary>The calling thread's table, for a loop over many pairs (<see cref="Factor(Dictionary{long, double}, Gazetteer, int, int)"/>).</summary>
    public static Dictionary<long, double> Table() => _factors ??= new Dictionary<long, double>(MaxPairs);

    public static double Factor(Dictionary<long, double> factors, Gazetteer g, int e, int oc)
    {
        long pair = (long)e << 32 | (uint)oc;
        if (factors.TryGetValue(pair, out double f)) return f;
        double km = GeoDistance.Km(g.Latitude(e), g.Longitude(e), g.Latitude(oc), g.Longitude(oc));
        f = Math.Exp(-km / 150.0);
        if (factors.Count >= MaxPairs) factors.Clear();   // bounded: a long run over many regions starts afresh
        factors[pair] = f;
        return f;
    }
}
