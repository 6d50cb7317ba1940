using System.Diagnostics;
using Marsad.Storage;

namespace Marsad.Bench;

/// <summary>
/// Search latency on an ingested store: the 100 analyst queries of search-queries.txt through the FTS5 index
/// (Marsad's analysis), through Lucene.NET with Marsad's analysis (the default engine) and through Lucene.NET with
/// its own ArabicAnalyzer, end to end (query, filters, top 10, snippets).
/// One warm-up pass, then each query timed once per engine; p50/p95/max, hits, and top-10 overlap.
/// Usage: dotnet run -c Release --project bench/Marsad.Bench -- search DB_PATH
/// </summary>
public static class SearchBenchmark
{
    public static void Run(string dbPath)
    {
        var queries = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "search-queries.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        using var store = new SqliteEventStore(dbPath);
        var stats = store.Stats();
        Console.WriteLine($"store {dbPath}: {stats.Articles:N0} articles, {stats.Bytes / 1e6:N0} MB; {queries.Count} queries");
        using var lucene = new LuceneSearchIndex(LuceneSearchIndex.PathFor(store.Location));
        using var luceneAr = new LuceneSearchIndex(LuceneSearchIndex.PathFor(store.Location, useMarsadAnalysis: false), useMarsadAnalysis: false);
        foreach (var (name, index) in new[] { ("lucene (Marsad analysis)", lucene), ("lucene (ArabicAnalyzer)", luceneAr) })
        {
            var clock = Stopwatch.StartNew();
            int added = index.Update(store);
            Console.WriteLine($"{name} index update: {added:N0} articles in {clock.Elapsed.TotalSeconds:N1} s");
        }
        var empty = new EventQuery();
        IReadOnlyList<SearchHit> Fts(string q) => store.Search(q, empty, 10);
        IReadOnlyList<SearchHit> Luc(string q) => store.Hits(lucene.Search(q, 30), SearchQuery.Parse(q).Terms, empty, 10);
        IReadOnlyList<SearchHit> LucAr(string q) => store.Hits(luceneAr.Search(q, 30), SearchQuery.Parse(q).Terms, empty, 10);
        var results = new Dictionary<string, List<IReadOnlyList<SearchHit>>>();
        foreach (var (name, engine) in new (string, Func<string, IReadOnlyList<SearchHit>>)[] { ("fts5", Fts), ("lucene", Luc), ("lucene-ar", LucAr) })
        {
            foreach (var q in queries) engine(q);   // warm-up
            var times = new List<double>();
            var hits = new List<IReadOnlyList<SearchHit>>();
            foreach (var q in queries)
            {
                var t = Stopwatch.StartNew();
                hits.Add(engine(q));
                times.Add(t.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            results[name] = hits;
            Console.WriteLine($"{name,-7} p50 {Pct(times, 50):N2} ms · p95 {Pct(times, 95):N2} ms · max {times[^1]:N2} ms · "
                + $"queries with hits {hits.Count(h => h.Count > 0)}/{queries.Count} · mean hits {hits.Average(h => h.Count):N1}");
        }
        // Filtered search: the same queries restricted to events in Syria.
        var syria = new EventQuery { Country = "Syria" };
        var ft = new List<double>();
        foreach (var q in queries)
        {
            var t = Stopwatch.StartNew();
            store.Search(q, syria, 10);
            ft.Add(t.Elapsed.TotalMilliseconds);
        }
        ft.Sort();
        Console.WriteLine($"fts5 + --country Syria: p50 {Pct(ft, 50):N2} ms · p95 {Pct(ft, 95):N2} ms");
        double overlap = 0;
        for (int i = 0; i < queries.Count; i++)
        {
            var a = results["fts5"][i].Select(h => h.ArticleId).ToHashSet();
            var b = results["lucene"][i].Select(h => h.ArticleId).ToHashSet();
            overlap += a.Count + b.Count == 0 ? 1 : (double)a.Intersect(b).Count() / a.Union(b).Count();
        }
        Console.WriteLine($"top-10 agreement (Jaccard, mean over queries): {overlap / queries.Count:P0}");
        foreach (var q in new[] { "مسؤول أمريكي", "مسئول", "الرقه" })
        {
            int i = queries.IndexOf(q);
            if (i >= 0) Console.WriteLine($"  {q}: fts5 {results["fts5"][i].Count} hits, lucene {results["lucene"][i].Count} hits, lucene-ar {results["lucene-ar"][i].Count} hits");
        }
    }

    private static double Pct(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}
