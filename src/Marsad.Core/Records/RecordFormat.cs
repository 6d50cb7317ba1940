namespace Marsad.Core.Records;

/// <summary>Output formats of records.</summary>
public enum RecordFormat
{
    Table,
    Json,
    Jsonl,
    AcledCsv,
    GeoJson,
}

public static class RecordFormats
{
    public static readonly string[] Names = { "table", "json", "jsonl", "acled-csv", "geojson" };

    public static RecordFormat Parse(string name) => name switch
    {
        "table" => RecordFormat.Table,
        "json" => RecordFormat.Json,
        "jsonl" => RecordFormat.Jsonl,
        "acled-csv" or "csv" => RecordFormat.AcledCsv,
        "geojson" => RecordFormat.GeoJson,
        _ => throw new ArgumentException($"unknown format \"{name}\"; use one of {string.Join(", ", Names)}"),
    };
}
