using System.CommandLine;
using Marsad.Core;
using Marsad.Core.Evaluation;
using Marsad.Core.Input;
using Marsad.Core.Records;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval events GOLD_DIR ARTICLES_DIR</c>: extracts every article that has a gold file and scores the
/// events as ../shared/eval/score.py does (same matching, same figures); --out DIR also writes the system files
/// so score.py can be run on them.
/// </summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of gold JSON files (one per article)" };
        var articles = new Argument<string>("articles-dir") { Description = "Folder of the articles (<doc_id>.txt)" };
        var output = new Option<string?>("--out") { Description = "Also write the system events, <doc_id>.json per article, here" };
        var command = new Command("events", "Score event extraction against gold events (P/R/F1 and field accuracy, as score.py)") { gold, articles, output };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(articles)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string goldDir, string articlesDir, string? outDir)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var runs = new List<(string, IReadOnlyList<GoldEvent>, IReadOnlyList<AcledRecord>)>();
        int failed = 0;
        foreach (var goldFile in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            IReadOnlyList<GoldEvent> gold;
            string docId;
            DateOnly? published;
            string? outlet;
            try { gold = EventScorer.LoadGold(goldFile, out docId, out published, out outlet); }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or IOException)
            {
                failed++;
                Console.Error.WriteLine($"error: {goldFile}: not a gold file ({e.Message}); skipped");
                continue;
            }
            string? articlePath = FindArticle(articlesDir, docId, Path.GetFileNameWithoutExtension(goldFile));
            if (articlePath is null) { Console.Error.WriteLine($"warning: {goldFile}: no article {docId} (.txt, .xml, .json, .html) in {articlesDir}; skipped"); continue; }
            Article article;
            try { article = ArticleReader.ReadFile(articlePath)[0]; }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                failed++;
                Console.Error.WriteLine($"error: {e.Message}; its gold events count as misses");
                runs.Add((Path.GetFileName(goldFile), gold, Array.Empty<AcledRecord>()));
                continue;
            }
            // The gold's publication date stands in only where the article carries none (the seed).
            var document = PipelineGuard.TryProcess(pipeline, article.ToDocument(article.LocalDate is null ? published : null, article.Outlet is null ? outlet : null), articlePath);
            if (document is null) failed++;
            var records = document is null ? new List<AcledRecord>() : document.Events.Select(e => RecordBuilder.Default.Build(e, document)).ToList();
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
                using var w = new StreamWriter(Path.Combine(outDir, Path.GetFileName(goldFile)));
                RecordWriter.WriteJson(w, records);
            }
            runs.Add((Path.GetFileName(goldFile), gold, records));
        }
        var score = EventScorer.Score(runs);
        Console.WriteLine($"matched {score.Matched}, false alarms {score.FalseAlarms}, misses {score.Misses}");
        foreach (var field in EventScorer.FieldNames)
        {
            var (ok, n) = score.Fields[field];
            Console.WriteLine($"  {field,-15} {ok}/{n} = {(n == 0 ? 0 : (double)ok / n):F2}");
        }
        Console.WriteLine("misses:");
        foreach (var m in score.MissList) Console.WriteLine("  " + m);
        Console.WriteLine("false alarms:");
        foreach (var a in score.FalseAlarmList) Console.WriteLine("  " + a);
        Console.WriteLine($"P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
        if (failed > 0) Console.Error.WriteLine($"{failed} article(s) or gold file(s) failed (see the errors above); unreadable articles count their gold events as misses, broken gold files are left out");
        return failed > 0 ? 1 : 0;
    }

    // An article is found by its doc id (else the gold file's name) in any format the reader takes — the ANT
    // corpora's TREC files, a JSON object such as one SaudiNewsNet article, or an HTML page.
    private static string? FindArticle(string articlesDir, string docId, string goldStem) =>
        new[] { docId, goldStem }.Distinct()
            .SelectMany(stem => InputPaths.ArticleExtensions.Select(ext => Path.Combine(articlesDir, stem + ext)))
            .FirstOrDefault(File.Exists);
}
