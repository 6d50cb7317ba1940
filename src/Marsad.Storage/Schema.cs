using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

/// <summary>
/// The store's schema as numbered migrations; <see cref="Migrate"/> runs the missing ones on open, each in its own
/// transaction, and records it in <c>schema_version</c>. Add a migration at the end; never edit a released one.
/// </summary>
public static class Schema
{
    public static readonly string[][] Migrations =
    {
        // 1: articles, events with their evidence, sources, claims, errors.
        new[]
        {
            """
            CREATE TABLE sources (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE,
              scale TEXT)
            """,
            """
            CREATE TABLE articles (
              id INTEGER PRIMARY KEY,
              hash TEXT NOT NULL UNIQUE,
              doc_id TEXT NOT NULL,
              title TEXT,
              text TEXT NOT NULL,
              published TEXT,
              published_at TEXT,
              source_id INTEGER REFERENCES sources(id),
              url TEXT,
              source_path TEXT,
              simhash INTEGER NOT NULL,
              ingested_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE events (
              id INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL REFERENCES articles(id),
              pipeline_id TEXT NOT NULL,
              event_date TEXT NOT NULL,
              event_type TEXT NOT NULL,
              sub_event_type TEXT NOT NULL,
              actor1 TEXT, actor2 TEXT, assoc_actors TEXT, actor1_ar TEXT, actor2_ar TEXT,
              country TEXT, iso2 TEXT, admin1 TEXT, location TEXT, location_ar TEXT, location_key TEXT, location_ar_key TEXT,
              geonameid INTEGER, latitude REAL, longitude REAL,
              fatalities INTEGER, claim_source TEXT, partial_control INTEGER NOT NULL,
              confidence REAL NOT NULL,
              record TEXT NOT NULL,
              merged_id INTEGER,
              UNIQUE (article_id, pipeline_id))
            """,
            """
            CREATE TABLE mentions (
              event_id INTEGER NOT NULL REFERENCES events(id),
              field TEXT NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              text TEXT NOT NULL)
            """,
            """
            CREATE TABLE claims (
              article_id INTEGER NOT NULL REFERENCES articles(id),
              sentence INTEGER NOT NULL,
              source TEXT NOT NULL,
              source_name TEXT,
              start INTEGER NOT NULL, end INTEGER NOT NULL,
              cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
              inherited INTEGER NOT NULL,
              PRIMARY KEY (article_id, sentence))
            """,
            """
            CREATE TABLE ingest_errors (
              id INTEGER PRIMARY KEY,
              source TEXT NOT NULL,
              item TEXT NOT NULL,
              message TEXT NOT NULL,
              at TEXT NOT NULL,
              UNIQUE (source, item))
            """,
        },
        // 2: what spans articles (duplicate groups, conflicts), the lookup indexes, and the full-text index.
        new[]
        {
            """
            CREATE TABLE duplicate_groups (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id),
              group_id INTEGER NOT NULL,
              distance INTEGER NOT NULL)
            """,
            "CREATE INDEX duplicate_groups_group ON duplicate_groups(group_id)",
            """
            CREATE TABLE conflicts (
              event_a INTEGER NOT NULL REFERENCES events(id),
              event_b INTEGER NOT NULL REFERENCES events(id),
              scope TEXT NOT NULL,
              reason TEXT NOT NULL,
              PRIMARY KEY (event_a, event_b))
            """,
            "CREATE INDEX events_date ON events(event_date)",
            "CREATE INDEX events_article ON events(article_id)",
            "CREATE INDEX events_merged ON events(merged_id)",
            "CREATE INDEX events_place ON events(location_key)",
            "CREATE INDEX events_place_ar ON events(location_ar_key)",
            "CREATE INDEX events_geonameid ON events(geonameid)",
            "CREATE INDEX mentions_event ON mentions(event_id)",
            "CREATE INDEX articles_published ON articles(published)",
            "CREATE VIRTUAL TABLE article_fts USING fts5(stems, words, content='', tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")",
        },
    };

    public static int Latest => Migrations.Length;

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(exists.ExecuteScalar()) == 0) return 0;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(cmd.ExecuteScalar());
    }

    /// <summary>Runs the migrations after the database's version, up to <paramref name="upTo"/> (default: all).</summary>
    public static int Migrate(SqliteConnection connection, int? upTo = null)
    {
        int target = upTo ?? Latest, version = CurrentVersion(connection);
        if (version > Latest)
            throw new InvalidOperationException($"the database has schema version {version}, newer than this Marsad ({Latest}); use a newer marsad");
        for (int v = version + 1; v <= target; v++)
        {
            using var tx = connection.BeginTransaction();
            using (var create = connection.CreateCommand())
            {
                create.Transaction = tx;
                create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
                create.ExecuteNonQuery();
            }
            foreach (var sql in Migrations[v - 1])
            {
                using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }
            if (v == 2) Backfill(connection, tx);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, $t)";
                record.Parameters.AddWithValue("$v", v);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
                record.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return CurrentVersion(connection);
    }

    // Articles stored under schema 1 get their full-text terms when the index appears.
    private static void Backfill(SqliteConnection connection, SqliteTransaction tx)
    {
        var rows = new List<(long Id, string Text)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT id, coalesce(title || char(10), '') || text FROM articles";
            using var r = read.ExecuteReader();
            while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1)));
        }
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO article_fts (rowid, stems, words) VALUES ($id, $stems, $words)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var stems = insert.Parameters.Add("$stems", SqliteType.Text);
        var words = insert.Parameters.Add("$words", SqliteType.Text);
        foreach (var (rowId, text) in rows)
        {
            id.Value = rowId;
            var terms = SearchAnalyzer.IndexText(text);
            stems.Value = terms.Stems;
            words.Value = terms.Words;
            insert.ExecuteNonQuery();
        }
    }
}
