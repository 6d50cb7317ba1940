namespace Marsad.Storage;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// Full-text search on the FTS5 index of Marsad's own terms, ranked by BM25, filtered like events, copies of one
    /// story (near-duplicate group) shown once, each hit with a highlighted snippet.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, EventQuery filters, int limit = 20)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty) return Array.Empty<SearchHit>();
        using var cmd = Command("");
        cmd.CommandText = $"""
            SELECT a.id, a.doc_id, a.title, a.published, s.name, a.url, bm25(article_fts, 1.0, 3.0) AS score, d.group_id,
                   coalesce(a.title || char(10), '') || a.text
            FROM article_fts f JOIN articles a ON a.id = f.rowid
              LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN duplicate_groups d ON d.article_id = a.id
            WHERE article_fts MATCH $q AND {ArticleFilterSql(filters, cmd)}
            ORDER BY score LIMIT $n
            """;
        cmd.Parameters.AddWithValue("$q", parsed.ToFts5());
        cmd.Parameters.AddWithValue("$n", limit * 3);
        var terms = parsed.Terms;
        var hits = new List<SearchHit>();
        var groups = new HashSet<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read() && hits.Count < limit)
        {
            long? group = r.IsDBNull(7) ? null : r.GetInt64(7);
            if (group is { } g && !groups.Add(g)) continue;
            hits.Add(new SearchHit(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), -r.GetDouble(6),
                Snippets.Make(r.GetString(8), terms), group));
        }
        return hits;
    }

    /// <summary>Hits for article ids found by another engine (Lucene), in its order, with the same filters and snippets.</summary>
    public IReadOnlyList<SearchHit> Hits(IReadOnlyList<(long Id, double Score)> ranked, HashSet<string> terms, EventQuery filters, int limit)
    {
        if (ranked.Count == 0) return Array.Empty<SearchHit>();
        using var cmd = Command("");
        cmd.CommandText = $"""
            SELECT a.id, a.doc_id, a.title, a.published, s.name, a.url, d.group_id, coalesce(a.title || char(10), '') || a.text
            FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN duplicate_groups d ON d.article_id = a.id
            WHERE a.id IN ({string.Join(",", ranked.Select(x => x.Id))}) AND {ArticleFilterSql(filters, cmd)}
            """;
        var rows = new Dictionary<long, (string, string?, string?, string?, string?, long?, string)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                rows[r.GetInt64(0)] = (r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.IsDBNull(6) ? null : r.GetInt64(6), r.GetString(7));
        var hits = new List<SearchHit>();
        var groups = new HashSet<long>();
        foreach (var (id, score) in ranked)
        {
            if (hits.Count >= limit) break;
            if (!rows.TryGetValue(id, out var row)) continue;
            if (row.Item6 is { } g && !groups.Add(g)) continue;
            hits.Add(new SearchHit(id, row.Item1, row.Item2, row.Item3, row.Item4, row.Item5, score, Snippets.Make(row.Item7, terms), row.Item6));
        }
        return hits;
    }
}
