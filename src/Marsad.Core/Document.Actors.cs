using Marsad.Core.Actors;

namespace Marsad.Core;

public sealed partial class Document
{
    /// <summary>Actor mentions in text order (filled by the recogniser in Actors/).</summary>
    public List<ActorMention> Actors { get; } = new();

    /// <summary>Persons and organisations found from cues (filled by the recogniser in Actors/).</summary>
    public List<EntityMention> Entities { get; } = new();
}
