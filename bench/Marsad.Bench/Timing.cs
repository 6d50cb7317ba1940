using System.Diagnostics;

namespace Marsad.Bench;

/// <summary>Runs a workload a few times after a warm-up and reports the median, so JIT and caches settle first.</summary>
public static class Timing
{
    public static TimeSpan Median(Action work, int runs = 5)
    {
        work();   // warm-up: JIT, tiered compilation, lexicon caches
        var times = new List<TimeSpan>();
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            work();
            times.Add(sw.Elapsed);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
