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
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU seconds used by the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): less sensitive than wall-clock time to other processes sharing the cores.</summary>
    public static double ThreadCpuSeconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(3, out var t) != 0) return double.NaN;
        return t.Seconds + t.Nanoseconds / 1e9;
    }

    /// <summary>Per-stage times for one (possibly huge) file: finds stages that grow faster than the text.</summary>
    public static void RunFile(string file)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        // Warm-up (JIT, per-form caches) on a slice of the corpus unless MARSAD_BENCH_COLD is set.
        if (Environment.GetEnvironmentVariable("MARSAD_BENCH_COLD") is null)
            foreach (var f in Directory.EnumerateFiles(Corpus.DefaultMiddleEast(), "*.txt", SearchOption.AllDirectories).Order().Take(300))
                foreach (var a in ArticleReader.ReadFile(f)) pipeline.Process(a.ToDocument());
        foreach (var article in ArticleReader.ReadFile(file))
        {
            var doc = article.ToDocument(new DateOnly(2018, 3, 10));
            var total = Stopwatch.StartNew();
            foreach (var stage in pipeline.Stages)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                double c0 = ThreadCpuSeconds();
                long t0 = Stopwatch.GetTimestamp();
                stage.Process(doc);
                double secs = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                Console.WriteLine($"  {stage.GetType().Name,-22} {secs,7:F2}s  cpu {ThreadCpuSeconds() - c0,7:F2}s  {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6,9:F1} MB");
            }
            Console.WriteLine($"{article.Id}: {doc.Text.Length:N0} chars, {doc.Tokens.Count:N0} tokens, {doc.Sentences.Count:N0} sentences, {doc.Events.Count} events, {total.Elapsed.TotalSeconds:F2}s");
        }
    }

    /// <summary>Writes every document's places, actors and entities: compare two builds' outputs with diff.</summary>
    public static void Dump(string folder, string output)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        using var w = new StreamWriter(output);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order())
            foreach (var article in ArticleReader.ReadFile(file))
            {
                var doc = pipeline.Process(article.ToDocument());
                w.WriteLine($"# {article.Id} events={doc.Events.Count}");
                foreach (var p in doc.Places) w.WriteLine(p);
                foreach (var a in doc.Actors) w.WriteLine($"{a} name={a.NameSpan} cands=[{string.Join(", ", a.Candidates.Select(c => c.Id))}]");
                foreach (var e in doc.Entities) w.WriteLine(e);
            }
    }

    // The pipeline over every article, as `marsad extract` runs it: wall and thread-CPU seconds, sentences and events.
    private static (double Seconds, double Cpu, long Sentences, long Events) PlainPass(MarsadPipeline pipeline, List<Article> articles)
    {
        long sentences = 0, events = 0;
        var clock = Stopwatch.StartNew();
        double cpu0 = ThreadCpuSeconds();
        foreach (var article in articles)
        {
            var doc = pipeline.Process(article.ToDocument());
            sentences += doc.Sentences.Count;
            events += doc.Events.Count;
        }
        return (clock.Elapsed.TotalSeconds, ThreadCpuSeconds() - cpu0, sentences, events);
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

        // A first pass over the whole corpus, timed on its own (tiered JIT and PGO still at work in it), then the
        // steady-state pass as the product runs — no clock read between stages — then one pass with per-stage clocks for
        // the breakdown.
        var (firstSecs, _, firstSentences, _) = PlainPass(pipeline, articles);
        Console.WriteLine($"first pass (JIT warming): {firstSentences / firstSecs:N0} sentences/s ({firstSecs:F2}s)");
        var (plainSecs, plainCpu, plainSentences, plainEvents) = PlainPass(pipeline, articles);
        Console.WriteLine($"one core: {articles.Count / plainSecs:N0} articles/s, {plainSentences / plainSecs:N0} sentences/s ({plainSentences:N0} sentences, {plainEvents:N0} events, {plainSecs:F2}s); per CPU second of this thread: {plainSentences / plainCpu:N0} sentences/s ({plainCpu:F2}s)");

        var perStage = new double[pipeline.Stages.Count];
        var allocated = new long[pipeline.Stages.Count];
        var cpu = new double[pipeline.Stages.Count];
        long sentences = 0, events = 0, tokens = 0;
        var total = Stopwatch.StartNew();
        double cpu0 = ThreadCpuSeconds();
        var pause0 = GC.GetTotalPauseDuration();
        int gc0 = GC.CollectionCount(0), gc2 = GC.CollectionCount(2);
        foreach (var article in articles)
        {
            var doc = article.ToDocument();
            for (int s = 0; s < pipeline.Stages.Count; s++)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                double c0 = ThreadCpuSeconds();
                long t0 = Stopwatch.GetTimestamp();
                pipeline.Stages[s].Process(doc);
                perStage[s] += Stopwatch.GetElapsedTime(t0).TotalSeconds;
                cpu[s] += ThreadCpuSeconds() - c0;
                allocated[s] += GC.GetAllocatedBytesForCurrentThread() - a0;
            }
            sentences += doc.Sentences.Count;
            tokens += doc.Tokens.Count;
            events += doc.Events.Count;
        }
        total.Stop();
        double secs = total.Elapsed.TotalSeconds;
        double cpuSecs = ThreadCpuSeconds() - cpu0;
        Console.WriteLine($"GC: {GC.CollectionCount(0) - gc0} collections ({GC.CollectionCount(2) - gc2} gen2), paused {(GC.GetTotalPauseDuration() - pause0).TotalSeconds:F2}s");
        Console.WriteLine($"instrumented pass (clocks around every stage): {articles.Count / secs:N0} articles/s, {sentences / secs:N0} sentences/s ({sentences:N0} sentences, {tokens:N0} tokens, {events:N0} events, {secs:F2}s); per CPU second of this thread: {sentences / cpuSecs:N0} sentences/s ({cpuSecs:F2}s)");
        for (int s = 0; s < perStage.Length; s++)
            Console.WriteLine($"  {pipeline.Stages[s].GetType().Name,-22} {perStage[s],7:F2}s  {100 * perStage[s] / secs,5:F1}%  cpu {cpu[s],7:F2}s  {allocated[s] / 1e6,9:F1} MB allocated");
    }
}
