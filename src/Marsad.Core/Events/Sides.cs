using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>
/// Who fights alongside whom (data/lexicons/sides.tsv): actors on a common side are allies, so "X وY" and
/// "X وحلفاؤه" read as one side and an ally is never picked as the opponent. Ids are checked against the actor
/// catalog on load; errors name the file and line.
/// </summary>
public sealed class Sides
{
    private readonly Dictionary<string, HashSet<string>> _sidesOf = new(StringComparer.Ordinal);

    public static Sides Empty { get; } = new();

    public static Sides LoadDefault(ActorCatalog catalog) => Load(MarsadData.Path("lexicons", "sides.tsv"), catalog);

    public static Sides Load(string path, ActorCatalog catalog)
    {
        var sides = new Sides();
        foreach (var row in Tsv.Read(path, ["side"], ["actors"]).Rows)
            foreach (var id in Tsv.List(row.Get("actors")))
            {
                if (!catalog.TryGet(id, out _)) throw new LexiconFormatException(path, row.Line, $"unknown actor id \"{id}\"");
                if (!sides._sidesOf.TryGetValue(id, out var set)) sides._sidesOf[id] = set = new(StringComparer.Ordinal);
                set.Add(row.Get("side"));
            }
        return sides;
    }

    /// <summary>True when the two actors share a side (or are the same actor).</summary>
    public bool Allied(ActorRef? a, ActorRef? b)
    {
        if (a is null || b is null) return false;
        if (a.Id == b.Id) return true;
        return _sidesOf.TryGetValue(BaseId(a), out var sa) && _sidesOf.TryGetValue(BaseId(b), out var sb) && sa.Overlaps(sb);
    }

    /// <summary>True when the actor is on some side of the table.</summary>
    public bool Knows(ActorRef actor) => _sidesOf.ContainsKey(BaseId(actor));

    // Generic actors resolved to a country carry a "-xx" suffix; the catalog id is what sides.tsv names.
    private static string BaseId(ActorRef actor) => actor.Id;
}
