using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Core.Records;

namespace Marsad.Core.Evaluation;

/// <summary>One gold event as the scorer needs it (the gold schema of ../shared/data/gold/SCHEMA.md).</summary>
public sealed record GoldEvent(string EventType, string SubEventType, DateOnly? Date, int TimePrecision, string? Actor1, string? Actor2,
    int? Inter1, int? Inter2, double? Latitude, double? Longitude, int? Fatalities, string? ClaimSource, string? Location);

/// <summary>Scores of one run: counts, field agreement over matched pairs, and the misses and false alarms.</summary>
public sealed record EventScore(int Matched, int FalseAlarms, int Misses, IReadOnlyDictionary<string, (int Ok, int Total)> Fields,
    IReadOnlyList<string> MissList, IReadOnlyList<string> FalseAlarmList)
{
    public double Precision => Matched + FalseAlarms == 0 ? 0 : (double)Matched / (Matched + FalseAlarms);
    public double Recall => Matched + Misses == 0 ? 0 : (double)Matched / (Matched + Misses);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The reference scorer (../shared/eval/score.py) in C#: a system event matches a gold event when the event types
/// are equal, the places are within 50 km and the dates within 2 days (7 when the gold's time_precision is 2,
/// 31 when 3); pairs are matched one-to-one, best first. Field accuracy is over matched pairs. Kept line for line
/// with score.py so the two print the same figures.
/// </summary>
public static class EventScorer
{
    private static readonly string[][] Aliases =
    {
        new[] { "islamic state", "isis", "isil", "daesh", "islamic state (syria)", "islamic state (iraq)", "is" },
        new[] { "popular mobilization forces", "pmf", "popular mobilisation forces", "hashd al-shaabi" },
        new[] { "syrian democratic forces", "sdf" },
        new[] { "houthi movement", "houthis", "ansar allah" },
        new[] { "hayat tahrir al-sham", "hts" },
        new[] { "kurdistan workers' party", "pkk" },
        new[] { "people's protection units", "ypg" },
        new[] { "coalition (saudi-led)", "saudi-led coalition", "arab coalition" },
        new[] { "coalition (us-led)", "us-led coalition", "international coalition" },
        new[] { "libyan national army", "lna", "military forces of libya" },
        new[] { "jaish al-islam", "jaysh al-islam", "army of islam" },
        new[] { "joint resistance forces", "national resistance forces", "joint forces (yemen)" },
        new[] { "people's protection units", "ypg", "kurdish people's protection units" },
    };

    public static readonly string[] FieldNames = { "sub_event_type", "actor1", "actor2", "inter1", "inter2", "fatalities", "claim_source", "within_25km" };

    /// <summary>The actor name as score.py compares it: no "(2000-)" date range, no leading "the", lower case, aliases folded.</summary>
    public static string? NormActor(string? name)
    {
        if (name is null) return null;
        string s = Regex.Replace(name, @"\s*\([^)]*\d[^)]*\)", "").Trim().ToLowerInvariant();
        s = Regex.Replace(s, @"^the\s+", "");
        foreach (var group in Aliases)
            if (group.Contains(s)) return group.Order(StringComparer.Ordinal).First();
        return s;
    }

    public static IReadOnlyList<GoldEvent> LoadGold(string path, out string docId, out DateOnly? published, out string? outlet)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        docId = root.TryGetProperty("doc_id", out var id) ? id.GetString()! : Path.GetFileNameWithoutExtension(path);
        published = root.TryGetProperty("published", out var p) && DateOnly.TryParse(p.GetString(), out var d) ? d : null;
        outlet = root.TryGetProperty("outlet", out var o) ? o.GetString() : null;
        var list = new List<GoldEvent>();
        foreach (var e in root.GetProperty("events").EnumerateArray())
            list.Add(new GoldEvent(Str(e, "event_type")!, Str(e, "sub_event_type")!, DateOnly.TryParse(Str(e, "event_date"), out var ed) ? ed : null,
                e.TryGetProperty("time_precision", out var tp) && tp.ValueKind == JsonValueKind.Number ? tp.GetInt32() : 1,
                ActorName(e, "actor1"), ActorName(e, "actor2"), Inter(e, "actor1"), Inter(e, "actor2"), Num(e, "latitude"), Num(e, "longitude"),
                e.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : null,
                Str(e, "claim_source"), Str(e, "location")));
        return list;
    }

    public static EventScore Score(IEnumerable<(string Name, IReadOnlyList<GoldEvent> Gold, IReadOnlyList<AcledRecord> System)> documents)
    {
        int tp = 0, fp = 0, fn = 0;
        var fields = FieldNames.ToDictionary(f => f, _ => (Ok: 0, Total: 0));
        var misses = new List<string>();
        var alarms = new List<string>();
        foreach (var (name, gold, system) in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var pairs = new List<(double Cost, int G, int S)>();
            for (int i = 0; i < gold.Count; i++)
                for (int j = 0; j < system.Count; j++)
                {
                    var g = gold[i]; var s = system[j];
                    if (g.EventType != s.EventType) continue;
                    double d = Km(g.Latitude, g.Longitude, s.Latitude, s.Longitude);
                    var sd = DateOnly.TryParse(s.EventDate, out var x) ? x : (DateOnly?)null;
                    int window = g.TimePrecision switch { 2 => 7, 3 => 31, _ => 2 };
                    if (d > 50 || g.Date is null || sd is null || Math.Abs(g.Date.Value.DayNumber - sd.Value.DayNumber) > window) continue;
                    int days = Math.Abs(g.Date.Value.DayNumber - sd.Value.DayNumber);
                    pairs.Add((d + 10 * days - 5 * (g.SubEventType == s.SubEventType ? 1 : 0), i, j));
                }
            var usedG = new HashSet<int>(); var usedS = new HashSet<int>();
            foreach (var (_, i, j) in pairs.OrderBy(p => p.Cost).ThenBy(p => p.G).ThenBy(p => p.S))
            {
                if (usedG.Contains(i) || usedS.Contains(j)) continue;
                usedG.Add(i); usedS.Add(j); tp++;
                var g = gold[i]; var s = system[j];
                var checks = new Dictionary<string, bool>
                {
                    ["sub_event_type"] = g.SubEventType == s.SubEventType,
                    ["actor1"] = NormActor(g.Actor1) == NormActor(s.Actor1),
                    ["actor2"] = NormActor(g.Actor2) == NormActor(s.Actor2),
                    ["inter1"] = g.Inter1 == s.Inter1,
                    ["inter2"] = g.Inter2 == s.Inter2,
                    ["fatalities"] = (g.Fatalities ?? 0) == (s.Fatalities ?? 0),
                    ["claim_source"] = (g.ClaimSource is null) == string.IsNullOrEmpty(s.ClaimSource),
                    ["within_25km"] = Km(g.Latitude, g.Longitude, s.Latitude, s.Longitude) <= 25,
                };
                foreach (var (k, ok) in checks) fields[k] = (fields[k].Ok + (ok ? 1 : 0), fields[k].Total + 1);
            }
            fn += gold.Count - usedG.Count; fp += system.Count - usedS.Count;
            for (int i = 0; i < gold.Count; i++) if (!usedG.Contains(i)) misses.Add($"{name}: {gold[i].SubEventType} @ {gold[i].Location}");
            for (int j = 0; j < system.Count; j++) if (!usedS.Contains(j)) alarms.Add($"{name}: {system[j].SubEventType} @ {system[j].Location}");
        }
        return new EventScore(tp, fp, fn, fields.ToDictionary(kv => kv.Key, kv => (kv.Value.Ok, kv.Value.Total)), misses, alarms);
    }

    // score.py's haversine with R = 6371 km, so distances at the 50 km edge agree exactly.
    private static double Km(double? lat1, double? lon1, double? lat2, double? lon2)
    {
        if (lat1 is null || lon1 is null || lat2 is null || lon2 is null) return 1e9;
        double la1 = lat1.Value * Math.PI / 180, lo1 = lon1.Value * Math.PI / 180, la2 = lat2.Value * Math.PI / 180, lo2 = lon2.Value * Math.PI / 180;
        double h = Math.Pow(Math.Sin((la2 - la1) / 2), 2) + Math.Cos(la1) * Math.Cos(la2) * Math.Pow(Math.Sin((lo2 - lo1) / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string? ActorName(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Object => Str(v, "name"),
            JsonValueKind.String => v.GetString(),
            _ => null,
        } : null;

    private static int? Inter(JsonElement e, string actor) =>
        e.TryGetProperty(actor, out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("inter", out var i) && i.ValueKind == JsonValueKind.Number
            ? i.GetInt32() : null;
}
