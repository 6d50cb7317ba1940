using System.Diagnostics;
using System.Threading.Channels;
using Marsad.Core;
using Marsad.Core.Events;
using Marsad.Core.Input;
using Marsad.Core.Records;

namespace Marsad.Storage;

public sealed record IngestOptions
{
    public int Workers { get; init; } = Environment.ProcessorCount;
    public int BatchSize { get; init; } = 200;
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(2);
    public DateOnly? Published { get; init; }
    public string? Outlet { get; init; }
    public TextReader? Stdin { get; init; }
    /// <summary>Recompute duplicate groups, merged events and conflicts at the end (on by default).</summary>
    public bool Consolidate { get; init; } = true;
}

public sealed record IngestProgress(long Read, long Stored, long Skipped, long Failed, long BytesDone, long BytesTotal, TimeSpan Elapsed, int Batches);

public sealed record IngestSummary(long Read, long Stored, long Skipped, long Failed, IReadOnlyList<IngestError> Errors, TimeSpan Elapsed,
    ConsolidationStats? Consolidation, bool Cancelled);

/// <summary>
/// Reads inputs on one thread, extracts on <see cref="IngestOptions.Workers"/> threads (bounded channels, so
/// memory stays flat), and writes from a single writer in batches of one transaction each. Articles whose
/// content hash is stored are skipped before extraction; a failing article is recorded and the batch goes on.
/// </summary>
public sealed class IngestRunner
{
    private readonly IEventStore _store;
    private readonly Func<Document, Document> _process;

    public IngestRunner(IEventStore store, Func<Document, Document> process)
    {
        _store = store;
        _process = process;
    }

    public static IngestRunner ForPipeline(IEventStore store, MarsadPipeline pipeline) => new(store, pipeline.Process);

    public IngestedArticle Extract(Article article, string hash, DateOnly? published = null, string? outlet = null)
    {
        // --published and --outlet fill in what an article lacks; they never override what it says.
        var document = _process(article.ToDocument(article.LocalDate is null ? published : null, article.Outlet is null ? outlet : null));
        var events = document.Events.ToList();
        var records = events.Select(e => RecordBuilder.Default.Build(e, document)).ToList();
        return new IngestedArticle(article, hash, Fingerprints.SimHash(Fingerprints.Words(document.Tokens)),
            SearchAnalyzer.IndexText(document.Tokens), document, events, records);
    }

    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> inputs, IngestOptions options, IProgress<IngestProgress>? progress = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var files = InputSource.Expand(inputs).ToList();
        long bytesTotal = InputSource.TotalBytes(files);
        var known = _store.ArticleHashes();
        var work = Channel.CreateBounded<(InputItem Item, string Hash)>(new BoundedChannelOptions(options.Workers * 16) { SingleWriter = true });
        var done = Channel.CreateBounded<(IngestedArticle? Article, IngestError? Error, long Bytes)>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        long read = 0, skipped = 0, stored = 0, failed = 0, bytesDone = 0;
        int batches = 0;
        var errors = new List<IngestError>();

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in InputSource.Read(files, options.Stdin))
                {
                    if (cancel.IsCancellationRequested) break;
                    if (item.Article is null || item.Error is not null)
                    {
                        await done.Writer.WriteAsync((null, item.Error, item.Bytes), CancellationToken.None);
                        continue;
                    }
                    Interlocked.Increment(ref read);
                    string hash = Fingerprints.ContentHash(item.Article.Title, item.Article.Text);
                    if (!known.Add(hash))
                    {
                        Interlocked.Increment(ref skipped);
                        Interlocked.Add(ref bytesDone, item.Bytes);
                        continue;
                    }
                    await work.Writer.WriteAsync((item, hash), CancellationToken.None);
                }
            }
            finally { work.Writer.Complete(); }
        });

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            await foreach (var (item, hash) in work.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (cancel.IsCancellationRequested) continue;   // drain without working: the next run redoes these
                IngestedArticle? result = null;
                IngestError? error = null;
                try { result = Extract(item.Article!, hash, options.Published, options.Outlet); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    error = new IngestError(item.Source, hash, $"{item.Article!.Id}: {e.GetType().Name}: {e.Message}");
                }
                await done.Writer.WriteAsync((result, error, item.Bytes), CancellationToken.None);
            }
        })).ToArray();
        var closer = Task.WhenAll(workers.Append(producer)).ContinueWith(t => done.Writer.Complete(t.Exception));

        var batch = new List<IngestedArticle>();
        var batchErrors = new List<IngestError>();
        long batchBytes = 0;
        var lastFlush = Stopwatch.StartNew();
        void Flush()
        {
            if (batch.Count == 0 && batchErrors.Count == 0) return;
            stored += _store.WriteBatch(batch, batchErrors);
            batches++;
            Interlocked.Add(ref bytesDone, batchBytes);
            batch.Clear();
            batchErrors.Clear();
            batchBytes = 0;
            lastFlush.Restart();
            progress?.Report(new IngestProgress(read, stored, skipped, failed, Interlocked.Read(ref bytesDone), bytesTotal, clock.Elapsed, batches));
        }
        await foreach (var (article, error, bytes) in done.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (article is not null) batch.Add(article);
            if (error is not null) { batchErrors.Add(error); errors.Add(error); failed++; }
            batchBytes += bytes;
            if (batch.Count >= options.BatchSize || lastFlush.Elapsed >= options.MaxBatchDelay) Flush();
            else if ((batch.Count & 15) == 0)
                progress?.Report(new IngestProgress(read, stored + batch.Count, skipped, failed, Interlocked.Read(ref bytesDone) + batchBytes, bytesTotal, clock.Elapsed, batches));
        }
        Flush();
        await closer;
        ConsolidationStats? consolidation = options.Consolidate && !cancel.IsCancellationRequested ? _store.Consolidate() : null;
        return new IngestSummary(read, stored, skipped, failed, errors, clock.Elapsed, consolidation, cancel.IsCancellationRequested);
    }
}
