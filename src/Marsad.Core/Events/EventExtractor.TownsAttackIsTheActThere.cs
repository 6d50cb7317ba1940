namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه … في جنوب مدينة كوباني", "منذ هجوم سوروتش": an attack named by its town
    /// — the bare noun, its town right after it in construct — is the act the article tells at that town in its own words
    /// (the suicide bombing at Suruç), not a battle of its own there. With such an act at the same place it is folded into it.
    /// </summary>
    private static List<ExtractedEvent> AttacksNamedForTheirTown(List<ExtractedEvent> events, ExtractionContext context)
    {
        List<ExtractedEvent>? result = null;
        foreach (var e in events)
        {
            if (e.SubEventType != AcledTaxonomy.ArmedClash || !NamedForItsTown(e, context)) continue;
            var list = result ?? events;
            int act = list.FindIndex(o => !ReferenceEquals(o, e) && o.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians
                                          && SamePlace(o, e));
            if (act < 0) continue;
            result ??= new List<ExtractedEvent>(events);
            result[act] = result[act] with { EvidenceSentences = result[act].EvidenceWith(e) };
            result.Remove(e);
        }
        return result ?? events;
    }

    // The trigger is the indefinite attack noun alone ("هجوم", "هجمات", "اعتداء") and the event's place is named right after it.
    private static bool NamedForItsTown(ExtractedEvent e, ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        var trigger = TriggerOf(e);
        int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, trigger.Start);
        if (k + 1 >= tokens.Count || tokens[k].Span.End != trigger.End) return false;
        if (tokens[k].NormWithoutWa is not ("هجوم" or "هجمات" or "اعتداء" or "بهجوم" or "لهجوم")) return false;
        return e.FieldEvidence.FirstOrDefault(f => f.Field == "location") is { } place && place.Span.Start == tokens[k + 1].Span.Start;
    }
}
