namespace Marsad.Core.Actors;

/// <summary>
/// A canonical ACLED-style actor as recognised in a document: catalog entries, composed state forces ("القوات
/// التركية" → Military Forces of Turkey) and generic actors ("مسلحون مجهولون" → Unidentified Armed Group (Syria)).
/// <see cref="Inter"/> is ACLED's 1-8 code; <see cref="Kind"/> is the catalog kind (military, police, rebel, ...);
/// <see cref="Air"/> marks air forces, aircraft and drones (for air vs ground strikes).
/// </summary>
public sealed record ActorRef(string Id, string Name, int Inter, string? Country, string Kind, bool Air = false)
{
    public bool IsState => Kind is "military" or "police" or "government" or "intelligence";
}
