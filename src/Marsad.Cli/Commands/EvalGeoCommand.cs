using System.CommandLine;
using System.Globalization;
using Marsad.Core.Geo;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval geo GOLD_DIR ARTICLES_DIR</c>: share of gold event locations found and resolved within 25 / 161 km.</summary>
public static class EvalGeoCommand
{
    /// <summary>The <c>geo</c> subcommand; <see cref="CreateEval"/> wraps it in an <c>eval</c> command when no one else has.</summary>
    public static Command Create()
    {
        var gold = new Argument<string[]>("dirs") { Description = "GOLD_DIR ARTICLES_DIR [GOLD_DIR ARTICLES_DIR …] (gold *.json; articles named DOC_ID.txt)", Arity = new ArgumentArity(2, 100) };
        var verbose = new Option<bool>("--verbose") { Description = "One line per gold location" };
        var command = new Command("geo", "Score the geoparser on gold event locations (Acc@25 km, Acc@161 km)") { gold, verbose };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(verbose)));
        return command;
    }

    public static Command CreateEval() => new("eval", "Evaluate against gold data") { Create() };

    private static int Run(string[] dirs, bool verbose)
    {
        if (dirs.Length % 2 != 0) { Console.Error.WriteLine("error: give GOLD_DIR ARTICLES_DIR pairs"); return 2; }
        GeoParser parser;
        try { parser = GeoParser.CreateDefault(); }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var items = new List<GeoEvalItem>();
        for (int i = 0; i < dirs.Length; i += 2)
        {
            if (!Directory.Exists(dirs[i]) || !Directory.Exists(dirs[i + 1])) { Console.Error.WriteLine($"error: {dirs[i]} or {dirs[i + 1]}: no such folder"); return 2; }
            items.AddRange(GeoEvaluation.Run(parser, dirs[i], dirs[i + 1]));
        }
        if (verbose)
        {
            var table = new Table().AddColumns("doc", "gold", "found", "resolved", "km");
            foreach (var it in items)
                table.AddRow(Markup.Escape(it.DocId), Markup.Escape($"{it.LocationAr} ({it.Location})"), Markup.Escape(it.FoundSurface ?? "-"),
                    Markup.Escape(it.ResolvedName ?? "-"), it.DistanceKm is { } km ? km.ToString("F1", CultureInfo.InvariantCulture) : "-");
            AnsiConsole.Write(table);
        }
        int n = items.Count;
        int found = items.Count(i => i.FoundSurface is not null);
        int at25 = items.Count(i => i.DistanceKm <= 25), at161 = items.Count(i => i.DistanceKm <= 161);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gold locations: {n}; found: {found} ({Pct(found, n)}); Acc@25km: {at25} ({Pct(at25, n)}); Acc@161km: {at161} ({Pct(at161, n)})"));
        return 0;

        static string Pct(int a, int b) => b == 0 ? "-" : (100.0 * a / b).ToString("F1", CultureInfo.InvariantCulture) + "%";
    }
}
