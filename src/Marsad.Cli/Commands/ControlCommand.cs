using System.CommandLine;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad control PLACE</c>: who was reported to hold the place, when, according to whom; contested periods marked.</summary>
public static class ControlCommand
{
    public static Command Create()
    {
        var db = new StoreOptions().Db;
        var place = new Argument<string>("place") { Description = "Place name in Arabic or English (e.g. البوكمال, Abu Kamal) or a GeoNames id" };
        var command = new Command("control", "Timeline of territorial control of a place") { place, db };
        command.SetAction(parse => Run(StoreOptions.PathOf(parse, db), parse.GetValue(place)!));
        return command;
    }

    private static int Run(string dbPath, string place)
    {
        using var store = StoreOptions.OpenExisting(dbPath);
        if (store is null) return 2;
        var events = store.TerritorialEvents(place);
        if (events.Count == 0) { AnsiConsole.WriteLine($"no territorial events reported for {place}"); return 0; }
        var periods = ControlTimeline.Build(events, store.ConflictedEvents(events.Select(e => e.Id)));
        var names = events.Select(e => e.Record.Location).Where(n => n is not null).Distinct().ToList();
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(place)}[/] {Markup.Escape(string.Join(" / ", names))}").LeftJustified());
        var table = new Table().AddColumns("from", "until", "held by", "according to", "status");
        foreach (var p in periods)
        {
            string sources = string.Join("\n", p.Reports.Select(r =>
                $"{r.Date:yyyy-MM-dd} {r.AccordingTo}: {r.SubType}{(r.Partial ? " (partial)" : "")}{(r.From is null ? "" : ", from " + r.From)} [{r.DocumentId}]"));
            table.AddRow(p.Start.ToString("yyyy-MM-dd"), p.End?.ToString("yyyy-MM-dd") ?? "latest", Markup.Escape(p.Controller), Markup.Escape(sources),
                p.Contested ? "[red]contested[/]\n" + Markup.Escape(p.Why ?? "") : "[green]held[/]");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
