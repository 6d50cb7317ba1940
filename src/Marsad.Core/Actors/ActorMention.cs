namespace Marsad.Core.Actors;

/// <summary>An actor named in the text: where, the surface form, and which canonical actor it is; <see cref="Rule"/> says how it was found (alias, composed, generic).</summary>
public sealed record ActorMention(TextSpan Span, string Surface, int FirstToken, int LastToken, ActorRef Actor, string Rule);
