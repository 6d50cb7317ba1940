using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>
/// Armed groups that govern territory (data/lexicons/authorities.tsv): their detentions are arrests, as a state's are
/// ("اعتقل الحوثيون مسؤولي الحارات", "اعتقلت قوات سوريا الديمقراطية"); any other armed group's are abductions. Ids
/// are checked against the actor catalog on load; errors name the file and line.
/// </summary>
public sealed class Authorities
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public static Authorities Empty { get; } = new();

    public static Authorities LoadDefault(ActorCatalog catalog) => Load(MarsadData.Path("lexicons", "authorities.tsv"), catalog);

    public static Authorities Load(string path, ActorCatalog catalog)
    {
        var authorities = new Authorities();
        foreach (var actor in ActorIdList.Read(path, catalog)) authorities._ids.Add(actor.Id);
        return authorities;
    }

    /// <summary>True for a state's own forces and for a group that governs territory: who can arrest.</summary>
    public bool CanArrest(ActorRef actor) => actor.IsState || _ids.Contains(actor.Id);
}
