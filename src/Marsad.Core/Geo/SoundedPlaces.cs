namespace Marsad.Core.Geo;

/// <summary>
/// The gazetteer's places by the consonant skeleton of their GeoNames name (<see cref="ConsonantSkeleton"/>), for
/// towns the gazetteer names only in Latin letters: most of Turkey's, the United States', Nigeria's, Pakistan's
/// (GeoNames gives Arabic names to under a fifth of them). Countries whose places nearly all carry Arabic names are
/// left out: a name missing there is a village the gazetteer lacks, not a spelling it lacks, and a namesake by
/// sound would put it in the wrong place. Built once per gazetteer, on first use.
/// </summary>
public sealed class SoundedPlaces
{
    // (the Arab countries — whose press names most of their towns as GeoNames does, or by a word — and Iran,
    // Afghanistan and Israel, whose towns GeoNames mostly names in Arabic letters: ≥ 85 % of cities500's places)
    private static readonly HashSet<string> NamedInArabic = new(StringComparer.Ordinal)
    {
        "SY", "IQ", "YE", "JO", "LB", "PS", "BH", "IR", "AF", "IL", "SA", "KW", "QA", "AE", "OM", "EG", "LY", "TN", "DZ", "MA", "SD", "MR", "SO", "DJ", "KM",
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gazetteer, SoundedPlaces> Built = new();

    private readonly Gazetteer _g;
    private readonly Dictionary<string, List<int>> _bySkeleton = new(StringComparer.Ordinal);

    private SoundedPlaces(Gazetteer g)
    {
        _g = g;
        for (int i = 0; i < g.PlaceCount; i++)
        {
            if (g.Kind(i) != PlaceKind.GeoNames || NamedInArabic.Contains(g.CountryCode(i))) continue;
            string k = ConsonantSkeleton.OfLatin(g.Name(i), g.CountryCode(i));
            if (k.Length < 3) continue;
            if (!_bySkeleton.TryGetValue(k, out var list)) _bySkeleton[k] = list = new List<int>(1);
            list.Add(i);
        }
    }

    public static SoundedPlaces Of(Gazetteer g) => Built.GetValue(g, x => new SoundedPlaces(x));

    /// <summary>
    /// The most populous place whose name sounds like <paramref name="arabicKey"/> in a country the document points
    /// to; -1 when none, or when the name has fewer than three consonants (too many namesakes by sound).
    /// </summary>
    public int Find(string arabicKey, Func<string, bool> countryInPlay)
    {
        string k = ConsonantSkeleton.OfArabic(arabicKey);
        if (k.Length < 3 || !_bySkeleton.TryGetValue(k, out var list)) return -1;
        int best = -1;
        foreach (int i in list)
            if (countryInPlay(_g.CountryCode(i)) && (best < 0 || _g.Population(i) > _g.Population(best))) best = i;
        return best;
    }
}
