using System.CommandLine;
using System.Globalization;
using Marsad.Core.Actors;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval actors GOLD_DIR ARTICLES_DIR</c>: share of gold actor1/actor2 recognised with the right name and inter.</summary>
public static class EvalActorsCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Description = "GOLD_DIR ARTICLES_DIR [GOLD_DIR ARTICLES_DIR …] (gold *.json; articles DOC_ID.txt)", Arity = new ArgumentArity(2, 100) };
        var published = new Option<DateOnly?>("--published") { Description = "Publication date for articles that carry none (e.g. the seed: 2017-11-10)" };
        var verbose = new Option<bool>("--verbose") { Description = "One line per gold actor" };
        var command = new Command("actors", "Score actor recognition on gold events (actor1/actor2 with the right canonical name and inter)") { dirs, published, verbose };
        command.SetAction(parse => Run(parse.GetValue(dirs)!, parse.GetValue(published), parse.GetValue(verbose)));
        return command;
    }

    /// <summary>Adds a subcommand to the root's <c>eval</c> command, creating it when no other stage has.</summary>
    public static void AddToEval(RootCommand root, Command sub)
    {
        var eval = root.Subcommands.FirstOrDefault(c => c.Name == "eval");
        if (eval is null)
        {
            eval = new Command("eval", "Evaluate against gold data");
            root.Subcommands.Add(eval);
        }
        eval.Subcommands.Add(sub);
    }

    private static int Run(string[] dirs, DateOnly? published, bool verbose)
    {
        if (dirs.Length % 2 != 0) { Console.Error.WriteLine("error: give GOLD_DIR ARTICLES_DIR pairs"); return 2; }
        var pipeline = ActorPipeline.CreateDefault();
        var items = new List<ActorEvaluation.Item>();
        for (int i = 0; i < dirs.Length; i += 2)
        {
            if (!Directory.Exists(dirs[i]) || !Directory.Exists(dirs[i + 1])) { Console.Error.WriteLine($"error: {dirs[i]} or {dirs[i + 1]}: no such folder"); return 2; }
            items.AddRange(ActorEvaluation.Run(pipeline, dirs[i], dirs[i + 1], published));
        }
        if (verbose)
            foreach (var it in items)
                Console.WriteLine(string.Join('\t', it.DocId, it.Slot, it.Found ? "yes" : it.NameFound ? "name" : "no",
                    $"{it.GoldName} [{it.GoldInter}] «{it.GoldAr}»", it.FoundSurface is null ? "-" : $"«{it.FoundSurface}» {it.FoundName} [{it.FoundInter}]"));
        var s = ActorEvaluation.Summarize(items);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gold actor1/actor2: {s.Slots}; right name: {s.NameFound} ({Pct(s.NameFound, s.Slots)}); right name and inter: {s.Found} ({Pct(s.Found, s.Slots)})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"distinct per article: {s.Unique}; found: {s.UniqueFound} ({Pct(s.UniqueFound, s.Unique)}); associated actors: {s.AssocSlots}, found {s.AssocFound} ({Pct(s.AssocFound, s.AssocSlots)})"));
        return 0;
    }

    internal static string Pct(int a, int b) => b == 0 ? "-" : (100.0 * a / b).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
