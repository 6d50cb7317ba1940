using Marsad.Core.Geo;

namespace Marsad.Core;

public sealed partial class Document
{
    /// <summary>Place mentions in text order (filled by the geoparser stages in Geo/).</summary>
    public List<PlaceMention> Places { get; } = new();
}
