using System.Text;
using System.Text.Json;
using Marsad.Core.Records;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

public sealed partial class SqliteEventStore
{
    private const string EventColumns = "e.id, e.article_id, a.doc_id, s.name, a.url, e.record, coalesce(e.merged_id, e.id)";

    private const string EventFrom = "events e JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = a.source_id";

    /// <summary>The WHERE conditions of a query on events aliased <c>e</c>; parameters are added to <paramref name="cmd"/>.</summary>
    private static string EventWhere(EventQuery q, SqliteCommand cmd, bool dates = true)
    {
        var where = new List<string> { "1 = 1" };
        if (q.Country is { } country)
        {
            where.Add("(lower(e.country) = lower($country) OR lower(e.iso2) = lower($country) OR lower(json_extract(e.record, '$.event_id_cnty')) LIKE lower($country) || '-%')");
            cmd.Parameters.AddWithValue("$country", country);
        }
        if (q.Admin1 is { } admin1)
        {
            where.Add("lower(e.admin1) LIKE '%' || lower($admin1) || '%'");
            cmd.Parameters.AddWithValue("$admin1", admin1);
        }
        if (q.Place is { } place)
        {
            // The place as named, and every other spelling of the places it resolves to.
            where.Add("""
                (e.location_key = $place OR (e.location_ar_key = $place AND e.location_key IS NOT lower(replace(e.country, ' ', ''))) OR e.geonameid = $placeId
                 OR e.geonameid IN (SELECT geonameid FROM events WHERE geonameid IS NOT NULL AND (location_key = $place OR location_ar_key = $place)
                     AND location_key IS NOT lower(replace(country, ' ', ''))))
                """);
            cmd.Parameters.AddWithValue("$place", PlaceKey(place) ?? "");
            cmd.Parameters.AddWithValue("$placeId", long.TryParse(place, out long id) && id > 0 ? id : DBNull.Value);
        }
        if (q.Actor is { } actor)
        {
            where.Add("(lower(e.actor1) LIKE $actor OR lower(e.actor2) LIKE $actor OR lower(e.assoc_actors) LIKE $actor OR e.actor1_ar LIKE $actor OR e.actor2_ar LIKE $actor)");
            cmd.Parameters.AddWithValue("$actor", "%" + actor.ToLowerInvariant() + "%");
        }
        if (q.Type is { } type)
        {
            where.Add("(lower(e.event_type) LIKE $type OR lower(e.sub_event_type) LIKE $type)");
            cmd.Parameters.AddWithValue("$type", type.ToLowerInvariant() + "%");
        }
        if (dates && q.From is { } from)
        {
            where.Add("e.event_date >= $from");
            cmd.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd"));
        }
        if (dates && q.To is { } to)
        {
            where.Add("e.event_date <= $to");
            cmd.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd"));
        }
        return string.Join(" AND ", where);
    }

    private static StoredEvent ReadEvent(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Str(r, 3), Str(r, 4),
            JsonSerializer.Deserialize<AcledRecord>(r.GetString(5), RecordJson)!, r.GetInt64(6));

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        using var cmd = Command("");
        cmd.CommandText = $"SELECT {EventColumns} FROM {EventFrom} WHERE {EventWhere(query, cmd)} ORDER BY e.event_date, e.id"
            + (query.Limit is { } n ? $" LIMIT {n}" : "");
        return ReadEvents(cmd);
    }

    private static List<StoredEvent> ReadEvents(SqliteCommand cmd)
    {
        var list = new List<StoredEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(ReadEvent(r));
        return list;
    }

    public IReadOnlyList<MergedEvent> MergedEvents(EventQuery query)
    {
        using var cmd = Command("");
        cmd.CommandText = $"""
            SELECT {EventColumns} FROM {EventFrom}
            WHERE coalesce(e.merged_id, e.id) IN (SELECT coalesce(e.merged_id, e.id) FROM events e WHERE {EventWhere(query, cmd)})
            ORDER BY coalesce(e.merged_id, e.id), e.id
            """;
        var merged = ReadEvents(cmd).GroupBy(e => e.MergedId).Select(g => Merge(g.Key, g.ToList()))
            .OrderBy(m => m.Record.EventDate, StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
        return query.Limit is { } n ? merged.Take(n).ToList() : merged;
    }

    /// <summary>One record for the reports of one event (see <see cref="MergedEvent"/>).</summary>
    public static MergedEvent Merge(long id, IReadOnlyList<StoredEvent> reports)
    {
        var best = reports.OrderByDescending(r => r.Record.Confidence).ThenBy(r => r.Record.GeoPrecision ?? 9).ThenBy(r => r.Id).First().Record;
        if (reports.Count == 1) return new MergedEvent(id, best, reports);
        var outlets = reports.Select(r => r.Record.Source ?? r.Outlet).Where(s => !string.IsNullOrEmpty(s)).Distinct().Order(StringComparer.Ordinal).ToList();
        var scales = reports.Select(r => r.Record.SourceScale).Where(s => !string.IsNullOrEmpty(s)).Distinct()
            .OrderBy(s => s switch { "Subnational" => 0, "National" => 1, "Regional" => 2, "International" => 3, _ => 4 }).ToList();
        var fatalities = reports.Select(r => r.Record.Fatalities).Where(f => f is not null).ToList();
        var claims = reports.Select(r => r.Record.ClaimSource).Where(c => c is not null).Distinct().ToList();
        var tags = new List<string>();
        if (best.Tags is not null) tags.Add(best.Tags);
        tags.Add($"{reports.Count} reports");
        var record = best with
        {
            EventIdCnty = best.EventIdCnty.Split('-')[0] + "-M" + id,
            Source = outlets.Count == 0 ? null : string.Join("; ", outlets),
            SourceScale = scales.Count == 0 ? null : string.Join("-", scales),
            Fatalities = fatalities.Count == 0 ? null : fatalities.Min(),
            ClaimSource = claims.Count == 0 ? null : string.Join("; ", claims),
            PartialControl = reports.Any(r => r.Record.PartialControl),
            Contradicts = reports.SelectMany(r => r.Record.Contradicts).Distinct().ToList(),
            DocumentId = string.Join("; ", reports.Select(r => r.DocumentId).Distinct()),
            Evidence = reports.SelectMany(r => r.Record.Evidence).ToList(),
            FieldEvidence = reports.SelectMany(r => r.Record.FieldEvidence).ToList(),
            Notes = best.Notes + $" Reported by {reports.Select(r => r.ArticleId).Distinct().Count()} articles ({string.Join("; ", outlets)}).",
            Tags = string.Join("; ", tags),
        };
        return new MergedEvent(id, record, reports);
    }

    public IReadOnlyList<ConflictPair> Conflicts(string? place, DateOnly? from)
    {
        using var cmd = Command("");
        string filter = EventWhere(new EventQuery { Place = place, From = from }, cmd);
        cmd.CommandText = $"""
            SELECT c.event_a, c.event_b, c.scope, c.reason FROM conflicts c
            WHERE c.event_a IN (SELECT e.id FROM events e WHERE {filter}) OR c.event_b IN (SELECT e.id FROM events e WHERE {filter})
            ORDER BY c.event_a, c.event_b
            """;
        var pairs = new List<(long, long, string, string)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) pairs.Add((r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3)));
        var events = EventsById(pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct());
        return pairs.Select(p => new ConflictPair(events[p.Item1], events[p.Item2], p.Item3, p.Item4))
            .OrderBy(p => p.A.Record.EventDate, StringComparer.Ordinal).ToList();
    }

    private Dictionary<long, StoredEvent> EventsById(IEnumerable<long> ids)
    {
        var result = new Dictionary<long, StoredEvent>();
        foreach (var chunk in ids.Chunk(500))
        {
            using var cmd = Command($"SELECT {EventColumns} FROM {EventFrom} WHERE e.id IN ({string.Join(",", chunk)})");
            foreach (var e in ReadEvents(cmd)) result[e.Id] = e;
        }
        return result;
    }

    public IReadOnlyList<StoredEvent> TerritorialEvents(string place)
    {
        using var cmd = Command("");
        cmd.CommandText = $"""
            SELECT {EventColumns} FROM {EventFrom}
            WHERE e.sub_event_type IN ({string.Join(", ", TerritorySubTypes.Select(t => "'" + t + "'"))}) AND {EventWhere(new EventQuery { Place = place }, cmd)}
            ORDER BY e.event_date, e.id
            """;
        return ReadEvents(cmd);
    }

    /// <summary>Ids of conflicts touching the given events (for marking contested periods).</summary>
    public HashSet<long> ConflictedEvents(IEnumerable<long> ids)
    {
        var set = new HashSet<long>();
        foreach (var chunk in ids.Chunk(500))
        {
            string list = string.Join(",", chunk);
            using var cmd = Command($"SELECT event_a, event_b FROM conflicts WHERE event_a IN ({list}) OR event_b IN ({list})");
            using var r = cmd.ExecuteReader();
            while (r.Read()) { set.Add(r.GetInt64(0)); set.Add(r.GetInt64(1)); }
        }
        return set;
    }

    public IReadOnlyList<DuplicateGroup> DuplicateGroups()
    {
        using var cmd = Command("""
            SELECT d.group_id, d.article_id, a.doc_id, a.hash, d.distance FROM duplicate_groups d JOIN articles a ON a.id = d.article_id
            ORDER BY d.group_id, d.article_id
            """);
        var rows = new List<(long G, long A, string D, string H, int Dist)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) rows.Add((r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt32(4)));
        return rows.GroupBy(x => x.G).Select(g => new DuplicateGroup(g.Key, g.Select(x => (x.A, x.D, x.H, x.Dist)).ToList())).ToList();
    }

    /// <summary>Title and text of an article.</summary>
    public (string DocumentId, string? Title, string Text)? Article(long id)
    {
        using var cmd = Command("SELECT doc_id, title, text FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(0), Str(r, 1), r.GetString(2)) : null;
    }

    /// <summary>Articles with id above <paramref name="after"/> in id order, for building other indexes.</summary>
    public IEnumerable<(long Id, string Text)> ArticlesAfter(long after)
    {
        using var cmd = Command("SELECT id, coalesce(title || char(10), '') || text FROM articles WHERE id > $after ORDER BY id");
        cmd.Parameters.AddWithValue("$after", after);
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return (r.GetInt64(0), r.GetString(1));
    }

    /// <summary>Ids of the articles that pass the filters (events filters via their events, dates via publication).</summary>
    internal string ArticleFilterSql(EventQuery filters, SqliteCommand cmd)
    {
        var where = new StringBuilder("1 = 1");
        if (filters.HasEventFilters)
            where.Append($" AND a.id IN (SELECT e.article_id FROM events e WHERE {EventWhere(filters, cmd, dates: false)})");
        if (filters.From is { } from)
        {
            where.Append(" AND a.published >= $afrom");
            cmd.Parameters.AddWithValue("$afrom", from.ToString("yyyy-MM-dd"));
        }
        if (filters.To is { } to)
        {
            where.Append(" AND a.published <= $ato");
            cmd.Parameters.AddWithValue("$ato", to.ToString("yyyy-MM-dd"));
        }
        return where.ToString();
    }
}
