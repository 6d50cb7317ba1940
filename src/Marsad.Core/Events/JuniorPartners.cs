using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>
/// Forces coded as a senior ally's associate rather than as a side of their own (junior-partners.tsv): Saleh's
/// loyalists beside the Houthis.
/// </summary>
public sealed class JuniorPartners
{
    private readonly Dictionary<string, ActorRef> _senior = new(StringComparer.Ordinal);

    public static JuniorPartners Empty { get; } = new();

    public static JuniorPartners LoadDefault(ActorCatalog catalog) => Load(MarsadData.Path("lexicons", "junior-partners.tsv"), catalog);

    public static JuniorPartners Load(string path, ActorCatalog catalog)
    {
        var partners = new JuniorPartners();
        foreach (var row in Tsv.Read(path, ["junior"], ["senior"]).Rows)
        {
            string junior = row.Get("junior"), senior = row.Get("senior");
            if (!catalog.TryGet(junior, out var j)) throw new LexiconFormatException(path, row.Line, $"unknown actor id \"{junior}\"");
            if (!catalog.TryGet(senior, out var s)) throw new LexiconFormatException(path, row.Line, $"unknown actor id \"{senior}\"");
            if (!partners._senior.TryAdd(j.Id, s)) throw new LexiconFormatException(path, row.Line, $"\"{junior}\" listed twice");
        }
        return partners;
    }

    /// <summary>The senior partner of a junior force, or null.</summary>
    public ActorRef? SeniorOf(ActorRef actor) => _senior.TryGetValue(actor.Id, out var senior) ? senior : null;
}
