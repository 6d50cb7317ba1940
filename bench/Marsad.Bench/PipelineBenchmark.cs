using System.Diagnostics;
using Marsad.Core;
using Marsad.Core.Input;

namespace Marsad.Bench;

/// <summary>
/// Issue 5: the whole pipeline (read → records) over the shared Middle-East corpus on one core: articles/s and
/// sentences/s, with the time per stage so the slow stage is visible.
/// </summary>
public static class PipelineBenchmark
{
    /// <summary>Per-stage times for one (possibly huge) file: finds stages that grow faster than the text.</summary>
    public static void RunFile(string file)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        foreach (var article in ArticleReader.ReadFile(file))
        {
            var doc = article.ToDocument(new DateOnly(2018, 3, 10));
            var total = Stopwatch.StartNew();
            foreach (var stage in pipeline.Stages)
            {
                long t0 = Stopwatch.GetTimestamp();
                stage.Process(doc);
                Console.WriteLine($"  {stage.GetType().Name,-22} {Stopwatch.GetElapsedTime(t0).TotalSeconds,7:F2}s");
            }
            Console.WriteLine($"{article.Id}: {doc.Text.Length:N0} chars, {doc.Tokens.Count:N0} tokens, {doc.Sentences.Count:N0} sentences, {doc.Events.Count} events, {total.Elapsed.TotalSeconds:F2}s");
        }
    }

    public static void Run(string folder)
    {
        var articles = new List<Article>();
        var read = Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order())
            articles.AddRange(ArticleReader.ReadFile(file));
        read.Stop();
        var load = Stopwatch.StartNew();
        var pipeline = MarsadPipeline.CreateDefault();
        load.Stop();
        Console.WriteLine($"corpus: {folder}: {articles.Count:N0} articles read in {read.Elapsed.TotalSeconds:F2}s; pipeline loaded in {load.Elapsed.TotalSeconds:F2}s");

        // Warm-up on a slice, then one timed pass with per-stage clocks.
        foreach (var a in articles.Take(300)) pipeline.Process(a.ToDocument());
        var perStage = new double[pipeline.Stages.Count];
        long sentences = 0, events = 0;
        var total = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var doc = article.ToDocument();
            for (int s = 0; s < pipeline.Stages.Count; s++)
            {
                long t0 = Stopwatch.GetTimestamp();
                pipeline.Stages[s].Process(doc);
                perStage[s] += Stopwatch.GetElapsedTime(t0).TotalSeconds;
            }
            sentences += doc.Sentences.Count;
            events += doc.Events.Count;
        }
        total.Stop();
        double secs = total.Elapsed.TotalSeconds;
        Console.WriteLine($"one core: {articles.Count / secs:N0} articles/s, {sentences / secs:N0} sentences/s ({sentences:N0} sentences, {events:N0} events, {secs:F2}s)");
        for (int s = 0; s < perStage.Length; s++)
            Console.WriteLine($"  {pipeline.Stages[s].GetType().Name,-22} {perStage[s],7:F2}s  {100 * perStage[s] / secs,5:F1}%");
    }
}
