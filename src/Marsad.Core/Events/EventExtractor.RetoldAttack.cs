using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "أفشلت القوات المشتركة هجوما لهم في منطقة الجاح … لكن قوات المقاومة الوطنية تصدت للهجوم، الذي أسفر عن سقوط
    /// عدد من القتلى": "the attack", definite and placed by nothing in its own sentence, is the attack of the same side
    /// told in one of the two sentences before; ACLED codes it once. It is folded into that one (its toll, its evidence).
    /// </summary>
    private static List<ExtractedEvent> RetoldAttacks(List<ExtractedEvent> events, ExtractionContext context)
    {
        List<ExtractedEvent>? result = null;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!(e.SubEventType == AcledTaxonomy.ArmedClash && e.Actor1 is not null && DefiniteAttackNoun(e, context) && !ToldInItsSentence(e, context, "location")))
                continue;
            int sentence = TriggerSentence(e, context).Index;
            var list = result ?? events;
            int told = -1;
            for (int j = list.Count - 1; j >= 0; j--)
            {
                var p = list[j];
                if (ReferenceEquals(p, e) || p.SubEventType != e.SubEventType || p.Actor1?.PlainName != e.Actor1.PlainName) continue;
                int at = TriggerSentence(p, context).Index;
                if (at < sentence && at >= sentence - 2 && TriggerOf(p).Start < TriggerOf(e).Start) { told = j; break; }
            }
            if (told < 0) continue;
            result ??= new List<ExtractedEvent>(events);
            var kept = result[told];
            var toll = MergedFatalities(new[] { kept, e });
            result[told] = kept with
            {
                Actor2 = kept.Actor2 ?? e.Actor2,
                Claim = kept.Claim ?? e.Claim,
                Fatalities = toll.Count,
                FatalitiesEstimated = toll.Estimated,
                EvidenceSentences = kept.EvidenceSentences.Concat(e.EvidenceSentences).Distinct().OrderBy(s => s.Start).ToList(),
                FieldEvidence = kept.FieldEvidence.Concat(e.FieldEvidence.Where(f => f.Field is not ("trigger" or "location"))).Distinct().ToList(),
            };
            result.Remove(e);
        }
        return result ?? events;
    }

    // The event's trigger is a definite attack noun: "الهجوم", "للهجوم", "بالهجوم", "الهجمات".
    private static bool DefiniteAttackNoun(ExtractedEvent e, ExtractionContext context)
    {
        var span = TriggerOf(e);
        var tokens = context.Document.Tokens;
        for (int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.End, span.Start + 1); k < tokens.Count && tokens[k].Span.Start < span.End; k++)
            if (tokens[k].Norm is "الهجوم" or "للهجوم" or "بالهجوم" or "والهجوم" or "الهجمات" or "للهجمات") return true;
        return false;
    }
}
