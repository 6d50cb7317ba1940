using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Core.Records;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad events [filters] [--format table|json|jsonl|acled-csv|geojson]</c>: events from the store, merged across
/// articles (one row per event, every outlet in source), or --reports for one row per article's report.
/// </summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format") { Description = "table, json, jsonl, acled-csv or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(RecordFormats.Names);
        var reports = new Option<bool>("--reports") { Description = "One row per article's report instead of merged events" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var command = new Command("events", "Events in the store, filtered; merged across articles") { store.Db, format, reports, limit };
        store.AddFilters(command);
        command.SetAction(parse => Run(StoreOptions.PathOf(parse, store.Db), store.Query(parse, parse.GetValue(limit)),
            RecordFormats.Parse(parse.GetValue(format)!), parse.GetValue(reports)));
        return command;
    }

    private static int Run(string dbPath, EventQuery query, RecordFormat format, bool reports)
    {
        using var store = StoreOptions.OpenExisting(dbPath);
        if (store is null) return 2;
        var merged = reports
            ? store.Events(query).Select(e => new MergedEvent(e.Id, e.Record, new[] { e })).ToList()
            : store.MergedEvents(query).ToList();
        var records = merged.Select(m => m.Record).ToList();
        switch (format)
        {
            case RecordFormat.Json: WriteJson(Console.Out, merged, indented: true); break;
            case RecordFormat.Jsonl: WriteJson(Console.Out, merged, indented: false); break;
            case RecordFormat.AcledCsv: RecordWriter.WriteAcledCsv(Console.Out, records); break;
            case RecordFormat.GeoJson: RecordWriter.WriteGeoJson(Console.Out, records); break;
            default: Print(merged); break;
        }
        return 0;
    }

    /// <summary>Records as JSON, each with a "reports" array: article, outlet, claim source and evidence of every report.</summary>
    public static void WriteJson(TextWriter writer, IReadOnlyList<MergedEvent> events, bool indented)
    {
        var options = new JsonSerializerOptions(RecordWriter.JsonOptions) { WriteIndented = indented };
        JsonNode Node(MergedEvent m)
        {
            var node = JsonSerializer.SerializeToNode(m.Record, options)!.AsObject();
            node["reports"] = new JsonArray(m.Reports.Select(r => (JsonNode)new JsonObject
            {
                ["document_id"] = r.DocumentId, ["outlet"] = r.Outlet, ["url"] = r.Url, ["event_date"] = r.Record.EventDate,
                ["claim_source"] = r.Record.ClaimSource, ["fatalities"] = r.Record.Fatalities,
                ["evidence"] = JsonSerializer.SerializeToNode(r.Record.Evidence, options),
            }).ToArray());
            return node;
        }
        if (indented) writer.WriteLine(new JsonArray(events.Select(Node).ToArray()).ToJsonString(options));
        else foreach (var m in events) writer.WriteLine(Node(m).ToJsonString(options));
    }

    private static void Print(IReadOnlyList<MergedEvent> events)
    {
        if (events.Count == 0) { AnsiConsole.WriteLine("no events match"); return; }
        var table = new Table().AddColumns("date", "type / sub-type", "actor 1", "actor 2", "location", "dead", "sources", "claim");
        foreach (var m in events)
        {
            var r = m.Record;
            table.AddRow(r.EventDate, Markup.Escape($"{r.EventType} / {r.SubEventType}" + (r.PartialControl ? " (partial)" : "")),
                Markup.Escape(r.Actor1 ?? ""), Markup.Escape(r.Actor2 ?? ""),
                Markup.Escape($"{r.Location ?? r.LocationAr}, {r.Admin1}, {r.Country}"), r.Fatalities?.ToString() ?? "",
                Markup.Escape($"{r.Source} ({m.Reports.Count})"), Markup.Escape(r.ClaimSource ?? ""));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{events.Count} events from {events.Sum(e => e.Reports.Count)} reports");
    }
}
