using System.Diagnostics.Tracing;

namespace Marsad.Bench;

/// <summary>Diagnostics (MARSAD_BENCH_GCLOG=1): one line per garbage collection: generation, duration and bytes promoted.</summary>
public sealed class GcLog : EventListener
{
    private DateTime _start;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || e.Payload is null) return;
        if (e.EventName.StartsWith("GCStart")) { _start = e.TimeStamp; Console.Error.Write($"GC#{e.Payload[0]} gen{e.Payload[1]} "); }
        else if (e.EventName.StartsWith("GCEnd")) Console.Error.Write($"{(e.TimeStamp - _start).TotalMilliseconds,6:F1} ms ");
        else if (e.EventName.StartsWith("GCHeapStats"))
            Console.Error.WriteLine($"promoted gen0→1 {Mb(e.Payload[1])} gen1→2 {Mb(e.Payload[3])}; sizes gen0 {Mb(e.Payload[0])} gen1 {Mb(e.Payload[2])} gen2 {Mb(e.Payload[4])} loh {Mb(e.Payload[6])}");
    }

    private static string Mb(object? bytes) => $"{Convert.ToDouble(bytes) / 1e6:F1}MB";
}
