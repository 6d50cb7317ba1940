using Marsad.Core.Geo;

namespace Marsad.Core.Events;

/// <summary>
/// A report placed at a region that the article also tells at a place inside it is a summary of that report, not
/// an event of its own: a lead's "غارات لطائرات التحالف … في محافظة الحديدة" before the strikes on the villages
/// of Hodeidah, "شمال سيناء" before the raid on Arish, "احتجاجات في المغرب" before the march in Al Hoceima. It is
/// folded into the first detailed report of the same kind, day and agent, whose place it keeps.
/// </summary>
internal static class SummaryFolding
{
    public static List<ExtractedEvent> Fold(List<ExtractedEvent> events)
    {
        if (events.Count < 2) return events;
        var result = new List<ExtractedEvent>(events);
        foreach (var summary in events)
        {
            if (!result.Contains(summary) || summary.Location?.Place is null) continue;
            bool Details(ExtractedEvent d) => d != summary && SameReport(summary, d) && Holds(summary.Location, d.Location);
            int detailed = result.FindIndex(Details);
            if (detailed < 0) continue;
            var d = result[detailed];
            // (a summary of several reports sums their tolls: it gives one only to the single report it retells)
            bool retellsOne = result.Count(Details) == 1;
            result[detailed] = d with
            {
                EvidenceSentences = d.EvidenceSentences.Concat(summary.EvidenceSentences).Distinct().OrderBy(s => s.Start).ToList(),
                FieldEvidence = d.FieldEvidence.Concat(summary.FieldEvidence.Where(f => f.Field != "location")).Distinct().ToList(),
                Fatalities = d.Fatalities ?? (retellsOne ? summary.Fatalities : null),
                FatalitiesEstimated = d.Fatalities is null ? retellsOne && summary.FatalitiesEstimated : d.FatalitiesEstimated,
                Actor2 = d.Actor2 ?? summary.Actor2,
                Claim = d.Claim ?? summary.Claim,
                Date = d.Date.Precision == Dates.DatePrecision.Day || summary.Date.Precision != Dates.DatePrecision.Day ? d.Date : summary.Date,
            };
            result.Remove(summary);
        }
        return result;
    }

    private static bool SameReport(ExtractedEvent summary, ExtractedEvent detailed) =>
        detailed.SubEventType == summary.SubEventType
        && Math.Abs(detailed.Date.Date.DayNumber - summary.Date.Date.DayNumber) <= 2
        && EventExtractor.SameForce(detailed.Actor1, summary.Actor1);

    /// <summary>Whether <paramref name="region"/> is a country or province that holds <paramref name="place"/>, a finer place.</summary>
    public static bool Holds(PlaceMention? region, PlaceMention? place)
    {
        if (region?.Place is not { } r || place?.Place is not { } p) return false;
        if (r.CountryCode != p.CountryCode || !IsRegion(region) || IsRegion(place)) return false;
        if (r.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)) return true;
        return r.Admin1Code is not null && r.Admin1Code == p.Admin1Code;
    }

    // A country or a province. (Not an area such as "الغوطة الشرقية" by distance: Damascus then swallowed the Ghouta.)
    private static bool IsRegion(PlaceMention m) => m.Place!.FeatureCode is "ADM1" || m.Place.FeatureCode.StartsWith("PCL", StringComparison.Ordinal);
}
