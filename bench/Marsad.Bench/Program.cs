using Marsad.Bench;

// Marsad benchmarks: throughput on the shared corpora, side by side with the peer named in each issue.
// Usage: dotnet run -c Release --project bench/Marsad.Bench -- text [CORPUS_DIR]
string which = args.Length > 0 ? args[0] : "text";
string corpus = args.Length > 1 ? args[1] : Corpus.DefaultMiddleEast();
using var gcLog = Environment.GetEnvironmentVariable("MARSAD_BENCH_GCLOG") is null ? null : new GcLog();
switch (which)
{
    case "text":
        TextBenchmark.Run(corpus);
        return 0;
    case "geo":
        GeoBenchmark.Run(corpus);
        return 0;
    case "pipeline":
        PipelineBenchmark.Run(corpus);
        return 0;
    case "dump":
        PipelineBenchmark.Dump(args.Length > 2 ? args[2] : Corpus.DefaultMiddleEast(), corpus);
        return 0;
    case "file":
        PipelineBenchmark.RunFile(corpus);
        return 0;
    case "search":
        SearchBenchmark.Run(args.Length > 1 ? args[1] : Marsad.Storage.SqliteEventStore.DefaultPath());
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{which}'; known: text, pipeline, geo");
        return 2;
}
