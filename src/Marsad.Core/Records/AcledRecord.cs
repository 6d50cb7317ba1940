using System.Text.Json.Serialization;

namespace Marsad.Core.Records;

/// <summary>A span of the original text with the text it covers, for evidence in records.</summary>
public sealed record SpanText(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);

/// <summary>Which span produced which field.</summary>
public sealed record FieldSpan(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);

/// <summary>
/// An event in ACLED's 31 columns (names and order as in ACLED's export), followed by what Marsad adds:
/// document id, evidence spans, the claim source, injured, partial control, confidence, rule, contradictions.
/// </summary>
public sealed record AcledRecord
{
    public static readonly string[] AcledColumns =
    {
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    };

    [JsonPropertyName("event_id_cnty")] public required string EventIdCnty { get; init; }
    [JsonPropertyName("event_date")] public required string EventDate { get; init; }
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("time_precision")] public int TimePrecision { get; init; }
    [JsonPropertyName("disorder_type")] public required string DisorderType { get; init; }
    [JsonPropertyName("event_type")] public required string EventType { get; init; }
    [JsonPropertyName("sub_event_type")] public required string SubEventType { get; init; }
    [JsonPropertyName("actor1")] public string? Actor1 { get; init; }
    [JsonPropertyName("assoc_actor_1")] public string? AssocActor1 { get; init; }
    [JsonPropertyName("inter1")] public int? Inter1 { get; init; }
    [JsonPropertyName("actor2")] public string? Actor2 { get; init; }
    [JsonPropertyName("assoc_actor_2")] public string? AssocActor2 { get; init; }
    [JsonPropertyName("inter2")] public int? Inter2 { get; init; }
    [JsonPropertyName("interaction")] public int? Interaction { get; init; }
    [JsonPropertyName("civilian_targeting")] public string? CivilianTargeting { get; init; }
    [JsonPropertyName("iso")] public int? Iso { get; init; }
    [JsonPropertyName("region")] public string? Region { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; init; }
    [JsonPropertyName("admin2")] public string? Admin2 { get; init; }
    [JsonPropertyName("admin3")] public string? Admin3 { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("latitude")] public double? Latitude { get; init; }
    [JsonPropertyName("longitude")] public double? Longitude { get; init; }
    [JsonPropertyName("geo_precision")] public int? GeoPrecision { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("source_scale")] public string? SourceScale { get; init; }
    [JsonPropertyName("notes")] public string? Notes { get; init; }
    [JsonPropertyName("fatalities")] public int? Fatalities { get; init; }
    [JsonPropertyName("tags")] public string? Tags { get; init; }
    [JsonPropertyName("timestamp")] public long Timestamp { get; init; }

    // What an ACLED coder keeps in mind beyond the columns.
    [JsonPropertyName("document_id")] public required string DocumentId { get; init; }
    [JsonPropertyName("iso2")] public string? Iso2 { get; init; }
    [JsonPropertyName("geonameid")] public long? GeonameId { get; init; }
    [JsonPropertyName("location_ar")] public string? LocationAr { get; init; }
    [JsonPropertyName("actor1_ar")] public string? Actor1Ar { get; init; }
    [JsonPropertyName("actor2_ar")] public string? Actor2Ar { get; init; }
    [JsonPropertyName("claim_source")] public string? ClaimSource { get; init; }
    [JsonPropertyName("claim_source_ar")] public string? ClaimSourceAr { get; init; }
    [JsonPropertyName("injured")] public int? Injured { get; init; }
    [JsonPropertyName("partial_control")] public bool PartialControl { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
    [JsonPropertyName("rule")] public required string Rule { get; init; }
    [JsonPropertyName("contradicts")] public IReadOnlyList<string> Contradicts { get; init; } = Array.Empty<string>();
    [JsonPropertyName("evidence")] public IReadOnlyList<SpanText> Evidence { get; init; } = Array.Empty<SpanText>();
    [JsonPropertyName("field_evidence")] public IReadOnlyList<FieldSpan> FieldEvidence { get; init; } = Array.Empty<FieldSpan>();

    /// <summary>The 31 ACLED columns as strings, in order (for CSV).</summary>
    public string?[] AcledValues() => new string?[]
    {
        EventIdCnty, EventDate, Year.ToString(), TimePrecision.ToString(), DisorderType, EventType, SubEventType,
        Actor1, AssocActor1, Inter1?.ToString(), Actor2, AssocActor2, Inter2?.ToString(), Interaction?.ToString(), CivilianTargeting,
        Iso?.ToString(), Region, Country, Admin1, Admin2, Admin3, Location, Latitude?.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture),
        Longitude?.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture), GeoPrecision?.ToString(),
        Source, SourceScale, Notes, (Fatalities ?? 0).ToString(), Tags, Timestamp.ToString(),
    };
}
