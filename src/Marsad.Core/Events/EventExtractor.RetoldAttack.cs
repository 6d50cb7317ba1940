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
            bool attack = e.SubEventType == AcledTaxonomy.ArmedClash && e.Actor1 is not null && DefiniteAttackNoun(e, context) && !ToldInItsSentence(e, context, "location");
            // ("كانت غارة جوية لقوات التحالف يوم 9 آب قد قتلت 29 طفلا … وقالت المنظمة إن الغارة …": "the strike" with no day
            // of its own is the strike told before, whoever the later sentence seems to name)
            bool strike = !attack && e.EventType == AcledTaxonomy.Explosions && DefiniteStrikeNoun(e, context) && !ToldInItsSentence(e, context, "date");
            if (!attack && !strike) continue;
            int sentence = TriggerSentence(e, context).Index, retoldAt = TriggerOf(e).Start;
            var list = result ?? events;
            int told = -1;
            for (int j = list.Count - 1; j >= 0; j--)
            {
                var p = list[j];
                if (ReferenceEquals(p, e) || TriggerOf(p).Start >= retoldAt) continue;
                int at = TriggerSentence(p, context).Index;
                if (attack && p.SubEventType == e.SubEventType && p.Actor1?.PlainName == e.Actor1!.PlainName && at < sentence && at >= sentence - 2) { told = j; break; }
                if (strike && p.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling && p.SubEventType == e.SubEventType && at < sentence) { told = j; break; }
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
                EvidenceSentences = kept.EvidenceWith(e),
                FieldEvidence = kept.FieldEvidence.Concat(e.FieldEvidence.Where(f => f.Field is not ("trigger" or "location"))).Distinct().ToList(),
            };
            result.Remove(e);
        }
        return result ?? events;
    }

    // The event's trigger is "the strike": "الغارة", "الضربة", with a clitic or not (a singular: "الغارات" are often a campaign's).
    private static bool DefiniteStrikeNoun(ExtractedEvent e, ExtractionContext context)
    {
        var span = TriggerOf(e);
        var tokens = context.Document.Tokens;
        int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.End, span.Start + 1);
        if (k >= tokens.Count || tokens[k].Span.Start >= span.End) return false;
        // (or the noun a relative clause on the trigger describes: "الغارة التي شنتها طائرات التحالف")
        if (k >= 2 && tokens[k - 1].Norm == "التي") k -= 2;
        return tokens[k].Norm is "الغاره" or "الضربه" or "والغاره" or "والضربه" or "بالغاره" or "للغاره" or "للضربه" or "فالغاره";
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
