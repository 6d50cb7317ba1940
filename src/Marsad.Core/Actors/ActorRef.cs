namespace Marsad.Core.Actors;

/// <summary>
/// A canonical ACLED-style actor as recognised in a document: catalog entries, composed state forces ("القوات
/// التركية" → Military Forces of Turkey) and generic actors ("مسلحون مجهولون" → Unidentified Armed Group (Syria)).
/// <see cref="Inter"/> is ACLED's 1-8 code; <see cref="Kind"/> is the catalog kind (military, police, rebel, ...);
/// <see cref="Air"/> marks air forces, aircraft and drones (for air vs ground strikes). <see cref="Country"/> is the
/// home country's ISO2 (null for transnational and not-yet-resolved generic actors).
/// </summary>
public sealed record ActorRef(string Id, string Name, int Inter, string? Country, string Kind, bool Air = false)
{
    public bool IsState => Kind is "military" or "police" or "government" or "intelligence";

    /// <summary>An actor no text names: ACLED's "Unidentified Armed Group (X)", "Unidentified Military Forces".</summary>
    public bool IsUnidentified => Name.StartsWith("Unidentified", StringComparison.Ordinal);

    /// <summary>First year of validity (catalog "from"), null when open.</summary>
    public int? From { get; init; }

    /// <summary>Last year of validity (catalog "to"), null when open.</summary>
    public int? To { get; init; }

    /// <summary>Id of the parent organisation or patron, if any.</summary>
    public string? Parent { get; init; }

    /// <summary>The inter code at home, before <see cref="WithEventCountry"/> turned a foreign force into 8.</summary>
    public int HomeInter { get; init; } = Inter;

    /// <summary>
    /// A generic non-state actor whose country the article's main country filled in (not its own words, "مدنيين
    /// سوريين"): the generic form, so an event elsewhere codes it by the event's country (civilians killed in Afrin in
    /// an article about Turkey are Civilians (Syria)). Null otherwise.
    /// </summary>
    public ActorRef? FilledFrom { get; init; }

    /// <summary>True while the name still holds the "(X)" placeholder (generic actor without a country yet).</summary>
    public bool IsGeneric => ActorNames.HasPlaceholder(Name);

    /// <summary>The name without ACLED's period suffix ("Military Forces of Syria (2000-2024)" → "... of Syria").</summary>
    public string PlainName => ActorNames.WithoutDates(Name);

    public bool ValidIn(int year) => (From is null || From <= year) && (To is null || year <= To);

    /// <summary>
    /// The actor as coded for an event in <paramref name="iso2"/>: a state force, militia or rebel group acting
    /// outside its home country becomes inter 8 (external/other forces), as ACLED and the gold code Hezbollah and the
    /// PMF in Syria; at home it keeps its own code. Transnational actors (no country) keep theirs.
    /// </summary>
    public ActorRef WithEventCountry(string? iso2)
    {
        if (string.IsNullOrEmpty(iso2) || Country is null) return this;
        bool foreign = !string.Equals(Country, iso2, StringComparison.OrdinalIgnoreCase);
        int inter = foreign && HomeInter is 1 or 2 or 3 ? 8 : HomeInter;
        return inter == Inter ? this : this with { Inter = inter };
    }
}
