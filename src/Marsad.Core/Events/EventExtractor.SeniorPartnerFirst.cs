using Marsad.Core.Actors;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "معارك مع ميليشيات صالح والحوثي", "قوات صالح": a junior partner (junior-partners.tsv) taken as a side, in an article
    /// that names its senior too, gives the side to the senior and stays as its associate — as ACLED codes Saleh's
    /// loyalists beside the Houthis.
    /// </summary>
    private ExtractedEvent SeniorPartnerFirst(ExtractedEvent e, ExtractionContext context)
    {
        string? where = e.Location?.Place?.CountryCode;
        var (actor1, assoc1) = SeniorInstead(e.Actor1, e.AssocActor1, e.Actor2, context, where);
        var (actor2, assoc2) = SeniorInstead(e.Actor2, e.AssocActor2, actor1, context, where);
        return actor1 == e.Actor1 && actor2 == e.Actor2 ? e : e with { Actor1 = actor1, AssocActor1 = assoc1, Actor2 = actor2, AssocActor2 = assoc2 };
    }

    // One side: the senior instead of a junior partner, the junior first of its associates — unless the senior goes
    // unnamed in the article or is the other side already.
    private (ActorRef? Side, IReadOnlyList<ActorRef> Associates) SeniorInstead(ActorRef? side, IReadOnlyList<ActorRef> associates, ActorRef? other,
        ExtractionContext context, string? where)
    {
        if (side is null || _juniorPartners.SeniorOf(side) is not { } senior || !NamedIn(context, senior) || other?.Id == senior.Id) return (side, associates);
        return (context.Code(senior, where), associates.Where(a => a.Id != senior.Id).Prepend(side).ToList());
    }

    private static bool NamedIn(ExtractionContext context, ActorRef actor)
    {
        foreach (var a in context.Document.Actors)
            if (a.Actor.Id == actor.Id) return true;
        return false;
    }
}
