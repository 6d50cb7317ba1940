using Marsad.Core.Actors;

namespace Marsad.Core.Events;

/// <summary>
/// A lexicon that lists actors by their catalog id, one per line with a note (air-powers.tsv, authorities.tsv): each
/// id is checked against the catalog as it is read, and an unknown one is an error that names the file and line.
/// </summary>
internal static class ActorIdList
{
    public static IEnumerable<ActorRef> Read(string path, ActorCatalog catalog)
    {
        foreach (var row in Tsv.Read(path, ["actor"], ["note"]).Rows)
        {
            string id = row.Get("actor");
            if (!catalog.TryGet(id, out var actor)) throw new LexiconFormatException(path, row.Line, $"unknown actor id \"{id}\"");
            yield return actor;
        }
    }
}
