namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "أسقطت قوات الدفاع الجوي طائرة بدون طيار معادية حاولت استهداف مطار أبها … تبين أنها طائرة بدون طيار حوثية":
    /// a drone or missile of an armed group shot down is ACLED's disrupted weapons use, not a strike as well. A strike or
    /// missile attack by that group on the interception's day and place is that weapon told again: it is folded into
    /// the interception, unless someone died of it. (A state's air strikes that the other side says it partly shot
    /// down, "أسقطت الدفاعات الجوية السورية عددا من الصواريخ الإسرائيلية", still struck: they stay.)
    /// </summary>
    private static List<ExtractedEvent> InterceptedNotStruck(List<ExtractedEvent> events, Document document, List<TriggerMention> triggers)
    {
        if (!events.Any(e => e.SubEventType == "Disrupted weapons use" && e.Actor2 is not null && e.Location?.Place is not null)) return events;
        var result = new List<ExtractedEvent>(events);
        foreach (var e in events)
        {
            if (e.SubEventType is not (AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling)) continue;
            // (or told in a sentence of air defences stopping it: "رصدت قوات الدفاع الجوي إطلاق صاروخ باليستي من صنعاء")
            bool toldStopped = ToldWithAnInterception(e, document, triggers);
            int k = result.FindIndex(d => d.SubEventType == "Disrupted weapons use" && d.Actor2 is { } downed && d.Date.Date == e.Date.Date
                && (d.Location?.Place?.GeonameId == e.Location?.Place?.GeonameId || toldStopped)
                && SameForce(e.Actor1, downed) && !downed.IsState);
            if (k < 0) continue;
            var d = result[k];
            // ("اعترضت 7 صواريخ … فيما أسفر سقوط إحدى شظايا الصواريخ عن مقتل مقيم": a weapon that killed all the same struck)
            if (e.Fatalities > 0 || d.Fatalities > 0) continue;
            // (its sentences are evidence of the interception; its fields, a strike's, are not)
            result[k] = d with { EvidenceSentences = d.EvidenceWith(e) };
            result.Remove(e);
        }
        return result;
    }

    // The strike's trigger stands in a sentence that also has a trigger of disrupted weapons use.
    private static bool ToldWithAnInterception(ExtractedEvent e, Document document, List<TriggerMention> triggers)
    {
        if (e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is not { } told) return false;
        var sentence = document.SentenceAt(told.Span.Start);
        if (sentence is null) return false;
        foreach (var t in triggers)
            if (t.FirstToken >= sentence.FirstToken && t.FirstToken < sentence.EndToken && t.Entries.Any(x => x.SubEventType == "Disrupted weapons use"))
                return true;
        return false;
    }
}
