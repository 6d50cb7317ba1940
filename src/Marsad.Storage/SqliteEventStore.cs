using System.Globalization;
using System.Text.Json;
using Marsad.Core.Records;
using Marsad.Core.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), migrated on open. Each
/// <see cref="WriteBatch"/> is one transaction, so a killed ingest loses at most the batch in flight and the
/// content-hash uniqueness makes the restart skip what was committed.
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    internal static readonly JsonSerializerOptions RecordJson = new(RecordWriter.JsonOptions) { WriteIndented = false };

    private readonly SqliteConnection _connection;

    public SqliteEventStore(string path, int? migrateUpTo = null)
    {
        Location = Path.GetFullPath(path);
        if (Path.GetDirectoryName(Location) is { } dir) Directory.CreateDirectory(dir);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString());
        _connection.Open();
        Exec("PRAGMA journal_mode = WAL");
        Exec("PRAGMA synchronous = NORMAL");
        Exec("PRAGMA foreign_keys = ON");
        Exec("PRAGMA busy_timeout = 10000");
        Exec("PRAGMA cache_size = -65536");
        SchemaVersion = Schema.Migrate(_connection, migrateUpTo);
    }

    /// <summary>$MARSAD_DB, else marsad/marsad.db under the user's local application data directory.</summary>
    public static string DefaultPath()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_DB");
        if (!string.IsNullOrEmpty(env)) return env;
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "marsad", "marsad.db");
    }

    public string Location { get; }

    public int SchemaVersion { get; }

    internal SqliteConnection Connection => _connection;

    public void Dispose()
    {
        try { Exec("PRAGMA optimize"); } catch (SqliteException) { }
        _connection.Dispose();
    }

    public HashSet<string> ArticleHashes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT hash FROM articles");
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.Add(r.GetString(0));
        return set;
    }

    public int WriteBatch(IReadOnlyList<IngestedArticle> articles, IReadOnlyList<IngestError> errors)
    {
        using var tx = _connection.BeginTransaction();
        using var insertArticle = Command("""
            INSERT INTO articles (hash, doc_id, title, text, published, published_at, source_id, url, source_path, simhash, ingested_at)
            VALUES ($hash, $doc, $title, $text, $published, $published_at, $source, $url, $path, $simhash, $now)
            ON CONFLICT (hash) DO NOTHING RETURNING id
            """, tx);
        using var insertFts = Command("INSERT INTO article_fts (rowid, stems, words) VALUES ($id, $stems, $words)", tx);
        using var insertEvent = Command("""
            INSERT INTO events (article_id, pipeline_id, event_date, event_type, sub_event_type, actor1, actor2, assoc_actors, actor1_ar, actor2_ar,
              country, iso2, admin1, location, location_ar, location_key, location_ar_key, geonameid, latitude, longitude, fatalities, claim_source,
              partial_control, confidence, record)
            VALUES ($article, $pid, $date, $type, $sub, $a1, $a2, $assoc, $a1ar, $a2ar, $country, $iso2, $admin1, $loc, $locar, $lockey, $lockeyar,
              $gid, $lat, $lon, $fat, $claim, $partial, $conf, $record)
            RETURNING id
            """, tx);
        using var insertMention = Command("INSERT INTO mentions (event_id, field, start, end, text) VALUES ($e, $f, $s, $n, $t)", tx);
        using var insertClaim = Command("""
            INSERT OR IGNORE INTO claims (article_id, sentence, source, source_name, start, end, cue_start, cue_end, inherited)
            VALUES ($a, $s, $src, $name, $st, $en, $cs, $ce, $inh)
            """, tx);
        using var insertConflict = Command("INSERT OR IGNORE INTO conflicts (event_a, event_b, scope, reason) VALUES ($a, $b, 'document', $r)", tx);
        using var clearError = Command("DELETE FROM ingest_errors WHERE item = $item", tx);
        int written = 0;
        string now = DateTimeOffset.UtcNow.ToString("O");
        foreach (var a in articles)
        {
            var article = a.Article;
            insertArticle.Parameters.Clear();
            insertArticle.Parameters.AddWithValue("$hash", a.Hash);
            insertArticle.Parameters.AddWithValue("$doc", article.Id);
            insertArticle.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
            insertArticle.Parameters.AddWithValue("$text", article.Text);
            insertArticle.Parameters.AddWithValue("$published", (object?)a.Document.Published?.ToString("yyyy-MM-dd") ?? DBNull.Value);
            insertArticle.Parameters.AddWithValue("$published_at", (object?)article.Published?.ToString("O") ?? DBNull.Value);
            insertArticle.Parameters.AddWithValue("$source", (object?)SourceId(a.Document.Outlet, a.Records.FirstOrDefault()?.SourceScale, tx) ?? DBNull.Value);
            insertArticle.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
            insertArticle.Parameters.AddWithValue("$path", (object?)article.SourcePath ?? DBNull.Value);
            insertArticle.Parameters.AddWithValue("$simhash", unchecked((long)a.SimHash));
            insertArticle.Parameters.AddWithValue("$now", now);
            var idObj = insertArticle.ExecuteScalar();
            if (idObj is null or DBNull) continue;   // already stored: idempotent
            long articleId = Convert.ToInt64(idObj);
            written++;
            clearError.Parameters.Clear();
            clearError.Parameters.AddWithValue("$item", a.Hash);
            clearError.ExecuteNonQuery();
            insertFts.Parameters.Clear();
            insertFts.Parameters.AddWithValue("$id", articleId);
            insertFts.Parameters.AddWithValue("$stems", a.IndexText.Stems);
            insertFts.Parameters.AddWithValue("$words", a.IndexText.Words);
            insertFts.ExecuteNonQuery();
            foreach (var (sentence, claim) in a.Document.Claims)
            {
                insertClaim.Parameters.Clear();
                insertClaim.Parameters.AddWithValue("$a", articleId);
                insertClaim.Parameters.AddWithValue("$s", sentence);
                insertClaim.Parameters.AddWithValue("$src", claim.Source);
                insertClaim.Parameters.AddWithValue("$name", (object?)claim.SourceName ?? DBNull.Value);
                insertClaim.Parameters.AddWithValue("$st", claim.SourceSpan.Start);
                insertClaim.Parameters.AddWithValue("$en", claim.SourceSpan.End);
                insertClaim.Parameters.AddWithValue("$cs", claim.CueSpan.Start);
                insertClaim.Parameters.AddWithValue("$ce", claim.CueSpan.End);
                insertClaim.Parameters.AddWithValue("$inh", claim.Inherited ? 1 : 0);
                insertClaim.ExecuteNonQuery();
            }
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            for (int i = 0; i < a.Records.Count; i++)
            {
                var r = a.Records[i];
                var e = a.Events[i];
                var p = insertEvent.Parameters;
                p.Clear();
                p.AddWithValue("$article", articleId);
                p.AddWithValue("$pid", e.Id);
                p.AddWithValue("$date", r.EventDate);
                p.AddWithValue("$type", r.EventType);
                p.AddWithValue("$sub", r.SubEventType);
                p.AddWithValue("$a1", (object?)r.Actor1 ?? DBNull.Value);
                p.AddWithValue("$a2", (object?)r.Actor2 ?? DBNull.Value);
                p.AddWithValue("$assoc", (object?)string.Join("; ", new[] { r.AssocActor1, r.AssocActor2 }.Where(s => !string.IsNullOrEmpty(s))) ?? DBNull.Value);
                p.AddWithValue("$a1ar", (object?)r.Actor1Ar ?? DBNull.Value);
                p.AddWithValue("$a2ar", (object?)r.Actor2Ar ?? DBNull.Value);
                p.AddWithValue("$country", (object?)r.Country ?? DBNull.Value);
                p.AddWithValue("$iso2", (object?)r.Iso2 ?? DBNull.Value);
                p.AddWithValue("$admin1", (object?)r.Admin1 ?? DBNull.Value);
                p.AddWithValue("$loc", (object?)r.Location ?? DBNull.Value);
                p.AddWithValue("$locar", (object?)r.LocationAr ?? DBNull.Value);
                p.AddWithValue("$lockey", (object?)PlaceKey(r.Location ?? r.LocationAr) ?? DBNull.Value);
                p.AddWithValue("$lockeyar", (object?)PlaceKey(r.LocationAr) ?? DBNull.Value);
                p.AddWithValue("$gid", (object?)r.GeonameId ?? DBNull.Value);
                p.AddWithValue("$lat", (object?)r.Latitude ?? DBNull.Value);
                p.AddWithValue("$lon", (object?)r.Longitude ?? DBNull.Value);
                p.AddWithValue("$fat", (object?)r.Fatalities ?? DBNull.Value);
                p.AddWithValue("$claim", (object?)r.ClaimSource ?? DBNull.Value);
                p.AddWithValue("$partial", r.PartialControl ? 1 : 0);
                p.AddWithValue("$conf", r.Confidence);
                p.AddWithValue("$record", JsonSerializer.Serialize(r, RecordJson));
                long eventId = Convert.ToInt64(insertEvent.ExecuteScalar());
                ids[e.Id] = eventId;
                foreach (var s in r.Evidence) AddMention(insertMention, eventId, "sentence", s.Start, s.End, s.Text);
                foreach (var f in r.FieldEvidence) AddMention(insertMention, eventId, f.Field, f.Start, f.End, f.Text);
            }
            foreach (var e in a.Events)
                foreach (var other in e.Contradicts)
                    if (ids.TryGetValue(e.Id, out long x) && ids.TryGetValue(other, out long y) && x != y)
                    {
                        insertConflict.Parameters.Clear();
                        insertConflict.Parameters.AddWithValue("$a", Math.Min(x, y));
                        insertConflict.Parameters.AddWithValue("$b", Math.Max(x, y));
                        insertConflict.Parameters.AddWithValue("$r", "contradicted within the article");
                        insertConflict.ExecuteNonQuery();
                    }
        }
        using var insertError = Command("""
            INSERT INTO ingest_errors (source, item, message, at) VALUES ($s, $i, $m, $t)
            ON CONFLICT (source, item) DO UPDATE SET message = excluded.message, at = excluded.at
            """, tx);
        foreach (var e in errors)
        {
            insertError.Parameters.Clear();
            insertError.Parameters.AddWithValue("$s", e.Source);
            insertError.Parameters.AddWithValue("$i", e.Item);
            insertError.Parameters.AddWithValue("$m", e.Message);
            insertError.Parameters.AddWithValue("$t", now);
            insertError.ExecuteNonQuery();
        }
        tx.Commit();
        return written;
    }

    private readonly Dictionary<string, long> _sources = new(StringComparer.Ordinal);

    private long? SourceId(string? outlet, string? scale, SqliteTransaction tx)
    {
        if (string.IsNullOrWhiteSpace(outlet)) return null;
        if (_sources.TryGetValue(outlet, out long id)) return id;
        using var cmd = Command("""
            INSERT INTO sources (name, scale) VALUES ($n, $s) ON CONFLICT (name) DO UPDATE SET scale = coalesce(sources.scale, excluded.scale)
            RETURNING id
            """, tx);
        cmd.Parameters.AddWithValue("$n", outlet);
        cmd.Parameters.AddWithValue("$s", (object?)scale ?? DBNull.Value);
        id = Convert.ToInt64(cmd.ExecuteScalar());
        // Not cached until the transaction commits would be safer; a rolled-back batch re-inserts the same name.
        return id;
    }

    private static void AddMention(SqliteCommand cmd, long eventId, string field, int start, int end, string text)
    {
        cmd.Parameters.Clear();
        cmd.Parameters.AddWithValue("$e", eventId);
        cmd.Parameters.AddWithValue("$f", field);
        cmd.Parameters.AddWithValue("$s", start);
        cmd.Parameters.AddWithValue("$n", end);
        cmd.Parameters.AddWithValue("$t", text);
        cmd.ExecuteNonQuery();
    }

    /// <summary>A place name as a lookup key: matching-normalised, no spaces, no article (البو كمال = البوكمال = بوكمال); English lower-cased.</summary>
    public static string? PlaceKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        string n = ArabicNormalizer.Matching.Normalize(name.Trim()).ToLowerInvariant().Replace(" ", "").Replace("-", "").Replace("'", "");
        if (n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 4) n = n[2..];
        return n;
    }

    public IReadOnlyList<IngestError> Errors()
    {
        var list = new List<IngestError>();
        using var cmd = Command("SELECT source, item, message, at FROM ingest_errors ORDER BY source, item");
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new IngestError(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        return list;
    }

    public StoreStats Stats()
    {
        long Count(string sql)
        {
            using var cmd = Command(sql);
            return Convert.ToInt64(cmd.ExecuteScalar());
        }
        long bytes = new[] { Location, Location + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        return new StoreStats(SchemaVersion, Count("SELECT count(*) FROM articles"), Count("SELECT count(*) FROM events"),
            Count("SELECT count(DISTINCT merged_id) FROM events"), Count("SELECT count(*) FROM claims"), Count("SELECT count(*) FROM ingest_errors"),
            Count("SELECT count(DISTINCT group_id) FROM duplicate_groups"), Count("SELECT count(*) FROM duplicate_groups"),
            Count("SELECT count(*) FROM conflicts"), bytes);
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private void Exec(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    internal static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static string Inv(double d) => d.ToString(CultureInfo.InvariantCulture);
}
