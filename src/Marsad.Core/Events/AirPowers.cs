using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>
/// Forces whose strikes told without a weapon are air strikes (data/lexicons/air-powers.tsv): "قصف إسرائيلي على غزة"
/// is an Israeli air strike, "قصف الجيش اليمني" shelling. Ids are checked against the actor catalog on load; errors
/// name the file and line.
/// </summary>
public sealed class AirPowers
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _states = new(StringComparer.Ordinal);   // countries whose armed forces are listed

    public static AirPowers Empty { get; } = new();

    public static AirPowers LoadDefault(ActorCatalog catalog) => Load(MarsadData.Path("lexicons", "air-powers.tsv"), catalog);

    public static AirPowers Load(string path, ActorCatalog catalog)
    {
        var powers = new AirPowers();
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
}
