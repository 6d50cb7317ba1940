namespace Marsad.Core.Geo;

/// <summary>
/// Air and military bases (data/geo/places-extra.tsv, feature codes AIRB and MILB) and whose forces hold each: the
/// row's operator, else its host country. A strike on "مطار التيفور" hits Syria's army; one on "قاعدة حميميم", Russia's.
/// </summary>
public sealed class MilitarySites
{
    private static readonly Lazy<MilitarySites> _default = new(() => Load(MarsadData.Path("geo", "places-extra.tsv")));

    public static MilitarySites Default => _default.Value;

    private readonly Dictionary<string, string> _holder;

    private MilitarySites(Dictionary<string, string> holder) => _holder = holder;

    public static MilitarySites Load(string path) => new(GeoTables.ReadExtraPlaces(path)
        .Where(r => r.FeatureCode is "AIRB" or "MILB")
        .ToDictionary(r => r.NameEn, r => r.Operator ?? r.Iso2, StringComparer.Ordinal));

    /// <summary>The ISO2 of the state whose forces hold the base, or null when the place is no base.</summary>
    public string? HolderOf(Place place) =>
        place.FeatureCode is "AIRB" or "MILB" && _holder.TryGetValue(place.Name, out var iso2) ? iso2 : null;
}
