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
public sealed record EntityMention(TextSpan Span, EntityType Type, string Surface, int FirstToken, int LastToken, string? Role = null, string? Affiliation = null);
