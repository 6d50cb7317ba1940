namespace Marsad.Core.Geo;

/// <summary>
/// A place named in the text and, once resolved, the gazetteer place it refers to. <see cref="GeoPrecision"/> is
/// ACLED's: 1 the town itself, 2 near a town or part of a region ("ريف حلب", "قرب X"), 3 only a region (its
/// capital's coordinates). <see cref="Relation"/> keeps a relative phrase ("north of", "countryside", "near").
/// </summary>
public sealed record PlaceMention(
    TextSpan Span,
    string Surface,
    int FirstToken,
    int LastToken,
    Place? Place,
    int GeoPrecision,
    string? Relation,
    double Confidence)
{
    public bool IsResolved => Place is not null;
}
