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
/// A Lucene.NET index beside the database (&lt;db&gt;.lucene/), brought up to date from the store's articles on demand.
/// Its analysis is Marsad's own (<see cref="MarsadLuceneAnalyzer"/>), the same terms as the FTS5 index; by default
/// (<c>useMarsadAnalysis: false</c> keeps Lucene's ArabicAnalyzer for comparison, see bench/README.md).
/// </summary>
public sealed class LuceneSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public LuceneSearchIndex(string path, bool useMarsadAnalysis = true)
    {
        Path = path;
        _analyzer = useMarsadAnalysis ? new MarsadLuceneAnalyzer() : new ArabicAnalyzer(Version);
        _directory = FSDirectory.Open(path);
    }

    // The index's analysis is part of its name, so switching analysis never mixes terms in one index.
    public static string PathFor(string databasePath, bool useMarsadAnalysis = true) =>
        databasePath + (useMarsadAnalysis ? ".lucene-marsad" : ".lucene");

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

    /// <summary>
    /// The query language of <c>marsad search</c>: words are required, "quoted phrases" are phrase queries, OR joins
    /// the items either side of it, -word excludes; every item goes through the index's own analysis.
    /// </summary>
    public BooleanQuery Parse(string text)
    {
        var query = new BooleanQuery();
        var clauses = new List<(List<Query> Alternatives, bool Negated)>();
        bool or = false;
        foreach (var (item, quoted) in Items(text))
        {
            if (!quoted && item == "OR") { or = clauses.Count > 0; continue; }
            bool negated = !quoted && item.StartsWith('-') && item.Length > 1;
            var q = ItemQuery(negated ? item[1..] : item);
            if (q is null) { or = false; continue; }
            if (or && !negated && !clauses[^1].Negated) clauses[^1].Alternatives.Add(q);
            else clauses.Add((new List<Query> { q }, negated));
            or = false;
        }
        foreach (var (alternatives, negated) in clauses)
        {
            Query clause = alternatives[0];
            if (alternatives.Count > 1)
            {
                var any = new BooleanQuery();
                foreach (var a in alternatives) any.Add(a, Occur.SHOULD);
                clause = any;
            }
            query.Add(clause, negated ? Occur.MUST_NOT : Occur.MUST);
        }
        return query;
    }

    // Whitespace-separated words and "quoted phrases", in order.
    private static IEnumerable<(string Item, bool Quoted)> Items(string text)
    {
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1) { if (parts[i].Trim().Length > 0) yield return (parts[i], true); continue; }
            foreach (var word in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) yield return (word, false);
        }
    }

    private Query? ItemQuery(string item)
    {
        var terms = Analyze(item);
        if (terms.Count == 0) return null;
        if (terms.Count == 1) return new TermQuery(new Term("body", terms[0]));
        var phrase = new PhraseQuery();
        foreach (var t in terms) phrase.Add(new Term("body", t));
        return phrase;
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
