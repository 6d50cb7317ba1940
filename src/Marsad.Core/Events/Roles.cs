using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>Who does what to whom in one clause: the agent, the target, and the agent's associates.</summary>
/// <see cref="TargetMarked"/> says the target was marked by the clause (على، ضد، من، بين … و) rather than guessed from order.
public sealed record Roles(ActorMention? Actor1, ActorMention? Actor2, IReadOnlyList<ActorMention> Assoc1, bool TargetMarked = false);
