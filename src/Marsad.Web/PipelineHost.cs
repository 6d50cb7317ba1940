using Marsad.Core;

namespace Marsad.Web;

/// <summary>
/// The extraction pipeline for the server, loaded on first use (it needs the gazetteer index of scripts/setup, and
/// takes seconds to load). When it cannot load, <see cref="Error"/> says why and the endpoints that need it answer
/// 503; the rest of the API works without it. Runs at most one pipeline job per core at a time.
/// </summary>
public sealed class PipelineHost
{
    private readonly Lazy<(MarsadPipeline? Pipeline, string? Error)> _lazy;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    public PipelineHost(Func<MarsadPipeline> factory)
    {
        _lazy = new(() =>
        {
            try { return (factory(), null); }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException or InvalidOperationException or LexiconFormatException)
            {
                return (null, $"the extraction pipeline could not load: {e.Message} (run scripts/setup to build the gazetteer index)");
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static PipelineHost Default() => new(MarsadPipeline.CreateDefault);

    public static PipelineHost Of(MarsadPipeline pipeline) => new(() => pipeline);

    public MarsadPipeline? Pipeline => _lazy.Value.Pipeline;

    public string? Error => _lazy.Value.Error;

    /// <summary>Loads the pipeline now (so the first request does not wait), on a background thread.</summary>
    public void WarmUp() => _ = Task.Run(() => _lazy.Value);

    public async Task<Document?> ProcessAsync(Document document, CancellationToken cancel)
    {
        var pipeline = await Task.Run(() => Pipeline, cancel);
        if (pipeline is null) return null;
        await _slots.WaitAsync(cancel);
        try { return await Task.Run(() => pipeline.Process(document), cancel); }
        finally { _slots.Release(); }
    }
}
