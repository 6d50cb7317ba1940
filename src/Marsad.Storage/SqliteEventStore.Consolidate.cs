using Marsad.Core.Geo;

namespace Marsad.Storage;

public sealed partial class SqliteEventStore
{
    /// <summary>SimHash distance (bits of 64) at or below which two articles are near duplicates.</summary>
    public const int DuplicateDistance = 6;

    /// <summary>Reports of one event: places at most this far apart.</summary>
    public const double MergeKm = 10;

    /// <summary>Territorial reports this many days apart or fewer about one place are compared for conflicts.</summary>
    public const int ConflictDays = 3;

    public static readonly string[] TerritorySubTypes =
    {
        "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
    };

    private sealed record EventRow(long Id, long ArticleId, string SubType, DateOnly Date, string? Actor1, string? Actor2,
        long? GeonameId, double? Lat, double? Lon, string? PlaceKey, bool CountryOnly);

    public ConsolidationStats Consolidate()
    {
        using var tx = Connection.BeginTransaction();
        // 1. Near-duplicate groups: 7 bands of 9-10 bits; two hashes within 6 bits share a band (pigeonhole).
        var articles = new List<(long Id, ulong Hash)>();
        using (var cmd = Command("SELECT id, simhash FROM articles WHERE simhash != 0 ORDER BY id", tx))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) articles.Add((r.GetInt64(0), unchecked((ulong)r.GetInt64(1))));
        var uf = new UnionFind();
        for (int band = 0; band < DuplicateDistance + 1; band++)
        {
            var buckets = new Dictionary<ushort, List<int>>();
            int shift = band * 9, width = band == DuplicateDistance ? 64 - shift : 9;
            for (int i = 0; i < articles.Count; i++)
            {
                var key = (ushort)((articles[i].Hash >> shift) & ((1UL << width) - 1));
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = new List<int>();
                list.Add(i);
            }
            foreach (var list in buckets.Values)
                for (int x = 0; x < list.Count; x++)
                    for (int y = x + 1; y < list.Count; y++)
                        if (Fingerprints.Distance(articles[list[x]].Hash, articles[list[y]].Hash) <= DuplicateDistance)
                            uf.Union(articles[list[x]].Id, articles[list[y]].Id);
        }
        using (var clear = Command("DELETE FROM duplicate_groups", tx)) clear.ExecuteNonQuery();
        var hashOf = articles.ToDictionary(a => a.Id, a => a.Hash);
        var groups = articles.Select(a => a.Id).Where(uf.Contains).GroupBy(uf.Find).Where(g => g.Count() > 1).ToList();
        using (var insert = Command("INSERT INTO duplicate_groups (article_id, group_id, distance) VALUES ($a, $g, $d)", tx))
        {
            foreach (var g in groups)
            {
                long head = g.Min();
                foreach (var id in g)
                {
                    insert.Parameters.Clear();
                    insert.Parameters.AddWithValue("$a", id);
                    insert.Parameters.AddWithValue("$g", head);
                    insert.Parameters.AddWithValue("$d", Fingerprints.Distance(hashOf[id], hashOf[head]));
                    insert.ExecuteNonQuery();
                }
            }
        }

        // 2. Events reported by several articles: same sub-type, dates within a day, places within 10 km, compatible actors.
        var events = new List<EventRow>();
        using (var cmd = Command("SELECT id, article_id, sub_event_type, event_date, actor1, actor2, geonameid, latitude, longitude, location_key, country FROM events", tx))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                events.Add(new EventRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), DateOnly.Parse(r.GetString(3)), Str(r, 4), Str(r, 5),
                    r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetDouble(8), Str(r, 9),
                    Str(r, 9) is null || Str(r, 9) == PlaceKey(Str(r, 10))));
        var merge = new UnionFind();
        foreach (var e in events) merge.Add(e.Id);
        var conflicts = new List<(long A, long B, string Reason)>();
        foreach (var bySub in events.GroupBy(e => e.SubType))
        {
            var list = bySub.OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
            for (int i = 0; i < list.Count; i++)
                for (int j = i + 1; j < list.Count && list[j].Date.DayNumber - list[i].Date.DayNumber <= 1; j++)
                    if (SamePlace(list[i], list[j], MergeKm) && CompatibleActors(list[i], list[j]))
                        merge.Union(list[i].Id, list[j].Id);
        }
        // 3. Conflicting territorial claims across articles: one place, a few days apart, different winners or outcomes.
        var territorial = events.Where(e => TerritorySubTypes.Contains(e.SubType)).OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
        for (int i = 0; i < territorial.Count; i++)
            for (int j = i + 1; j < territorial.Count && territorial[j].Date.DayNumber - territorial[i].Date.DayNumber <= ConflictDays; j++)
            {
                var (a, b) = (territorial[i], territorial[j]);
                if (a.ArticleId == b.ArticleId || !SamePlace(a, b, 1) || merge.Find(a.Id) == merge.Find(b.Id)) continue;
                string? reason = null;
                if (a.Actor1 is not null && b.Actor1 is not null && !Same(a.Actor1, b.Actor1))
                    reason = $"control: {a.Actor1} vs {b.Actor1}";
                else if (a.SubType != b.SubType) reason = $"outcome: {a.SubType} vs {b.SubType}";
                if (reason is not null) conflicts.Add((Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id), reason));
            }
        using (var update = Command("UPDATE events SET merged_id = $m WHERE id = $id", tx))
        {
            var heads = events.GroupBy(e => merge.Find(e.Id)).ToDictionary(g => g.Key, g => g.Min(e => e.Id));
            foreach (var e in events)
            {
                update.Parameters.Clear();
                update.Parameters.AddWithValue("$m", heads[merge.Find(e.Id)]);
                update.Parameters.AddWithValue("$id", e.Id);
                update.ExecuteNonQuery();
            }
        }
        using (var clear = Command("DELETE FROM conflicts WHERE scope = 'cross'", tx)) clear.ExecuteNonQuery();
        using (var insert = Command("INSERT OR IGNORE INTO conflicts (event_a, event_b, scope, reason) VALUES ($a, $b, 'cross', $r)", tx))
            foreach (var (a, b, reason) in conflicts)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$a", a);
                insert.Parameters.AddWithValue("$b", b);
                insert.Parameters.AddWithValue("$r", reason);
                insert.ExecuteNonQuery();
            }
        tx.Commit();
        var clusters = events.GroupBy(e => merge.Find(e.Id)).ToList();
        return new ConsolidationStats(groups.Count, groups.Sum(g => g.Count()), clusters.Count,
            clusters.Count(c => c.Select(e => e.ArticleId).Distinct().Count() > 1), conflicts.Count);
    }

    private static bool SamePlace(EventRow a, EventRow b, double km)
    {
        // A report placed only at a country says too little to be the same event as another.
        if (a.CountryOnly || b.CountryOnly) return false;
        if (a.GeonameId is not null && a.GeonameId == b.GeonameId) return true;
        if (a.Lat is { } la && a.Lon is { } lo && b.Lat is { } lb && b.Lon is { } lob)
            return GeoDistance.Km(la, lo, lb, lob) <= km;
        return a.PlaceKey is not null && a.PlaceKey == b.PlaceKey;
    }

    /// <summary>Actors agree when each side is unknown in one report or the same in both; a report may name them in either order.</summary>
    private static bool CompatibleActors(EventRow a, EventRow b)
    {
        static bool Fits(string? x, string? y) => x is null || y is null || Same(x, y);
        return Fits(a.Actor1, b.Actor1) && Fits(a.Actor2, b.Actor2)
            || a.Actor1 is not null && a.Actor2 is not null && Fits(a.Actor1, b.Actor2) && Fits(a.Actor2, b.Actor1);
    }

    private static bool Same(string x, string y) =>
        string.Equals(Marsad.Core.Actors.ActorNames.WithoutDates(x), Marsad.Core.Actors.ActorNames.WithoutDates(y), StringComparison.OrdinalIgnoreCase);

    private sealed class UnionFind
    {
        private readonly Dictionary<long, long> _parent = new();

        public bool Contains(long x) => _parent.ContainsKey(x);

        public void Add(long x) => _parent.TryAdd(x, x);

        public long Find(long x)
        {
            Add(x);
            while (_parent[x] != x) { _parent[x] = _parent[_parent[x]]; x = _parent[x]; }
            return x;
        }

        public void Union(long a, long b)
        {
            long ra = Find(a), rb = Find(b);
            if (ra != rb) { if (ra < rb) _parent[rb] = ra; else _parent[ra] = rb; }
        }
    }
}
