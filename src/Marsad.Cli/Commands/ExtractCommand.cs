using System.CommandLine;
using Marsad.Core;
using Marsad.Core.Input;
using Marsad.Core.Records;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad extract FILE…|DIR|-</c>: events from articles (plain text, TREC/ANT XML, JSON/JSONL, HTML, zips of
/// them) as a table, JSON, JSONL, ACLED CSV or GeoJSON. A bad file is reported on stderr with its name and the rest go on;
/// the exit code is 1 when any input failed. With --out DIR, one file per article (&lt;id&gt;.json), written atomically.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories or - for standard input", Arity = ArgumentArity.OneOrMore };
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD) when the article has none, or to override it" };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet (ACLED's source) when the article does not say" };
        var format = new Option<string>("--format") { Description = "table, json, jsonl, acled-csv or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(RecordFormats.Names);
        var output = new Option<string?>("--out") { Description = "Write one file per article into this directory instead of standard output" };
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Keep only events whose confidence (0-1) is at least this: higher for a named agent, a gazetteer place and a date of the report's own",
            DefaultValueFactory = _ => 0,
        };
        minConfidence.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1) r.AddError("--min-confidence must be between 0 and 1");
        });
        var command = new Command("extract", "Extract ACLED-style events from Arabic news articles") { inputs, published, outlet, format, output, minConfidence };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(published), parse.GetValue(outlet),
            RecordFormats.Parse(parse.GetValue(format)!), parse.GetValue(output), parse.GetValue(minConfidence)));
        return command;
    }

    private static int Run(string[] inputs, DateOnly? published, string? outlet, RecordFormat format, string? outDir, double minConfidence = 0)
    {
        MarsadPipeline pipeline;
        try { pipeline = MarsadPipeline.CreateDefault(); }
        catch (Exception e) when (e is LexiconFormatException or FileNotFoundException or InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        // The inputs ingest reads: zips (SaudiNewsNet's one JSON array a day) too, also inside a directory.
        var files = InputSource.Expand(inputs).ToList();
        var all = new List<(Document Document, IReadOnlyList<AcledRecord> Records)>();
        int failed = 0, failedItems = 0, failedArticles = 0;   // inputs that could not be read; unreadable zip entries, array items or JSONL lines; articles the pipeline failed on
        void ExtractAll(Action? step)
        {
            foreach (var file in files)
            {
                ExtractFile(file);
                step?.Invoke();
            }
        }
        // Long runs show progress on stderr (articles/s, time left); stdout stays clean for the records.
        if (files.Count > 20 && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("extracting", maxValue: files.Count);
                    ExtractAll(() => task.Increment(1));
                });
        }
        else ExtractAll(null);
        if (outDir is null) Write(Console.Out, format, all);
        if (files.Count > 1 || failed > 0) Console.Error.WriteLine($"{files.Count - failed} of {files.Count} inputs read, {failed} failed");
        if (failedItems > 0) Console.Error.WriteLine($"unreadable zip entries, array items or lines inside inputs: {failedItems} (see the errors above)");
        if (failedArticles > 0) Console.Error.WriteLine($"{failedArticles} article(s) could not be extracted (see the errors above)");
        return failed + failedItems + failedArticles > 0 ? 1 : 0;

        void ExtractFile(string file)
        {
            if (InputSource.IsZip(file))
            {
                // A zip's entries are read one by one; a bad entry or item is reported and the rest go on.
                foreach (var item in InputSource.Read(new[] { file }))
                {
                    if (item.Error is { } error) { failedItems++; Console.Error.WriteLine($"error: {error.Message}"); }
                    else Extract(item.Article!, item.Source);
                }
                return;
            }
            try
            {
                foreach (var (article, error) in ArticleInputs.Read(file))
                {
                    if (error is not null) { failedItems++; Console.Error.WriteLine($"error: {error.Message}"); }
                    else Extract(article!, file);
                }
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                failed++;
                Console.Error.WriteLine($"error: {e.Message}");
            }
        }

        void Extract(Article article, string file)
        {
            var document = PipelineGuard.TryProcess(pipeline, article.ToDocument(published, outlet), file);
            if (document is null) { failedArticles++; return; }
            if (document.Published is null)
                Console.Error.WriteLine($"warning: {file}: {article.Id} has no publication date; relative dates (أمس، اليوم) are not resolved — pass --published");
            var records = document.Events.Where(e => e.Confidence >= minConfidence).Select(e => RecordBuilder.Default.Build(e, document)).ToList();
            if (outDir is not null) WriteFile(outDir, document.Id, format, records);
            else all.Add((document, records));
        }
    }

    private static void Write(TextWriter writer, RecordFormat format, List<(Document Document, IReadOnlyList<AcledRecord> Records)> results)
    {
        var records = results.SelectMany(r => r.Records).ToList();
        switch (format)
        {
            case RecordFormat.Json: RecordWriter.WriteJson(writer, records); break;
            case RecordFormat.Jsonl: RecordWriter.WriteJsonLines(writer, records); break;
            case RecordFormat.AcledCsv: RecordWriter.WriteAcledCsv(writer, records); break;
            case RecordFormat.GeoJson: RecordWriter.WriteGeoJson(writer, records); break;
            default: EventTable.Print(results); break;
        }
    }

    // Written to a temporary file and renamed, so an interrupted run never leaves half a file.
    private static void WriteFile(string dir, string id, RecordFormat format, IReadOnlyList<AcledRecord> records)
    {
        Directory.CreateDirectory(dir);
        string ext = format switch { RecordFormat.AcledCsv => ".csv", RecordFormat.GeoJson => ".geojson", RecordFormat.Jsonl => ".jsonl", _ => ".json" };
        string path = Path.Combine(dir, id + ext), tmp = path + ".tmp";
        using (var writer = new StreamWriter(tmp, false, new System.Text.UTF8Encoding(false)))
        {
            switch (format)
            {
                case RecordFormat.AcledCsv: RecordWriter.WriteAcledCsv(writer, records); break;
                case RecordFormat.GeoJson: RecordWriter.WriteGeoJson(writer, records); break;
                case RecordFormat.Jsonl: RecordWriter.WriteJsonLines(writer, records); break;
                default: RecordWriter.WriteJson(writer, records); break;
            }
        }
        File.Move(tmp, path, overwrite: true);
    }
}
