namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "تركيا تعتقل 251 في حملة أمنية", "واعتقلت السعودية خلية": a state named only by its country arresting at home made
    /// the arrest with its police, as ACLED's coders write it (the army arrests when the text names the army, or abroad —
    /// and under occupation the occupier's army: "إسرائيل تعتقل" in the West Bank stays Israel's army).
    /// </summary>
    private ExtractedEvent ArrestedByTheCountry(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Arrests" || e.Actor1 is not { IsState: true, Kind: "military", Country: { } state }
            || e.Location?.Place?.CountryCode != state || e.FieldEvidence.FirstOrDefault(f => f.Field == "actor1") is not { } named)
            return e;
        bool byCountryName = context.Document.Actors.Exists(a => a.Rule == "country" && a.Span.Start == named.Span.Start && a.Span.End == named.Span.End);
        return byCountryName ? e with { Actor1 = context.Code(catalog.StateForce(state, "police", e.Date.Date.Year), state) } : e;
    }
}
