using Marsad.Core.Events;

namespace Marsad.Core.Records;

/// <summary>Turns extracted events into ACLED records, resolving country facts and writing a short English note.</summary>
public sealed class RecordBuilder(CountryCodes countries)
{
    private static readonly HashSet<string> InternationalOutlets = new(StringComparer.OrdinalIgnoreCase)
    {
        "BBC Arabic", "CNN Arabic", "France 24 Arabic", "Sky News Arabia", "Al Arabiya", "Al Jazeera", "Reuters", "Agence France-Presse", "Associated Press",
    };

    public static RecordBuilder Default { get; } = new(CountryCodes.Default);

    public AcledRecord Build(ExtractedEvent e, Document document)
    {
        var place = e.Location?.Place;
        var country = countries.Get(place?.CountryCode);
        int? inter1 = e.Actor1?.Inter, inter2 = e.Actor2?.Inter;
        string outlet = document.Outlet ?? "";
        var tags = new List<string>();
        if (e.PartialControl) tags.Add("partial control");
        if (e.Contradicts.Count > 0) tags.Add("contradicted by " + string.Join(", ", e.Contradicts));
        if (e.Claim is not null) tags.Add((e.Claim.Reaction ? "condemned by: " : "claim: ") + e.Claim.DisplayName);
        return new AcledRecord
        {
            EventIdCnty = $"{country?.Iso3 ?? "XXX"}-{e.Id}",
            EventDate = e.Date.Date.ToString("yyyy-MM-dd"),
            Year = e.Date.Date.Year,
            TimePrecision = e.Date.AcledTimePrecision,
            DisorderType = AcledTaxonomy.DisorderType(e.EventType, e.SubEventType),
            EventType = e.EventType,
            SubEventType = e.SubEventType,
            Actor1 = ColumnName(e.Actor1),
            AssocActor1 = e.AssocActor1.Count == 0 ? null : string.Join("; ", e.AssocActor1.Select(ColumnName).Distinct()),
            Inter1 = inter1,
            Actor2 = ColumnName(e.Actor2),
            AssocActor2 = e.AssocActor2.Count == 0 ? null : string.Join("; ", e.AssocActor2.Select(ColumnName).Distinct()),
            Inter2 = inter2,
            Interaction = Interaction(inter1, inter2),
            CivilianTargeting = inter2 == 7 && e.EventType is AcledTaxonomy.ViolenceAgainstCivilians or AcledTaxonomy.Explosions ? "Civilian targeting" : null,
            Iso = country?.Numeric,
            Region = country?.Region,
            Country = country?.Name ?? place?.CountryName,
            Admin1 = place?.Admin1Name,
            Admin2 = place?.Admin2Name,
            Location = place?.Name,
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            GeoPrecision = e.Location?.GeoPrecision,
            Source = document.Outlet,
            SourceScale = outlet.Length == 0 ? null : InternationalOutlets.Contains(outlet) ? "International" : "National",
            Notes = Note(e),
            Fatalities = e.Fatalities,
            Tags = tags.Count == 0 ? null : string.Join("; ", tags),
            Timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            DocumentId = document.Id,
            Iso2 = place?.CountryCode,
            GeonameId = place?.GeonameId,
            LocationAr = e.Location?.Surface,
            Actor1Ar = Surface(e, document, "actor1"),
            Actor2Ar = Surface(e, document, "actor2"),
            ClaimSource = e.Claim?.Teller,
            ClaimSourceAr = e.Claim is { Reaction: false } told ? told.Source : null,
            Injured = e.Injured,
            PartialControl = e.PartialControl,
            Confidence = e.Confidence,
            Rule = e.Rule,
            Contradicts = e.Contradicts,
            Evidence = e.EvidenceSentences.Select(s => new SpanText(s.Start, s.End, document.Slice(s))).ToList(),
            FieldEvidence = e.FieldEvidence.Select(f => new FieldSpan(f.Field, f.Span.Start, f.Span.End, document.Slice(f.Span))).ToList(),
        };
    }

    /// <summary>
    /// The actor column: the force with its period, without the branch or government that follows it
    /// ("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps" → "Military Forces of Iran (1989-)"),
    /// as the gold coders write it; the full catalog name stays in the notes.
    /// </summary>
    public static string? ColumnName(Actors.ActorRef? actor)
    {
        if (actor is null) return null;
        var m = System.Text.RegularExpressions.Regex.Match(actor.Name, @"^(.+?\(\d{4}-\d{0,4}\))\s+\S.*$");
        return m.Success ? m.Groups[1].Value : actor.Name;
    }

    /// <summary>ACLED's interaction code: the two inter codes, lower first (10 × a + b); a lone actor gives 10 × a.</summary>
    public static int? Interaction(int? a, int? b)
    {
        if (a is null) return null;
        if (b is null) return a * 10;
        return Math.Min(a.Value, b.Value) * 10 + Math.Max(a.Value, b.Value);
    }

    private static string? Surface(ExtractedEvent e, Document document, string field) =>
        e.FieldEvidence.FirstOrDefault(f => f.Field == field) is { } f ? document.Slice(f.Span) : null;

    private static string Note(ExtractedEvent e)
    {
        string who = e.Actor1?.Name ?? "Unidentified actor";
        string whom = e.Actor2 is null ? "" : $" against {e.Actor2.PlainName}";
        string where = e.Location?.Place?.Name ?? e.Location?.Surface ?? "an unknown place";
        string partial = e.PartialControl ? " (partial control)" : "";
        string deaths = e.Fatalities is > 0 ? $"; {e.Fatalities} killed" : "";
        string claim = e.Claim is null ? "" : e.Claim.Reaction ? $" Condemned by {e.Claim.DisplayName}." : $" According to {e.Claim.DisplayName}.";
        return $"{e.SubEventType}: {who}{whom} in {where}{partial}{deaths}.{claim}";
    }
}
