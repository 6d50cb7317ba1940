namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "قصف التحالف العربي معاقل الحوثيين في صعدة" then "وقالت المصادر إن القصف الصاروخي تركز على مديريات رازح ومنبه
    /// وحيدان": "the shelling", definite and given no striker in its own sentence, is the striking the sentence before
    /// told, by the striker it named — not the hit side's usual foe the article names elsewhere (FillOpponent).
    /// </summary>
    private static ExtractedEvent StrikeToldBefore(ExtractedEvent e, List<ExtractedEvent> found, ExtractionContext context)
    {
        // (a strike naming the side it hit, which FillOpponent would give to that side's usual foe; one naming no one is
        // left to the steps that drop or place it)
        if (e.Actor1 is not null || e.Actor2 is not { Inter: not 7 } hit || e.EventType != AcledTaxonomy.Explosions || !DefiniteStrike(e, context)) return e;
        int sentence = TriggerSentence(e, context).Index, at = TriggerOf(e).Start;
        ExtractedEvent? told = null;
        foreach (var o in found)
        {
            if (o.EventType != AcledTaxonomy.Explosions || o.Actor1 is not { } striker || !ExtractionContext.Fights(striker) || TriggerOf(o).Start >= at
                || !o.FieldEvidence.Any(f => f.Field == "actor1")) continue;
            int before = TriggerSentence(o, context).Index;
            if (before == sentence - 1 && (told is null || TriggerOf(o).Start > TriggerOf(told).Start)) told = o;
        }
        // (the side hit is the striker's foe, not the striker or its ally)
        if (told is null || hit.PlainName == told.Actor1!.PlainName || context.Sides.Allied(hit, told.Actor1)) return e;
        return e with { Actor1 = told.Actor1, AssocActor1 = told.AssocActor1 };
    }

    // The event's trigger opens with a definite strike noun: "القصف", "الغارات", "الضربات", "القصف الصاروخي".
    private static bool DefiniteStrike(ExtractedEvent e, ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, TriggerOf(e).Start);
        return k < tokens.Count && tokens[k].NormWithoutWa is "القصف" or "الغارات" or "الضربات" or "الغاره" or "الضربه";
    }
}
