using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Storage;

/// <summary>
/// The alternative engine: a Lucene.NET index with Lucene's own Arabic analysis (StandardTokenizer, stop words,
/// ArabicNormalizationFilter, ArabicStemFilter — light10) beside the database (&lt;db&gt;.lucene/), brought up to date
/// from the store's articles on demand. Kept to compare against the FTS5 index; see bench/README.md.
/// </summary>
public sealed class LuceneSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = new ArabicAnalyzer(Version);
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public LuceneSearchIndex(string path)
    {
        Path = path;
        _directory = FSDirectory.Open(path);
    }

    public static string PathFor(string databasePath) => databasePath + ".lucene";

    public string Path { get; }

    /// <summary>Adds the store's articles not yet indexed (the last indexed id is kept in the commit data). Returns how many.</summary>
    public int Update(SqliteEventStore store)
    {
        long last = 0;
        if (DirectoryReader.IndexExists(_directory))
        {
            var commits = DirectoryReader.ListCommits(_directory);
            if (commits[^1].UserData.TryGetValue("last_id", out var v)) last = long.Parse(v);
        }
        int added = 0;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 }))
        {
            var id = new Int64Field("id", 0, Field.Store.YES);
            var body = new TextField("body", "", Field.Store.NO);
            var doc = new Document { id, body };
            foreach (var (articleId, text) in store.ArticlesAfter(last))
            {
                id.SetInt64Value(articleId);
                body.SetStringValue(text);
                writer.AddDocument(doc);
                last = articleId;
                added++;
            }
            writer.SetCommitData(new Dictionary<string, string> { ["last_id"] = last.ToString() });
            writer.Commit();
        }
        _reader?.Dispose();
        _reader = null;
        return added;
    }

    /// <summary>Words are required, "quoted phrases" are phrase queries; each analysed by Lucene's ArabicAnalyzer.</summary>
    public BooleanQuery Parse(string text)
    {
        var query = new BooleanQuery();
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            var terms = Analyze(parts[i]);
            if (terms.Count == 0) continue;
            if (i % 2 == 1 && terms.Count > 1)
            {
                var phrase = new PhraseQuery();
                foreach (var t in terms) phrase.Add(new Term("body", t));
                query.Add(phrase, Occur.MUST);
            }
            else foreach (var t in terms) query.Add(new TermQuery(new Term("body", t)), Occur.MUST);
        }
        return query;
    }

    public List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("body", text);
        var attr = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(attr.ToString());
        stream.End();
        return terms;
    }

    public IReadOnlyList<(long Id, double Score)> Search(string text, int limit)
    {
        if (_searcher is null)
        {
            if (!DirectoryReader.IndexExists(_directory)) return Array.Empty<(long, double)>();
            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader);
        }
        var query = Parse(text);
        if (query.Clauses.Count == 0) return Array.Empty<(long, double)>();
        var top = _searcher.Search(query, limit);
        return top.ScoreDocs.Select(d => (_searcher.Doc(d.Doc).GetField("id").GetInt64Value() ?? 0L, (double)d.Score)).ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
