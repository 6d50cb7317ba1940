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
        if (e.Actor1 is { } a1 && _juniorPartners.SeniorOf(a1) is { } senior1 && NamedIn(context, senior1) && e.Actor2?.Id != senior1.Id)
            e = e with { Actor1 = context.Code(senior1, where), AssocActor1 = e.AssocActor1.Where(a => a.Id != senior1.Id).Prepend(a1).ToList() };
        if (e.Actor2 is { } a2 && _juniorPartners.SeniorOf(a2) is { } senior2 && NamedIn(context, senior2) && e.Actor1?.Id != senior2.Id)
            e = e with { Actor2 = context.Code(senior2, where), AssocActor2 = e.AssocActor2.Where(a => a.Id != senior2.Id).Prepend(a2).ToList() };
        return e;
    }

    private static bool NamedIn(ExtractionContext context, Actors.ActorRef actor)
    {
        foreach (var a in context.Document.Actors)
            if (a.Actor.Id == actor.Id) return true;
        return false;
    }
}
