using System.Diagnostics;
using Marsad.Core;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Bench;

/// <summary>
/// Issue 3: gazetteer index load time and resident memory, and MB/s of place recognition + resolution over the
/// shared corpus (documents tokenised and split beforehand, so the figure is the geoparser's own), on one thread.
/// </summary>
public static class GeoBenchmark
{
    public static void Run(string folder)
    {
        string index = GeoCache.IndexPath();
        if (!File.Exists(index)) { Console.Error.WriteLine($"{index} not found: run scripts/setup"); return; }
        Console.WriteLine($"index: {index} ({new FileInfo(index).Length / 1e6:F1} MB)");

        // resident memory: working set after loading, minus the working set before (both after a full GC)
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        long before = process.WorkingSet64;
        var sw = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load(index);
        double firstLoadMs = sw.Elapsed.TotalMilliseconds;
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        process.Refresh();
        long after = process.WorkingSet64;
        Console.WriteLine($"entries: {gazetteer.PlaceCount:N0}, keys: {gazetteer.KeyCount:N0}");
        Console.WriteLine($"first load (cold JIT): {firstLoadMs:F0} ms");
        var load = Timing.Median(() => Gazetteer.Load(index));
        Console.WriteLine($"load (median of 5): {load.TotalMilliseconds:F0} ms");
        Console.WriteLine($"resident memory of the loaded index: {(after - before) / 1e6:F0} MB (process working set {after / 1e6:F0} MB)");

        var (texts, bytes) = Corpus.Load(folder);
        double mb = bytes / 1_000_000.0;
        Console.WriteLine($"corpus: {folder}: {texts.Count:N0} files, {mb:F1} MB UTF-8");
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var docs = texts.Select(t => { var d = new Document(t); tokenizer.Process(d); splitter.Process(d); return d; }).ToList();
        var recognizer = new PlaceRecognizer(gazetteer, GeoLexicon.LoadDefault());
        long places = 0;
        var geo = Timing.Median(() =>
        {
            long n = 0;
            foreach (var d in docs) { recognizer.Process(d); n += d.Places.Count; }
            places = n;
        });
        Console.WriteLine($"{"stage",-50} {"time",9} {"MB/s",8} {"places",10}");
        Console.WriteLine($"{"Marsad geoparser: recognise + resolve",-50} {geo.TotalSeconds,8:F2}s {mb / geo.TotalSeconds,8:F1} {places,10:N0}");
        var full = Timing.Median(() =>
        {
            foreach (var t in texts) { var d = new Document(t); tokenizer.Process(d); splitter.Process(d); recognizer.Process(d); }
        }, runs: 3);
        Console.WriteLine($"{"tokenise + split + recognise + resolve",-50} {full.TotalSeconds,8:F2}s {mb / full.TotalSeconds,8:F1}");
    }
}
