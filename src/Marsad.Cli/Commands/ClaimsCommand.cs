using System.CommandLine;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad claims [--place NAME] [--from DATE]</c>: conflicting claims side by side — reports the extractor found
/// contradicting each other within an article, and territorial reports about one place a few days apart whose
/// winners or outcomes disagree across articles.
/// </summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var db = new StoreOptions().Db;
        var place = new Option<string?>("--place") { Description = "Only claims about this place (Arabic or English)" };
        var from = new Option<DateOnly?>("--from") { Description = "Only events on or after this date" };
        var command = new Command("claims", "Conflicting claims, side by side") { db, place, from };
        command.SetAction(parse => Run(StoreOptions.PathOf(parse, db), parse.GetValue(place), parse.GetValue(from)));
        return command;
    }

    private static int Run(string dbPath, string? place, DateOnly? from)
    {
        using var store = StoreOptions.OpenExisting(dbPath);
        if (store is null) return 2;
        var pairs = store.Conflicts(place, from);
        if (pairs.Count == 0) { AnsiConsole.WriteLine("no conflicting claims"); return 0; }
        var table = new Table().AddColumns("claim A", "claim B", "why they conflict");
        foreach (var p in pairs) table.AddRow(Side(p.A), Side(p.B), Markup.Escape($"{p.Reason} ({(p.Scope == "cross" ? "across articles" : "within one article")})"));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{pairs.Count} conflicting pairs");
        return 0;
    }

    private static string Side(StoredEvent e)
    {
        var r = e.Record;
        string who = r.ClaimSource ?? e.Outlet ?? "unattributed";
        return $"[bold]{Markup.Escape(who)}[/] ({Markup.Escape(e.Outlet ?? "")}, {Markup.Escape(e.DocumentId)})\n"
            + Markup.Escape($"{r.EventDate} · {r.SubEventType}{(r.PartialControl ? " (partial)" : "")}\n{r.Actor1}{(r.Actor2 is null ? "" : " vs " + r.Actor2)}\n{r.Location ?? r.LocationAr}")
            + (r.Evidence.Count > 0 ? "\n[grey]" + Markup.Escape(Trim(r.Evidence[0].Text)) + "[/]" : "");
    }

    private static string Trim(string s) => s.Length > 160 ? s[..160] + "…" : s;
}
