namespace Marsad.Core.Geo;

/// <summary>A gazetteer entry (GeoNames row, or one of Marsad's extra places), with its admin names resolved.</summary>
public sealed record Place(
    long GeonameId,
    string Name,
    string? NameAr,
    double Latitude,
    double Longitude,
    string CountryCode,
    string CountryName,
    string? Admin1Code,
    string? Admin1Name,
    string? Admin2Name,
    string FeatureClass,
    string FeatureCode,
    long Population);
