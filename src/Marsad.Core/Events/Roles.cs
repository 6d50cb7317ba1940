using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>Who does what to whom in one clause: the agent, the target, and the agent's associates.</summary>
public sealed record Roles(ActorMention? Actor1, ActorMention? Actor2, IReadOnlyList<ActorMention> Assoc1);
