using System.Text.Json;
using Marsad.Core.Records;
using Marsad.Storage;
using Microsoft.Data.Sqlite;

namespace Marsad.Web;

/// <summary>One stored article as the web API shows it: what the store keeps, and the text the pipeline read.</summary>
public sealed record ArticleRow(long Id, string DocumentId, string? Title, string Text, string? Published, string? PublishedAt,
    string? Outlet, string? Url, string? SourcePath)
{
    /// <summary>The document text the pipeline read (title, newline, body: <c>Article.ToDocument</c>); evidence offsets point into it.</summary>
    public string DocumentText => string.IsNullOrWhiteSpace(Title) ? Text : Title.Trim() + "\n" + Text;
}

public sealed record ArticleSummary(long Id, string DocumentId, string? Title, string? Published, string? Outlet, int Events);

/// <summary>
/// The web server's view of the store. <see cref="IEventStore"/> serves events, merged events, search, conflicts and
/// territorial events; it has one SQLite connection, so every call goes through one lock. What the interface does not
/// offer (an article with its publication date and outlet, the list of articles, one event or merged event by id,
/// the events of one article) is read here over a second, read-only connection to the same file — a thin adapter
/// over the store's schema (tables articles, events, sources) that can go once the store offers these.
/// Filtered event lists are cached per query until the database changes (PRAGMA data_version).
/// </summary>
public sealed class StoreGateway : IDisposable
{
    private readonly IEventStore _store;
    private readonly SqliteConnection _read;
    private readonly object _gate = new();
    private readonly Dictionary<string, IReadOnlyList<MergedEvent>> _cache = new(StringComparer.Ordinal);
    private long _cacheVersion = -1;

    public StoreGateway(IEventStore store)
    {
        _store = store;
        _read = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Location, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        _read.Open();
        using var cmd = _read.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout = 10000";
        cmd.ExecuteNonQuery();
    }

    public static StoreGateway Open(string path) => new(new SqliteEventStore(path));

    public string Location => _store.Location;

    public T Locked<T>(Func<IEventStore, T> read)
    {
        lock (_gate) return read(_store);
    }

    public StoreStats Stats() => Locked(s => s.Stats());

    /// <summary>Merged events (or one per report when <paramref name="reports"/>) matching the filters, in date order; cached until the store changes.</summary>
    public IReadOnlyList<MergedEvent> Events(EventQuery query, bool reports = false)
    {
        string key = $"{reports}|{query.Country}|{query.Admin1}|{query.Place}|{query.Actor}|{query.Type}|{query.From}|{query.To}";
        lock (_gate)
        {
            long version = DataVersion();
            if (version != _cacheVersion) { _cache.Clear(); _cacheVersion = version; }
            if (_cache.TryGetValue(key, out var hit)) return hit;
            var q = query with { Limit = null };
            IReadOnlyList<MergedEvent> list = reports
                ? _store.Events(q).Select(e => new MergedEvent(e.Id, e.Record, new[] { e })).ToList()
                : _store.MergedEvents(q);
            if (_cache.Count > 64) _cache.Clear();
            _cache[key] = list;
            return list;
        }
    }

    /// <summary>Fills the cache of the unfiltered list (what the map and the facets ask for first), in the background.</summary>
    public void WarmUp() => _ = Task.Run(() => Events(new EventQuery()));

    private long DataVersion()
    {
        using var cmd = _read.CreateCommand();
        cmd.CommandText = "PRAGMA data_version";
        // Changes whenever another connection (the store's, or an ingest in another process) commits.
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private const string EventColumns = "e.id, e.article_id, a.doc_id, s.name, a.url, e.record, coalesce(e.merged_id, e.id)";
    private const string EventFrom = "events e JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = a.source_id";

    /// <summary>A merged event by its id with every report; null when there is none.</summary>
    public MergedEvent? Event(long id)
    {
        var reports = ReadEvents($"SELECT {EventColumns} FROM {EventFrom} WHERE coalesce(e.merged_id, e.id) = $id ORDER BY e.id", ("$id", id));
        if (reports.Count == 0)
        {
            // A report's own id: show the merged event it belongs to.
            var one = ReadEvents($"SELECT {EventColumns} FROM {EventFrom} WHERE e.id = $id", ("$id", id));
            if (one.Count == 0) return null;
            if (one[0].MergedId != id) return Event(one[0].MergedId);
            return new MergedEvent(id, one[0].Record, one);
        }
        return SqliteEventStore.Merge(id, reports);
    }

    /// <summary>The reports extracted from one article, in pipeline order.</summary>
    public IReadOnlyList<StoredEvent> EventsOfArticle(long articleId) =>
        ReadEvents($"SELECT {EventColumns} FROM {EventFrom} WHERE e.article_id = $id ORDER BY e.id", ("$id", articleId));

    public ArticleRow? Article(long id)
    {
        lock (_gate)
        {
            using var cmd = _read.CreateCommand();
            cmd.CommandText = """
                SELECT a.id, a.doc_id, a.title, a.text, a.published, a.published_at, s.name, a.url, a.source_path
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = $id
                """;
            cmd.Parameters.AddWithValue("$id", id);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return new ArticleRow(r.GetInt64(0), r.GetString(1), Str(r, 2), r.GetString(3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7), Str(r, 8));
        }
    }

    /// <summary>Articles newest first (by publication date, then id), with their number of events; and how many there are.</summary>
    public (IReadOnlyList<ArticleSummary> Items, long Total) Articles(int offset, int limit)
    {
        lock (_gate)
        {
            var list = new List<ArticleSummary>();
            using (var cmd = _read.CreateCommand())
            {
                cmd.CommandText = """
                    SELECT a.id, a.doc_id, a.title, a.published, s.name, (SELECT count(*) FROM events e WHERE e.article_id = a.id)
                    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                    ORDER BY a.published DESC, a.id DESC LIMIT $n OFFSET $o
                    """;
                cmd.Parameters.AddWithValue("$n", limit);
                cmd.Parameters.AddWithValue("$o", offset);
                using var r = cmd.ExecuteReader();
                while (r.Read()) list.Add(new ArticleSummary(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5)));
            }
            using var count = _read.CreateCommand();
            count.CommandText = "SELECT count(*) FROM articles";
            return (list, Convert.ToInt64(count.ExecuteScalar()));
        }
    }

    private List<StoredEvent> ReadEvents(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_gate)
        {
            using var cmd = _read.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
            var list = new List<StoredEvent>();
            using var r = cmd.ExecuteReader();
            while (r.Read())
                list.Add(new StoredEvent(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Str(r, 3), Str(r, 4),
                    JsonSerializer.Deserialize<AcledRecord>(r.GetString(5), RecordWriter.JsonOptions)!, r.GetInt64(6)));
            return list;
        }
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public void Dispose()
    {
        _read.Dispose();
        _store.Dispose();
    }
}
