using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Marsad.Core;
using Marsad.Storage;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Marsad.Storage.Tests;

public class IngestTests(ITestOutputHelper output)
{
    private static readonly string[] Places = { "الرقة", "دير الزور", "البوكمال", "حلب", "إدلب", "درعا", "الميادين", "تدمر", "حمص", "الحسكة" };
    private static readonly string[] Actors = { "الجيش السوري", "تنظيم داعش", "قوات سوريا الديمقراطية", "هيئة تحرير الشام", "فصائل المعارضة" };
    private static readonly string[] Verbs = { "سيطر", "قصف", "هاجم", "استعاد السيطرة على", "اشتبك مع مسلحين في" };

    /// <summary>A small generated corpus: distinct JSONL articles with Arabic conflict sentences.</summary>
    public static List<string> Corpus(int n)
    {
        var lines = new List<string>();
        for (int i = 0; i < n; i++)
        {
            var sb = new StringBuilder();
            for (int s = 0; s < 4; s++)
            {
                string actor = Actors[(i + s) % Actors.Length], verb = Verbs[(i * 3 + s) % Verbs.Length], place = Places[(i * 7 + s) % Places.Length];
                sb.Append($"قال المرصد السوري لحقوق الإنسان إن {actor} {verb} مدينة {place} يوم الأحد وقتل {i % 9 + 2} أشخاص في الهجوم رقم {i * 10 + s}. ");
            }
            string json = System.Text.Json.JsonSerializer.Serialize(new
            {
                id = $"gen-{i:D4}", title = $"تقرير {i} عن {Places[i % Places.Length]}", text = sb.ToString(),
                published = new DateTime(2017, 11, 1).AddDays(i % 20).ToString("yyyy-MM-dd"), source = i % 2 == 0 ? "SANA" : "Ammon News",
            });
            lines.Add(json);
        }
        return lines;
    }

    private static Func<Document, Document> TextOnly { get; } = Build.Text.Process;

    [Fact]
    public async Task Ingest_reads_files_zips_and_stdin_records_bad_inputs_and_is_idempotent()
    {
        using var db = new TempDb();
        string dir = Path.Combine(db.Dir, "in");
        Directory.CreateDirectory(dir);
        var corpus = Corpus(30);
        File.WriteAllLines(Path.Combine(dir, "a.jsonl"), corpus.Take(10));
        File.WriteAllText(Path.Combine(dir, "broken.json"), "{\"title\": broken");
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), new byte[] { 0, 1, 2, 3, 0, 0, 5 });
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        File.WriteAllText(Path.Combine(dir, "notext.json"), "[{\"title\": \"بلا نص\"}]");
        using (var zip = ZipFile.Open(Path.Combine(dir, "day.zip"), ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("2015-07-21.json");
            using var w = new StreamWriter(entry.Open());
            w.Write("[" + string.Join(",", corpus.Skip(10).Take(10)) + "]");
        }
        var stdin = new StringReader(string.Join("\n", corpus.Skip(20)) + "\n{not json\n");
        using (var store = db.Open())
        {
            var summary = await new IngestRunner(store, TextOnly).RunAsync(new[] { dir, "-" }, new IngestOptions { Stdin = stdin, BatchSize = 4 });
            Assert.Equal(30, summary.Stored);
            Assert.Equal(5, summary.Failed);
            Assert.Contains(summary.Errors, e => e.Message.Contains("broken JSON"));
            Assert.Contains(summary.Errors, e => e.Message.Contains("binary"));
            Assert.Contains(summary.Errors, e => e.Message.Contains("empty"));
            Assert.Contains(summary.Errors, e => e.Message.Contains("\"text\""));
            Assert.Contains(summary.Errors, e => e.Source == "stdin" && e.Item == "line 11");
            Assert.Equal(5, store.Errors().Count);
        }
        using (var store = db.Open())
        {
            var again = await new IngestRunner(store, TextOnly).RunAsync(new[] { dir, "-" },
                new IngestOptions { Stdin = new StringReader(string.Join("\n", corpus)) });
            Assert.Equal(0, again.Stored);
            Assert.Equal(50, again.Skipped);
            Assert.Equal(30, store.Stats().Articles);
            Assert.Equal("gen-0012", store.Search("\"الهجوم رقم 120\"", new EventQuery()).Single().DocumentId);
        }
    }

    [Fact]
    public async Task A_failing_article_is_recorded_and_the_batch_goes_on()
    {
        using var db = new TempDb();
        string file = Path.Combine(db.Dir, "c.jsonl");
        Directory.CreateDirectory(db.Dir);
        File.WriteAllLines(file, Corpus(8));
        using var store = db.Open();
        var runner = new IngestRunner(store, d => d.Id == "gen-0003" ? throw new InvalidOperationException("stage failed") : Build.Text.Process(d));
        var summary = await runner.RunAsync(new[] { file }, new IngestOptions { BatchSize = 3 });
        Assert.Equal(7, summary.Stored);
        var error = Assert.Single(store.Errors());
        Assert.Contains("gen-0003", error.Message);
        Assert.Contains("stage failed", error.Message);
    }

    /// <summary>
    /// Runs the real CLI on a generated corpus, kills it (kill -9) after some batches are committed, restarts it,
    /// and checks the rows equal those of an uninterrupted run.
    /// </summary>
    [GazetteerFact]
    public void Killed_ingest_resumes_with_exactly_the_rows_of_an_uninterrupted_run()
    {
        using var db = new TempDb();
        Directory.CreateDirectory(db.Dir);
        string corpus = Path.Combine(db.Dir, "corpus.jsonl");
        File.WriteAllLines(corpus, Corpus(160));
        string clean = Path.Combine(db.Dir, "clean.db"), killed = Path.Combine(db.Dir, "killed.db");

        Assert.Equal(0, RunCli(clean, corpus, killAfterArticles: null));
        int killedAt = RunCli(killed, corpus, killAfterArticles: 40);
        output.WriteLine($"killed with {Count(killed)} articles committed (of 160)");
        Assert.True(Count(killed) is > 0 and < 160, $"the kill came too late or too early: {Count(killed)} articles");
        Assert.Equal(0, RunCli(killed, corpus, killAfterArticles: null));
        Assert.Equal(Snapshot(clean), Snapshot(killed));
        Assert.Equal(160, Count(killed));
    }

    private int RunCli(string dbPath, string corpus, int? killAfterArticles)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { CliBinary.Path(), "ingest", corpus, "--db", dbPath, "--batch", "10", "--quiet" }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine(e.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (killAfterArticles is { } n)
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (File.Exists(dbPath) && Count(dbPath) >= n) { process.Kill(entireProcessTree: true); break; }
                Thread.Sleep(50);
            }
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    private static long Count(string dbPath)
    {
        try
        {
            using var c = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt64(cmd.ExecuteScalar());
        }
        catch (SqliteException) { return 0; }
    }

    /// <summary>The content of every table, keyed by content (not row ids, which depend on the order of the workers).</summary>
    private static string Snapshot(string dbPath)
    {
        using var c = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        c.Open();
        var sb = new StringBuilder();
        void Dump(string sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            var rows = new List<string>();
            while (r.Read()) rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i).ToString())));
            rows.Sort(StringComparer.Ordinal);
            sb.AppendLine(sql).AppendLine(string.Join("\n", rows));
        }
        Dump("SELECT hash, doc_id, title, text, published, url, simhash FROM articles");
        Dump("SELECT a.hash, e.pipeline_id, e.event_date, e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities, e.claim_source, json_remove(e.record, '$.timestamp') FROM events e JOIN articles a ON a.id = e.article_id");
        Dump("SELECT a.hash, e.pipeline_id, m.field, m.start, m.end FROM mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = e.article_id");
        Dump("SELECT a.hash, c.sentence, c.source FROM claims c JOIN articles a ON a.id = c.article_id");
        Dump("SELECT a.hash, (SELECT group_concat(x.hash, ',') FROM (SELECT a2.hash FROM events e2 JOIN articles a2 ON a2.id = e2.article_id WHERE e2.merged_id = e.merged_id ORDER BY a2.hash, e2.pipeline_id) x), e.pipeline_id FROM events e JOIN articles a ON a.id = e.article_id");
        Dump("SELECT a.hash, (SELECT group_concat(x.hash, ',') FROM (SELECT a2.hash FROM duplicate_groups d2 JOIN articles a2 ON a2.id = d2.article_id WHERE d2.group_id = d.group_id ORDER BY a2.hash) x) FROM duplicate_groups d JOIN articles a ON a.id = d.article_id");
        Dump("SELECT count(*) FROM article_fts");
        Dump("SELECT name FROM sources");
        return sb.ToString();
    }
}
