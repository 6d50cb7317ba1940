namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "غارات على معقل الحوثيين.." before "قصفت مقاتلات التحالف تجمعات … في مديرية منبه": a headline that names no place
    /// — the article's main place stands in for one — for an act that a report of the same kind, agent and days places
    /// itself, is that act told again. It folds into the first such report (a toll of its own
    /// with it, when that report tells none and is the only one it can retell), rather than standing as an act at a
    /// place the text never gave it.
    /// </summary>
    private static List<ExtractedEvent> PlacelessRetellings(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (events.Count < 2) return events;
        var result = new List<ExtractedEvent>(events);
        foreach (var e in events)
        {
            // (the headline only: in the body a town standing in is most often the one the sentence means, "في المدينة",
            // and a region the one it sums up)
            // (told by the headline alone: one the body tells too is that report's)
            if (!result.Contains(e) || e.Actor1 is null or { IsUnidentified: true } || TriggerSentence(e, context) is not { Index: 0 } headline
                || e.EvidenceSentences.Any(s => !headline.Span.Contains(s)) || ToldIn(e, headline, "location")) continue;
            bool Retold(ExtractedEvent d) => d != e && d.SubEventType == e.SubEventType && SameForce(d.Actor1, e.Actor1)
                                             && Math.Abs(d.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 2 && ToldInItsSentence(d, context, "location");
            int first = result.FindIndex(Retold);
            if (first < 0) continue;
            bool one = result.Count(Retold) == 1;
            // (a toll of several acts told without a place stays its own report: no one of them may take it whole)
            if (e.Fatalities is > 0 && !one) continue;
            var d = result[first];
            result[first] = d with
            {
                EvidenceSentences = d.EvidenceWith(e),
                FieldEvidence = d.FieldEvidence.Concat(e.FieldEvidence.Where(f => f.Field != "location" && (d.Fatalities is null || f.Field != "fatalities"))).Distinct().ToList(),
                Fatalities = d.Fatalities ?? e.Fatalities,
                FatalitiesEstimated = d.Fatalities is null ? e.FatalitiesEstimated : d.FatalitiesEstimated,
                Actor2 = d.Actor2 ?? e.Actor2,
            };
            result.Remove(e);
        }
        return result;
    }
}
