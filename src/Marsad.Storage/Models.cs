using Marsad.Core;
using Marsad.Core.Events;
using Marsad.Core.Input;
using Marsad.Core.Records;

namespace Marsad.Storage;

/// <summary>One article after extraction, ready for the single writer: fingerprints, index terms and ACLED records.</summary>
public sealed record IngestedArticle(Article Article, string Hash, ulong SimHash, IndexTerms IndexText, Document Document,
    IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<AcledRecord> Records);

/// <summary>An input or article that could not be ingested: where (file, zip entry, stdin line), which item, why.</summary>
public sealed record IngestError(string Source, string Item, string Message, string? At = null);

/// <summary>Filters shared by <c>marsad events</c>, <c>search</c>, <c>claims</c>: every given one must hold.</summary>
public sealed record EventQuery
{
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Place { get; init; }
    public string? Actor { get; init; }
    public string? Type { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? Limit { get; init; }

    public bool HasEventFilters => Country is not null || Admin1 is not null || Place is not null || Actor is not null || Type is not null;

    public bool IsEmpty => !HasEventFilters && From is null && To is null;
}

/// <summary>One event as extracted from one article, with where it came from.</summary>
public sealed record StoredEvent(long Id, long ArticleId, string DocumentId, string? Outlet, string? Url, AcledRecord Record, long MergedId);

/// <summary>
/// An event after merging reports across articles: the representative record (highest confidence) with every
/// outlet in <c>source</c> ("; "), the scales in <c>source_scale</c>, the lowest reported fatalities (ACLED's
/// conservative rule) and every report with its evidence.
/// </summary>
public sealed record MergedEvent(long Id, AcledRecord Record, IReadOnlyList<StoredEvent> Reports);

/// <summary>Two reports that cannot both be true: within one article (the extractor's contradicts) or across articles.</summary>
public sealed record ConflictPair(StoredEvent A, StoredEvent B, string Scope, string Reason);

/// <summary>A snippet of an article with the spans of matched words (offsets into <see cref="Text"/>).</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int End)> Highlights)
{
    /// <summary>The snippet with each match wrapped in the given markers.</summary>
    public string Render(string open = "«", string close = "»", Func<string, string>? escape = null)
    {
        escape ??= s => s;
        var sb = new System.Text.StringBuilder();
        int at = 0;
        foreach (var (s, e) in Highlights)
        {
            sb.Append(escape(Text[at..s])).Append(open).Append(escape(Text[s..e])).Append(close);
            at = e;
        }
        return sb.Append(escape(Text[at..])).ToString();
    }
}

public sealed record SearchHit(long ArticleId, string DocumentId, string? Title, string? Published, string? Outlet, string? Url,
    double Score, Snippet Snippet, long? DuplicateGroup);

public sealed record DuplicateGroup(long Id, IReadOnlyList<(long ArticleId, string DocumentId, string Hash, int Distance)> Members);

public sealed record StoreStats(int SchemaVersion, long Articles, long Events, long MergedEvents, long Claims, long Errors,
    long DuplicateGroups, long DuplicateArticles, long Conflicts, long Bytes);

public sealed record ConsolidationStats(int DuplicateGroups, int DuplicateArticles, int MergedEvents, int MultiSourceEvents, int CrossConflicts);
