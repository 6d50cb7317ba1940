using Marsad.Core.Dates;
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
            bool Summarises(ExtractedEvent d) => d != summary && SameReport(summary, d) && Holds(summary.Location, d.Location);
            bool Details(ExtractedEvent d) => Summarises(d) || d != summary && DatesRetelling(summary, d);
            int detailed = result.FindIndex(Details);
            if (detailed < 0) continue;
            var d = result[detailed];
            // (a summary of several reports sums their tolls: it gives it whole only to the single report it retells; the
            // reports that tell no toll of their own share it evenly, as ACLED's coders split a joint toll)
            bool retellsOne = result.Count(Details) == 1;
            if (!retellsOne && summary.Fatalities is > 0 and var total && !summary.FatalitiesEstimated
                && summary.FieldEvidence.FirstOrDefault(f => f.Field == "fatalities") is { } toll)
            {
                var sharing = Enumerable.Range(0, result.Count).Where(i => Details(result[i]) && result[i].Fatalities is null).ToList();
                if (sharing.Count > 1 && total >= sharing.Count)
                    for (int k = 0; k < sharing.Count; k++)
                    {
                        var r = result[sharing[k]];
                        result[sharing[k]] = r with
                        {
                            Fatalities = total / sharing.Count + (k < total % sharing.Count ? 1 : 0),
                            FieldEvidence = r.FieldEvidence.Append(toll).ToList(),
                        };
                    }
                d = result[detailed];
            }
            // (the summary's figure stands in for the detail's none — or for its estimate: "قتل وأصيب العشرات" beside "ولقي 83
            // عنصرا مصرعهم")
            bool summaryToll = retellsOne && summary.Fatalities is not null
                               && (d.Fatalities is null || d.FatalitiesEstimated && !summary.FatalitiesEstimated);
            result[detailed] = d with
            {
                EvidenceSentences = d.EvidenceWith(summary),
                FieldEvidence = d.FieldEvidence.Concat(summary.FieldEvidence.Where(f => f.Field != "location")).Distinct().ToList(),
                Fatalities = summaryToll ? summary.Fatalities : d.Fatalities,
                FatalitiesEstimated = summaryToll ? summary.FatalitiesEstimated : d.Fatalities is not null && d.FatalitiesEstimated,
                Actor2 = d.Actor2 ?? summary.Actor2,
                // (a retelling is often inside someone's statement: its speaker claims no more than the report)
                Claim = d.Claim ?? (Summarises(d) ? summary.Claim : null),
                // (a chemical attack retold, both reports dated to the day: the earlier day is the attack's, the later one the
                // day it was spoken of — "اتهمت … الثلاثاء … بشأن الهجوم الكيماوي" after "وقع في دوما … يوم 7 أبريل")
                Date = d.Date.Precision == DatePrecision.Day && summary.Date.Precision == DatePrecision.Day && DatesRetelling(summary, d)
                       && summary.Date.Date < d.Date.Date ? summary.Date
                    : d.Date.Precision == DatePrecision.Day || summary.Date.Precision != DatePrecision.Day ? d.Date : summary.Date,
            };
            result.Remove(summary);
        }
        return result;
    }

    private static bool SameReport(ExtractedEvent summary, ExtractedEvent detailed) =>
        (detailed.SubEventType == summary.SubEventType || GroundTakenInTheFight(summary, detailed))
        && Math.Abs(detailed.Date.Date.DayNumber - summary.Date.Date.DayNumber) <= 2
        && (EventExtractor.SameForce(detailed.Actor1, summary.Actor1) || SameFight(summary, detailed) || EventExtractor.OneStatesArrest(summary, detailed));

    // "معارك عنيفة في محافظة صعدة" over "سيطرت قوات الجيش على مديرية باقم": fighting over a region that the article
    // tells as ground taken at a place inside it is that taking (ACLED codes the territory change, not a clash beside it).
    private static bool GroundTakenInTheFight(ExtractedEvent summary, ExtractedEvent detailed) =>
        summary.SubEventType == AcledTaxonomy.ArmedClash
        && detailed.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes;

    // A battle is told from either side, and a coalition's fight by one of its brigades ("معارك الساحل الغربي" of the
    // joint forces, the Giants Brigades' clash in Durayhimi): one fight when the sides are the same either way round, or
    // the side they fight is.
    private static bool SameFight(ExtractedEvent summary, ExtractedEvent detailed) =>
        summary.EventType == AcledTaxonomy.Battles && summary.Actor2 is not null
        && (EventExtractor.SameForce(summary.Actor2, detailed.Actor2)
            || EventExtractor.SidesReversed(summary, detailed));

    // A chemical attack is rare enough that two reports of one at the same place within the month are one attack
    // retold ("الهجوم الكيماوي على دوما"), when the retelling gives no day or names no one for it: it folds into the
    // other. (Tried for every kind of event, it merged distinct strikes of a day and its eve on the dev articles.)
    private static bool DatesRetelling(ExtractedEvent retold, ExtractedEvent other) =>
        retold.SubEventType == "Chemical weapon" && other.SubEventType == retold.SubEventType
        && (retold.Date.Precision == DatePrecision.Week && other.Date.Precision == DatePrecision.Day || Unnamed(retold.Actor1) && !Unnamed(other.Actor1))
        && Math.Abs(retold.Date.Date.DayNumber - other.Date.Date.DayNumber) <= 30
        && retold.Location?.Place is { } a && other.Location?.Place is { } b && a.GeonameId == b.GeonameId;

    private static bool Unnamed(Actors.ActorRef? a) => a is null or { IsUnidentified: true };

    /// <summary>Whether <paramref name="region"/> is a country or province that holds <paramref name="place"/>, a finer place.</summary>
    public static bool Holds(PlaceMention? region, PlaceMention? place)
    {
        if (region?.Place is not { } r || place?.Place is not { } p) return false;
        bool regionHolds = IsRegion(region), countrysideHolds = !regionHolds && CountrysideOfASeat(region);
        if (r.CountryCode != p.CountryCode || !(regionHolds || countrysideHolds) || IsRegion(place) || countrysideHolds && CountrysideOfASeat(place)) return false;
        if (ExtractionContext.IsCountry(region) || PartOfTheCountry(r) && GeoDistance.Km(r.Latitude, r.Longitude, p.Latitude, p.Longitude) <= 300) return true;
        return r.Admin1Code is not null && r.Admin1Code == p.Admin1Code;
    }

    // "جنوب اليمن" (Southern Yemen), "شمال سوريا": a compass part of a whole country spans its provinces — it holds the
    // places of that country near its point, whatever province the gazetteer put them in (not far off: "شمال العراق",
    // pointed at Erbil, holds no Baghdad).
    private static bool PartOfTheCountry(Place r)
    {
        if (r.FeatureCode != "RGN") return false;
        int space = r.Name.IndexOf(' ');
        return space > 0 && r.Name[..space] is "Northern" or "Southern" or "Eastern" or "Western" or "Central"
               && Records.CountryCodes.Default.Get(r.CountryCode)?.Name == r.Name[(space + 1)..];
    }

    // A country, a province, or a named region or coast of one province ("الساحل الغربي" before the strikes on Zabid
    // and Jarrahi, "قطاع غزة" before the strike on Rafah). (Not an area by distance: Damascus then swallowed the Ghouta.)
    internal static bool IsRegion(PlaceMention m) => m.Place!.FeatureCode is "ADM1" or "RGN" or "CST" || ExtractionContext.IsCountry(m);

    // ("الهجوم الصاروخي على قاعدة التيفور الجوية في ريف حمص" beside "ضربات في ريف حمص"): the countryside of a province's
    // seat holds the places of that province, as the province does — though it is itself a detail of the province.
    private static bool CountrysideOfASeat(PlaceMention m) =>
        m.Relation is { } relation && relation.StartsWith("countryside of", StringComparison.Ordinal) && m.Place!.FeatureCode is "PPLA" or "PPLC";
}
