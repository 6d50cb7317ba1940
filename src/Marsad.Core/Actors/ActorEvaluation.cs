using System.Text.Json;
using Marsad.Core.Input;

namespace Marsad.Core.Actors;

/// <summary>
/// Share of gold actor1/actor2 (and, separately, associated actors) that the recogniser finds in the article with
/// the right canonical name (compared by <see cref="ActorNames.SameActor"/>) and inter code. A mention counts when
/// its actor — or one of its candidates — coded for the event's country (<see cref="ActorRef.WithEventCountry"/>,
/// generic actors resolved to that country) has the gold name and inter.
/// </summary>
public static class ActorEvaluation
{
    public sealed record Item(string DocId, string Slot, string GoldName, string? GoldAr, int GoldInter, string? EventIso2,
        bool NameFound, bool Found, string? FoundSurface, string? FoundName, int? FoundInter);

    public sealed record Summary(int Slots, int NameFound, int Found, int Unique, int UniqueFound, int AssocSlots, int AssocFound);

    public static List<Item> Run(ActorPipeline pipeline, string goldDir, string articlesDir, DateOnly? published = null)
    {
        var items = new List<Item>();
        foreach (var goldPath in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(goldPath);
            string? article = FindArticle(articlesDir, id, goldPath);
            if (article is null) continue;
            var a = ArticleReader.ReadFile(article)[0];
            var document = a.ToDocument(a.LocalDate is null ? published : null);
            pipeline.Process(document);
            using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
            if (!json.RootElement.TryGetProperty("events", out var events)) continue;
            foreach (var e in events.EnumerateArray())
            {
                string? iso2 = e.TryGetProperty("iso2", out var i2) && i2.ValueKind == JsonValueKind.String ? i2.GetString() : null;
                foreach (var slot in new[] { "actor1", "actor2", "assoc_actor_1", "assoc_actor_2" })
                {
                    if (!e.TryGetProperty(slot, out var v)) continue;
                    var golds = v.ValueKind switch
                    {
                        JsonValueKind.Object => new[] { v },
                        JsonValueKind.Array => v.EnumerateArray().ToArray(),
                        _ => Array.Empty<JsonElement>(),
                    };
                    foreach (var g in golds)
                    {
                        if (g.ValueKind != JsonValueKind.Object || !g.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String) continue;
                        string name = n.GetString()!;
                        int inter = g.TryGetProperty("inter", out var it) && it.ValueKind == JsonValueKind.Number ? it.GetInt32() : 0;
                        string? ar = g.TryGetProperty("ar", out var arEl) && arEl.ValueKind == JsonValueKind.String ? arEl.GetString() : null;
                        items.Add(Score(pipeline, document, id, slot, name, ar, inter, iso2));
                    }
                }
            }
        }
        return items;
    }

    public static Summary Summarize(IReadOnlyList<Item> items)
    {
        var main = items.Where(i => i.Slot is "actor1" or "actor2").ToList();
        var assoc = items.Where(i => i.Slot is not ("actor1" or "actor2")).ToList();
        var unique = main.GroupBy(i => (i.DocId, ActorNames.Key(i.GoldName), i.GoldInter)).Select(g => g.First()).ToList();
        return new Summary(main.Count, main.Count(i => i.NameFound), main.Count(i => i.Found), unique.Count, unique.Count(i => i.Found),
            assoc.Count, assoc.Count(i => i.Found));
    }

    private static string? FindArticle(string dir, string id, string goldPath)
    {
        foreach (var candidate in new[] { id, id.Replace(".expected", "", StringComparison.Ordinal) })
            foreach (var ext in new[] { ".txt", ".xml", ".json", "" })
            {
                string p = Path.Combine(dir, candidate + ext);
                if (File.Exists(p) && Path.GetFullPath(p) != Path.GetFullPath(goldPath)) return p;
            }
        return null;
    }

    private static Item Score(ActorPipeline pipeline, Document document, string id, string slot, string name, string? ar, int inter, string? iso2)
    {
        Item? nameOnly = null;
        foreach (var m in document.Actors)
        {
            foreach (var candidate in m.Candidates.Count > 0 ? m.Candidates : [m.Actor])
            {
                var actor = iso2 is null ? candidate : pipeline.Catalog.ResolveGenericCountry(candidate, iso2, document.Published?.Year).WithEventCountry(iso2);
                if (!ActorNames.SameActor(actor.Name, name)) continue;
                var item = new Item(id, slot, name, ar, inter, iso2, true, actor.Inter == inter, m.Surface, actor.Name, actor.Inter);
                if (item.Found) return item;
                nameOnly ??= item;
            }
        }
        return nameOnly ?? new Item(id, slot, name, ar, inter, iso2, false, false, null, null, null);
    }
}
