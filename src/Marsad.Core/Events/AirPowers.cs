using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>
/// Forces whose strikes told without a weapon are air strikes (data/lexicons/air-powers.tsv): "قصف إسرائيلي على غزة"
/// is an Israeli air strike, "قصف الجيش اليمني" shelling; and the armed groups that fly drones of their own
/// (data/lexicons/drone-flyers.tsv). Ids are checked against the actor catalog on load; errors name the file and line.
/// </summary>
public sealed class AirPowers
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _states = new(StringComparer.Ordinal);   // countries whose armed forces are listed
    private readonly HashSet<string> _drones = new(StringComparer.Ordinal);   // armed groups that fly drones

    public static AirPowers Empty { get; } = new();

    public static AirPowers LoadDefault(ActorCatalog catalog) =>
        Load(MarsadData.Path("lexicons", "air-powers.tsv"), catalog, MarsadData.Path("lexicons", "drone-flyers.tsv"));

    public static AirPowers Load(string path, ActorCatalog catalog, string? dronesPath = null)
    {
        var powers = new AirPowers();
        if (dronesPath is not null)
            foreach (var actor in ActorIdList.Read(dronesPath, catalog)) powers._drones.Add(actor.Id);
        foreach (var actor in ActorIdList.Read(path, catalog))
        {
            powers._ids.Add(actor.Id);
            if (actor.IsState && actor.Kind == "military" && actor.Country is { } country) powers._states.Add(country);
        }
        return powers;
    }

    /// <summary>True when the actor strikes from the air unless told otherwise (a listed state named by its country or
    /// government, "قصفت إسرائيل", strikes with its armed forces).</summary>
    public bool Contains(ActorRef? actor) => actor is not null
        && (_ids.Contains(actor.Id) || actor.IsState && actor.Kind is "military" or "government" && actor.Country is { } c && _states.Contains(c));

    /// <summary>True when the armed group flies drones of its own: a drone strike may be its act, not one it suffered.</summary>
    public bool FliesDrones(ActorRef actor) => _drones.Contains(actor.Id);
}
