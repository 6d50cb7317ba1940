using Marsad.Core;
using Marsad.Core.Records;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>The readable table of events: one row per event, with its claim source and contradictions.</summary>
public static class EventTable
{
    public static void Print(IEnumerable<(Document Document, IReadOnlyList<AcledRecord> Records)> results)
    {
        foreach (var (document, records) in results)
        {
            AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(document.Id)}[/] {Markup.Escape(document.Published?.ToString("yyyy-MM-dd") ?? "no date")} {Markup.Escape(document.Outlet ?? "")}").LeftJustified());
            if (records.Count == 0) { AnsiConsole.WriteLine("no events"); continue; }
            var table = new Table().AddColumns("id", "date", "type / sub-type", "actor 1", "actor 2", "location", "dead", "claim source", "contradicts");
            foreach (var r in records)
                table.AddRow(Markup.Escape(r.EventIdCnty), $"{r.EventDate} ({r.TimePrecision})", Markup.Escape($"{r.EventType} / {r.SubEventType}" + (r.PartialControl ? " (partial)" : "")),
                    Markup.Escape($"{r.Actor1} [{r.Inter1}]"), Markup.Escape(r.Actor2 is null ? "" : $"{r.Actor2} [{r.Inter2}]"),
                    Markup.Escape($"{r.Location} ({r.LocationAr}), {r.Admin1}, {r.Country} · {r.Latitude:0.####},{r.Longitude:0.####} p{r.GeoPrecision}"),
                    r.Fatalities?.ToString() ?? "", Markup.Escape(r.ClaimSource ?? ""), Markup.Escape(string.Join(", ", r.Contradicts)));
            AnsiConsole.Write(table);
        }
    }
}
