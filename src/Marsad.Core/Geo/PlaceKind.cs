namespace Marsad.Core.Geo;

/// <summary>Where a gazetteer entry comes from: a GeoNames row, Marsad's extra places, an admin-1 unit, or a country.</summary>
public enum PlaceKind : byte
{
    GeoNames = 0,
    Extra = 1,
    Admin1 = 2,
    Country = 3,
}
