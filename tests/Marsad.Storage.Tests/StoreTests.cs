using Marsad.Storage;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests;

public class StoreTests
{
    private const string Raqqa = "قالت مصادر محلية إن قوات سوريا الديمقراطية سيطرت على مدينة الرقة بعد معارك عنيفة مع تنظيم الدولة الإسلامية استمرت أشهرا في شمال سوريا.";
    private const string Official = "صرح مسئول في وزارة الخارجية بأن المحادثات ستستأنف الأسبوع المقبل في جنيف بحضور ممثلين عن الأطراف كافة والأمم المتحدة.";

    [Fact]
    public void Articles_and_events_round_trip()
    {
        using var db = new TempDb();
        using (var store = db.Open())
        {
            var a = Build.Article("a1", Raqqa, "SANA", "2017-10-17",
                new Build.Ev("Non-state actor overtakes territory", "2017-10-17", "Syrian Democratic Forces", "Islamic State", 35.95, 39.01, 163345, "Ar Raqqah", "Local sources", Fatalities: 3));
            Assert.Equal(1, store.WriteBatch(new[] { a }, Array.Empty<IngestError>()));
        }
        using (var store = db.Open())
        {
            var events = store.Events(new EventQuery());
            var e = Assert.Single(events);
            Assert.Equal("a1", e.DocumentId);
            Assert.Equal("SANA", e.Outlet);
            Assert.Equal("Syrian Democratic Forces", e.Record.Actor1);
            Assert.Equal(3, e.Record.Fatalities);
            Assert.Equal("Local sources", e.Record.ClaimSource);
            Assert.Single(e.Record.Evidence);
            Assert.Single(store.Events(new EventQuery { Place = "الرقة" }));
            Assert.Single(store.Events(new EventQuery { Place = "ar raqqah" }));
            Assert.Single(store.Events(new EventQuery { Actor = "democratic", Country = "SY", Type = "non-state", From = new DateOnly(2017, 10, 17) }));
            Assert.Empty(store.Events(new EventQuery { To = new DateOnly(2017, 10, 16) }));
            Assert.Equal(Schema.Latest, store.SchemaVersion);
        }
    }

    [Fact]
    public void Writing_the_same_article_twice_stores_it_once()
    {
        using var db = new TempDb();
        using var store = db.Open();
        var a = Build.Article("a1", Raqqa, events: new Build.Ev("Armed clash", "2017-10-17", "A", "B", 35.95, 39.01, 1, "X"));
        Assert.Equal(1, store.WriteBatch(new[] { a }, Array.Empty<IngestError>()));
        Assert.Equal(0, store.WriteBatch(new[] { a, a }, Array.Empty<IngestError>()));
        var stats = store.Stats();
        Assert.Equal(1, stats.Articles);
        Assert.Equal(1, stats.Events);
    }

    [Fact]
    public void Migrations_run_on_open_and_backfill_the_search_index()
    {
        using var db = new TempDb();
        using (var old = db.Open(upTo: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            using var cmd = old.Connection.CreateCommand();
            cmd.CommandText = "INSERT INTO articles (hash, doc_id, text, simhash, ingested_at) VALUES ('h1', 'old', $t, 0, 'now')";
            cmd.Parameters.AddWithValue("$t", Raqqa);
            cmd.ExecuteNonQuery();
        }
        using var store = db.Open();
        Assert.Equal(Schema.Latest, store.SchemaVersion);
        Assert.Equal("old", Assert.Single(store.Search("الرقه", new EventQuery())).DocumentId);
        using var versions = store.Connection.CreateCommand();
        versions.CommandText = "SELECT group_concat(version) FROM schema_version";
        Assert.Equal("1,2", versions.ExecuteScalar());
    }

    [Fact]
    public void A_newer_schema_is_refused()
    {
        using var db = new TempDb();
        using (var store = db.Open())
        {
            using var cmd = store.Connection.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version VALUES (99, 'future')";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<InvalidOperationException>(() => db.Open());
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void Search_normalises_and_stems_arabic()
    {
        using var db = new TempDb();
        using var store = db.Open();
        store.WriteBatch(new[] { Build.Article("raqqa", Raqqa), Build.Article("official", Official) }, Array.Empty<IngestError>());
        Assert.Equal("raqqa", Assert.Single(store.Search("الرقه", new EventQuery())).DocumentId);
        Assert.Equal("raqqa", Assert.Single(store.Search("بالرقة", new EventQuery())).DocumentId);
        Assert.Equal("official", Assert.Single(store.Search("مسؤول", new EventQuery())).DocumentId);
        Assert.Equal("official", Assert.Single(store.Search("المسؤولين", new EventQuery())).DocumentId);
        Assert.Equal("raqqa", Assert.Single(store.Search("\"قوات سوريا الديمقراطية\"", new EventQuery())).DocumentId);
        Assert.Empty(store.Search("\"سوريا قوات\"", new EventQuery()));
        Assert.Equal(2, store.Search("الرقة OR جنيف", new EventQuery()).Count);
        Assert.Empty(store.Search("الرقة -تنظيم", new EventQuery()));
        var hit = store.Search("الرقه", new EventQuery())[0];
        Assert.Contains("«الرقة»", hit.Snippet.Render());
    }

    [Fact]
    public void Search_combines_with_event_filters()
    {
        using var db = new TempDb();
        using var store = db.Open();
        store.WriteBatch(new[]
        {
            Build.Article("r1", Raqqa, events: new Build.Ev("Armed clash", "2017-11-10", "Syrian Democratic Forces", "Islamic State", 35.95, 39.01, 163345, "Ar Raqqah")),
            Build.Article("r2", Raqqa + " وفي دير الزور اشتباكات.", events: new Build.Ev("Armed clash", "2017-11-10", "Military Forces of Syria", "Islamic State", 35.33, 40.14, 170794, "Deir ez-Zor")),
        }, Array.Empty<IngestError>());
        Assert.Equal(2, store.Search("الرقة", new EventQuery()).Count);
        Assert.Equal("r2", Assert.Single(store.Search("الرقة", new EventQuery { Actor = "Military Forces of Syria" })).DocumentId);
        Assert.Equal("r1", Assert.Single(store.Search("الرقة", new EventQuery { Place = "Ar Raqqah" })).DocumentId);
        Assert.Empty(store.Search("الرقة", new EventQuery { From = new DateOnly(2018, 1, 1) }));
    }

    [Fact]
    public void Lucene_index_finds_the_same_article()
    {
        using var db = new TempDb();
        using var store = db.Open();
        store.WriteBatch(new[] { Build.Article("raqqa", Raqqa), Build.Article("official", Official) }, Array.Empty<IngestError>());
        using var lucene = new LuceneSearchIndex(LuceneSearchIndex.PathFor(store.Location));
        Assert.Equal(2, lucene.Update(store));
        Assert.Equal(0, lucene.Update(store));
        var ranked = lucene.Search("الرقة", 10);
        var hits = store.Hits(ranked, SearchQuery.Parse("الرقة").Terms, new EventQuery(), 10);
        Assert.Equal("raqqa", Assert.Single(hits).DocumentId);
    }

    [Fact]
    public void Errors_are_recorded_and_cleared_when_the_article_later_succeeds()
    {
        using var db = new TempDb();
        using var store = db.Open();
        var a = Build.Article("a1", Raqqa);
        store.WriteBatch(Array.Empty<IngestedArticle>(), new[] { new IngestError("x.txt", a.Hash, "boom"), new IngestError("bad.json", "", "broken JSON") });
        Assert.Equal(2, store.Errors().Count);
        store.WriteBatch(new[] { a }, Array.Empty<IngestError>());
        Assert.Equal("bad.json", Assert.Single(store.Errors()).Source);
    }
}
