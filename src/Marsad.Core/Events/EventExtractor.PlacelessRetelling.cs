namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "غارات على معقل الحوثيين.." before "قصفت مقاتلات التحالف تجمعات … في مديرية منبه": a headline that names no place
    /// — the article's main place stands in for one — for an act that a report of the same kind, agent and days places
    /// itself, is that act told again. It folds into the first such report (a toll of its own
    /// with it, when that report tells none and is the only one it can retell), rather than standing as an act at a
    /// place the text never gave it. So is an act the body names as known ("أدان … الهجوم الصاروخي الذي نفذته إيران"),
    /// placed only by the article's main place, when one report of its kind and agent places it ("في مدينة كوي سنجق").
    /// </summary>
    private static List<ExtractedEvent> PlacelessRetellings(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (events.Count < 2) return events;
        var result = new List<ExtractedEvent>(events);
        foreach (var e in events)
        {
            // (in the body a town standing in is most often the one the sentence means, "في المدينة", and a region the
            // one it sums up: there only an act named as known, with a single report to be)
            // (told by the headline alone: one the body tells too is that report's)
            if (!result.Contains(e) || e.Actor1 is null || TriggerSentence(e, context) is not { } told
                || e.EvidenceSentences.Any(s => !told.Span.Contains(s)) || ToldIn(e, told, "location")) continue;
            bool inTheBody = told.Index > 0;
            if (e.Actor1.IsUnidentified && !inTheBody) continue;
            // (in the body, only an act the article's main place stands in for: one placed by the sentence before is there)
            if (inTheBody && (e.Location?.Span != context.MainPlace?.Span || context.PointsBackAtATown(told) || !NamedAsKnown(e, context))) continue;
            bool Retold(ExtractedEvent d) => d != e && d.SubEventType == e.SubEventType && SameForce(d.Actor1, e.Actor1)
                                             && Math.Abs(d.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 2 && ToldInItsSentence(d, context, "location");
            int first = result.FindIndex(Retold);
            if (first < 0) continue;
            bool one = result.Count(Retold) == 1;
            // (and in the body with no other side named than the report's)
            if (inTheBody && (!one || e.Actor2 is not null && result[first].Actor2 is not null && !SameForce(e.Actor2, result[first].Actor2))) continue;
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

    // "أدان … الهجوم الصاروخي الذي نفذته إيران", "يعد قصف ميليشيا الحوثي للمستشفى": an act named as one already known —
    // the article on its word, or the word bound to its agent — is one told before; an indefinite or verbal report
    // ("شنت مقاتلات غارات") is news of its own.
    private static bool NamedAsKnown(ExtractedEvent e, ExtractionContext context)
    {
        var span = TriggerOf(e);
        var tokens = context.Document.Tokens;
        int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.End, span.Start + 1);
        if (k >= tokens.Count || tokens[k].Span.Start >= span.End) return false;
        if (tokens[k].Form.Analysis is { HasArticle: true }) return true;
        return k + 1 < tokens.Count && e.FieldEvidence.Any(f => f.Field == "actor1" && f.Span.Start == tokens[k + 1].Span.Start);
    }
}
