using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Marsad.Core.Records;

/// <summary>Writes records as JSON (an array), JSONL, ACLED CSV (its 31 columns, via CsvHelper) or GeoJSON (via NetTopologySuite).</summary>
public static class RecordWriter
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    private static readonly JsonSerializerOptions JsonLineOptions = new(JsonOptions) { WriteIndented = false };

    public static void WriteJson(TextWriter writer, IReadOnlyList<AcledRecord> records) =>
        writer.WriteLine(JsonSerializer.Serialize(records, JsonOptions));

    public static void WriteJsonLines(TextWriter writer, IEnumerable<AcledRecord> records)
    {
        foreach (var r in records) writer.WriteLine(JsonSerializer.Serialize(r, JsonLineOptions));
    }

    /// <summary>ACLED's 31 columns with its header; <paramref name="header"/> false appends to an existing file.</summary>
    public static void WriteAcledCsv(TextWriter writer, IEnumerable<AcledRecord> records, bool header = true)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        if (header) csv.WriteHeader(AcledRecord.AcledColumns);
        foreach (var r in records) csv.WriteRecord(r.AcledValues().Select(v => v ?? "").ToArray());
        csv.Flush();
    }

    public static void WriteGeoJson(TextWriter writer, IEnumerable<AcledRecord> records)
    {
        var collection = new FeatureCollection();
        foreach (var r in records)
        {
            if (r.Latitude is null || r.Longitude is null) continue;
            var attributes = new AttributesTable
            {
                { "event_id_cnty", r.EventIdCnty }, { "event_date", r.EventDate }, { "event_type", r.EventType },
                { "sub_event_type", r.SubEventType }, { "actor1", r.Actor1 }, { "actor2", r.Actor2 }, { "location", r.Location },
                { "location_ar", r.LocationAr }, { "admin1", r.Admin1 }, { "country", r.Country }, { "fatalities", r.Fatalities },
                { "geo_precision", r.GeoPrecision }, { "claim_source", r.ClaimSource }, { "document_id", r.DocumentId }, { "notes", r.Notes },
            };
            collection.Add(new Feature(new Point(r.Longitude.Value, r.Latitude.Value), attributes));
        }
        var options = new JsonSerializerOptions(JsonOptions);
        options.Converters.Add(new GeoJsonConverterFactory());
        writer.WriteLine(JsonSerializer.Serialize(collection, options));
    }
}
