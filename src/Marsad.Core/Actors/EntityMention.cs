namespace Marsad.Core.Actors;

public enum EntityType
{
    Person,
    Organization,
    Location,
}

/// <summary>
/// A named entity beyond the actor catalog, found from cues: a person with a role ("المتحدث باسم التحالف" →
/// role spokesman, <see cref="Affiliation"/> the Coalition) or an organisation ("منظمة العفو الدولية").
/// </summary>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Surface, int FirstToken, int LastToken, string? Role = null, string? Affiliation = null)
{
    /// <summary>Canonical English name when known (claim sources: "Syrian Observatory for Human Rights", "SANA").</summary>
    public string? Canonical { get; init; }

    /// <summary>For a person found after a title, the span of the name alone (without the title and affiliation).</summary>
    public TextSpan? NameSpan { get; init; }

    /// <summary>
    /// How it was found: "source" (sources.tsv; <see cref="Role"/> holds the source kind, "unnamed" for نشطاء / مصادر
    /// محلية), "title" (a person named after a title or role), "title-only" (a title with its affiliation but no name:
    /// المتحدث باسم التحالف), "given-name", "cue" (unknown words after a reporting verb or a nationality), "learnt" (names
    /// learnt from an annotated corpus, in the user's cache), "org-cue" (organisation noun + name).
    /// </summary>
    public string? Rule { get; init; }
}
