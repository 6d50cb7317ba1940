namespace Marsad.Storage;

/// <summary>
/// Marsad's store: articles with their fingerprints, events with their evidence, claims, sources, ingest errors,
/// near-duplicate groups, merged events and conflicting claims, and a full-text index. One writer at a time
/// (<see cref="WriteBatch"/> commits one transaction); readers may run beside it.
/// </summary>
public interface IEventStore : IDisposable
{
    string Location { get; }

    int SchemaVersion { get; }

    /// <summary>Content hashes of every stored article (for idempotent ingest).</summary>
    HashSet<string> ArticleHashes();

    /// <summary>Writes articles (skipping any whose hash is stored), their events, claims and index terms, and errors, in one transaction.</summary>
    int WriteBatch(IReadOnlyList<IngestedArticle> articles, IReadOnlyList<IngestError> errors);

    /// <summary>Recomputes what spans articles: near-duplicate groups, merged events, cross-article conflicts. Deterministic.</summary>
    ConsolidationStats Consolidate();

    StoreStats Stats();

    IReadOnlyList<StoredEvent> Events(EventQuery query);

    IReadOnlyList<MergedEvent> MergedEvents(EventQuery query);

    IReadOnlyList<SearchHit> Search(string query, EventQuery filters, int limit = 20);

    IReadOnlyList<ConflictPair> Conflicts(string? place, DateOnly? from);

    /// <summary>Territorial events (regains, overtakes, transfers) at a place, by date.</summary>
    IReadOnlyList<StoredEvent> TerritorialEvents(string place);

    IReadOnlyList<IngestError> Errors();

    IReadOnlyList<DuplicateGroup> DuplicateGroups();
}
