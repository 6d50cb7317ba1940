using System.CommandLine;
using Marsad.Core;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad ingest PATH…</c>: files, directories, zips of JSON (SaudiNewsNet) or - (JSONL on stdin) into the
/// store. Parallel extraction, one transaction per batch, a progress bar on stderr; idempotent by content hash and
/// resumable after Ctrl-C or kill -9. Bad inputs are recorded in the store and listed at the end (exit code 1).
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, .zip files, or - for JSONL on standard input", Arity = ArgumentArity.OneOrMore };
        var published = new Option<DateOnly?>("--published") { Description = "Publication date for articles that have none" };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet (ACLED's source) for articles that do not say" };
        var workers = new Option<int>("--workers") { Description = "Extraction threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction", DefaultValueFactory = _ => 200 };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar" };
        var command = new Command("ingest", "Extract events from articles into the store (idempotent, resumable)") { inputs, store.Db, published, outlet, workers, batch, quiet };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, StoreOptions.PathOf(parse, store.Db), new IngestOptions
        {
            Published = parse.GetValue(published), Outlet = parse.GetValue(outlet), Workers = Math.Max(1, parse.GetValue(workers)),
            BatchSize = Math.Max(1, parse.GetValue(batch)),
        }, parse.GetValue(quiet)));
        return command;
    }

    private static int Run(string[] inputs, string dbPath, IngestOptions options, bool quiet)
    {
        MarsadPipeline pipeline;
        try { pipeline = MarsadPipeline.CreateDefault(); }
        catch (Exception e) when (e is LexiconFormatException or FileNotFoundException or InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        using var store = StoreOptions.Open(dbPath);
        if (store is null) return 2;
        var runner = IngestRunner.ForPipeline(store, pipeline);
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (cts.IsCancellationRequested) return;   // a second Ctrl-C ends the process at once
            e.Cancel = true;
            Console.Error.WriteLine("stopping: committing the articles done so far (Ctrl-C again to quit now; the next run resumes)");
            cts.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary summary;
        if (quiet || Console.IsErrorRedirected)
        {
            var last = DateTime.UtcNow;
            var progress = new Progress<IngestProgress>(p =>
            {
                if (quiet || (DateTime.UtcNow - last).TotalSeconds < 10) return;
                last = DateTime.UtcNow;
                Console.Error.WriteLine($"{p.Read:N0} read, {p.Stored:N0} stored, {p.Skipped:N0} already there, {p.Failed:N0} failed, {Rate(p):N1} articles/s, {100.0 * p.BytesDone / Math.Max(1, p.BytesTotal):F0}%");
            });
            summary = runner.RunAsync(inputs, options, progress, cts.Token).GetAwaiter().GetResult();
        }
        else
        {
            summary = null!;
            err.Progress().AutoClear(false).HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("reading", maxValue: 1);
                    var progress = new SyncProgress(p =>
                    {
                        task.MaxValue = Math.Max(1, p.BytesTotal);
                        task.Value = Math.Min(p.BytesDone, task.MaxValue);
                        task.Description = $"{p.Stored:N0} stored · {p.Skipped:N0} known · {p.Failed:N0} failed · {Rate(p):N1} art/s";
                    });
                    summary = runner.RunAsync(inputs, options, progress, cts.Token).GetAwaiter().GetResult();
                    task.Value = task.MaxValue;
                });
        }
        Console.CancelKeyPress -= onCancel;
        var stats = store.Stats();
        Console.Error.WriteLine($"{summary.Read:N0} articles read in {summary.Elapsed.TotalSeconds:N1} s: {summary.Stored:N0} stored, {summary.Skipped:N0} already in the store, "
            + $"{summary.Failed:N0} failed; {(summary.Stored + summary.Failed) / Math.Max(0.001, summary.Elapsed.TotalSeconds):N1} articles/s");
        if (summary.Consolidation is { } c)
            Console.Error.WriteLine($"near-duplicates: {c.DuplicateArticles:N0} articles in {c.DuplicateGroups:N0} groups; events: {c.MergedEvents:N0} after merging "
                + $"({c.MultiSourceEvents:N0} reported by several articles); {c.CrossConflicts:N0} conflicting claims across articles");
        Console.Error.WriteLine($"store {store.Location}: {stats.Articles:N0} articles, {stats.Events:N0} event reports, {stats.Bytes / 1e6:N1} MB");
        if (summary.Cancelled) Console.Error.WriteLine("interrupted: run the same command again to resume");
        if (summary.Errors.Count > 0)
        {
            Console.Error.WriteLine($"{summary.Errors.Count} inputs failed (kept in the store's ingest_errors):");
            foreach (var e in summary.Errors.Take(50)) Console.Error.WriteLine($"  {e.Source}{(e.Item.Length > 0 && e.Item.Length != 64 ? " " + e.Item : "")}: {e.Message}");
            if (summary.Errors.Count > 50) Console.Error.WriteLine($"  … and {summary.Errors.Count - 50} more");
        }
        return summary.Cancelled ? 130 : summary.Errors.Count > 0 ? 1 : 0;
    }

    private static double Rate(IngestProgress p) => (p.Stored + p.Failed) / Math.Max(0.001, p.Elapsed.TotalSeconds);

    // Progress<T> posts to the thread pool; the bar wants the latest value right away.
    private sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
