using Marsad.Core.Dates;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "اتهمت سوريا إسرائيل بشن هجوم الاثنين على مطار التيفور … أدى إلى مقتل 14 شخصا" beside "الضربة الجوية": the
    /// "attack" of a foreign force the article tells striking the same place from the air is that air strike told in a
    /// general word, not a clash on the ground. It is folded into the strike, which keeps its own fields and takes the
    /// attack's day and toll where it has none.
    /// </summary>
    private static List<ExtractedEvent> AttackWasTheStrike(List<ExtractedEvent> events, Document document)
    {
        var strikes = events.Where(e => e.SubEventType == AcledTaxonomy.AirStrike && e.Actor1 is not null && e.Location?.Place is not null).ToList();
        if (strikes.Count == 0) return events;
        var result = new List<ExtractedEvent>(events);
        foreach (var e in events)
        {
            // (a foreign force's: the country's own army that "attacks" a town also fights for it on the ground)
            if (e.SubEventType != AcledTaxonomy.ArmedClash || e.Actor1?.Inter != 8 || !ToldAsAnAttack(e, document)) continue;
            int k = result.FindIndex(s => s.SubEventType == AcledTaxonomy.AirStrike && SameForce(s.Actor1, e.Actor1)
                && s.Location?.Place?.GeonameId == e.Location?.Place?.GeonameId && Math.Abs(s.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 7);
            if (k < 0) continue;
            var s = result[k];
            bool dayOfItsOwn = e.Date.Precision == DatePrecision.Day && (s.Date.Precision != DatePrecision.Day || e.Date.Date < s.Date.Date);
            result[k] = s with
            {
                Date = dayOfItsOwn ? e.Date : s.Date,
                Fatalities = s.Fatalities ?? e.Fatalities,
                FatalitiesEstimated = s.Fatalities is null ? e.FatalitiesEstimated : s.FatalitiesEstimated,
                EvidenceSentences = s.EvidenceWith(e),
                FieldEvidence = s.FieldEvidence.Concat(e.FieldEvidence.Where(f => f.Field is "fatalities" or "date")).Distinct().ToList(),
            };
            result.Remove(e);
        }
        return result;
    }

    // The clash's own word is "هجوم" (attack), not a word of fighting (اشتباك، معارك).
    private static bool ToldAsAnAttack(ExtractedEvent e, Document document)
    {
        var trigger = e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger");
        if (trigger is null) return false;
        string word = Text.ArabicNormalizer.Matching.Normalize(document.Slice(trigger.Span));
        return word.Contains("هجوم", StringComparison.Ordinal);
    }
}
