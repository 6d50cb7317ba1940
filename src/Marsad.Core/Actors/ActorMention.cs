namespace Marsad.Core.Actors;

/// <summary>
/// An actor named in the text: where, the surface form, and which canonical actor it is; <see cref="Rule"/> says how
/// it was found: "alias" (catalog), "composed" (force noun + nationality), "generic" (catalog row with "(X)"),
/// "country" (a country name standing for its state, تركيا / إسرائيل — a metonymy the extractor may ignore),
/// "nationality" (a bare nationality adjective, إيراني) or "person" (a family name standing for the civilian a title named
/// before, <see cref="NamedPersonRecall"/>).
/// </summary>
public sealed record ActorMention(TextSpan Span, string Surface, int FirstToken, int LastToken, ActorRef Actor, string Rule)
{
    /// <summary>
    /// Every catalog row the surface form can stand for, best first (successive periods of one force, shared
    /// aliases such as الجيش الوطني); <see cref="Actor"/> is the first. Empty when there was only one.
    /// </summary>
    public IReadOnlyList<ActorRef> Candidates { get; init; } = Array.Empty<ActorRef>();

    /// <summary>
    /// The reading that fits an event in <paramref name="iso2"/> and <paramref name="year"/>: among the candidates (or the
    /// actor alone), one of that country valid that year, else one valid that year, else <see cref="Actor"/>. Shared
    /// aliases (الجيش الوطني: Yemen, Libya, Syria) and successive periods are told apart this way.
    /// </summary>
    public ActorRef BestFor(string? iso2, int? year = null)
    {
        if (Candidates.Count == 0) return Actor;
        bool Valid(ActorRef a) => year is not int y || a.ValidIn(y);
        return Candidates.FirstOrDefault(a => iso2 is not null && a.Country == iso2 && Valid(a))
            ?? Candidates.FirstOrDefault(a => a.Country is null && Valid(a) && !a.IsGeneric)
            ?? Candidates.FirstOrDefault(Valid)
            ?? Actor;
    }

    /// <summary>The name without a member noun put before it (عناصر داعش → داعش); the whole span otherwise.</summary>
    public TextSpan NameSpan { get; init; } = Span;
}
