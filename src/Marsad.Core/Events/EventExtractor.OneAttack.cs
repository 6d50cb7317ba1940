using Marsad.Core.Dates;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // How many days apart two mentions of a chemical attack on one place can be and still be one attack.
    private const int OneAttackDays = 7;

    /// <summary>
    /// "تعرضت دوما لهجوم كيماوي السبت … وأكدت واشنطن أن النظام استخدم الأسلحة الكيماوية … الهجوم الكيميائي الذي وقع
    /// الاثنين": an article retells one chemical attack on a place many times, dated by the attack or by the day
    /// something was said of it; ACLED codes the attack once. Mentions of a chemical attack on one place within a
    /// week are folded into the one dated earliest to the day (the attack comes before what is said of it), with
    /// the attacker most mentions name when that one names none.
    /// </summary>
    private static List<ExtractedEvent> OneChemicalAttackPerPlace(List<ExtractedEvent> events)
    {
        var chemical = events.Where(e => e.SubEventType == "Chemical weapon" && e.Location is not null).ToList();
        if (chemical.Count < 2) return events;
        var result = events.Except(chemical).ToList();
        foreach (var place in chemical.GroupBy(e => ExtractionContext.PlaceKey(e.Location!)))
        {
            var left = place.OrderBy(e => e.Date.Precision == DatePrecision.Day ? 0 : 1).ThenBy(e => e.Date.Date.DayNumber).ToList();
            while (left.Count > 0)
            {
                var kept = left[0];
                var same = left.Where(e => Math.Abs(e.Date.Date.DayNumber - kept.Date.Date.DayNumber) <= OneAttackDays).ToList();
                left = left.Except(same).ToList();
                static bool Named(ExtractedEvent e) => e.Actor1 is { IsUnidentified: false };
                // (the attacker most mentions name, when the one kept names none)
                var named = Named(kept) ? kept
                    : same.Where(Named).GroupBy(e => e.Actor1!.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
                var fatalities = MergedFatalities(same);
                result.Add(kept with
                {
                    Actor1 = named?.Actor1 ?? kept.Actor1,
                    Actor2 = kept.Actor2 ?? same.Select(e => e.Actor2).FirstOrDefault(a => a is not null),
                    Claim = named?.Claim ?? kept.Claim,
                    EvidenceSentences = same.SelectMany(e => e.EvidenceSentences).Distinct().OrderBy(s => s.Start).ToList(),
                    FieldEvidence = same.SelectMany(e => e.FieldEvidence).Distinct().ToList(),
                    Fatalities = fatalities.Count,
                    FatalitiesEstimated = fatalities.Estimated,
                });
            }
        }
        return result.OrderBy(e => e.EvidenceSentences[0].Start).ToList();
    }
}
