namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "استعادت قوات النظام منطقة القلمون الشرقي بعد انتهاء عملية إجلاء مقاتلين" and, later, "ويأتي الإعلان عن استعادة
    /// السيطرة على القلمون الشرقي": ground one sentence shows handed over (ACLED's non-violent transfer) and another
    /// tells as regained or taken, by the same side at the same place within two days, is one act — the transfer,
    /// which the evacuation qualified, with the other report's evidence.
    /// </summary>
    private static List<ExtractedEvent> TransferToldAsTaken(List<ExtractedEvent> events)
    {
        if (!events.Any(e => e is { SubEventType: "Non-violent transfer of territory", Location.Place: not null })) return events;
        var result = new List<ExtractedEvent>(events);
        foreach (var e in events)
        {
            if (!AcledTaxonomy.ChangesHands(e.SubEventType) || e.Location?.Place is not { } there) continue;
            int k = result.FindIndex(t => t.SubEventType == "Non-violent transfer of territory" && SameForce(t.Actor1, e.Actor1)
                                          && Math.Abs(t.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 2 && t.Location?.Place is { } place
                                          && Geo.GeoDistance.Km(place.Latitude, place.Longitude, there.Latitude, there.Longitude) <= 10);
            if (k < 0) continue;
            var transfer = result[k];
            result[k] = transfer with
            {
                EvidenceSentences = transfer.EvidenceWith(e),
                FieldEvidence = transfer.FieldEvidence.Concat(e.FieldEvidence.Where(f => f.Field is not ("trigger" or "location" or "actor2"))).Distinct().ToList(),
                Claim = transfer.Claim ?? e.Claim,
            };
            result.Remove(e);
        }
        return result;
    }
}
