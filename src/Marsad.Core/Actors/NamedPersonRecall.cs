namespace Marsad.Core.Actors;

/// <summary>
/// "الصحفي السعودي جمال خاشقجي … ويعتقد مسؤولون أتراك أن خاشقجي قتل في القنصلية": a person the article first names
/// after a civilian title (journalist, activist, citizen) and a nationality is later called by the family name alone.
/// Each later bare mention of that name becomes an actor mention of the same people — civilians of that country — so
/// what is told of the person (killed, arrested, missing) has its victim. Run after <see cref="EntityRecognizer"/>.
/// </summary>
public sealed class NamedPersonRecall : IDocumentStage
{
    public void Process(Document document)
    {
        var named = PersonsNamedAsCivilians(document);
        if (named is null) return;
        var tokens = document.Tokens;
        List<ActorMention>? recalled = null;
        int a = 0, e = 0;
        var actors = document.Actors;
        var entities = document.Entities;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !named.TryGetValue(tokens[i].Lemma, out var person) || i <= person.After) continue;
            // (a word inside another actor or a person's full name is theirs: only the bare family name is recalled)
            while (a < actors.Count && actors[a].LastToken < i) a++;
            if (a < actors.Count && actors[a].FirstToken <= i) continue;
            while (e < entities.Count && entities[e].LastToken < i) e++;
            if (e < entities.Count && entities[e].FirstToken <= i && entities[e].Type == EntityType.Person) continue;
            (recalled ??= new()).Add(new ActorMention(tokens[i].Span, document.Slice(tokens[i].Span), i, i, person.Actor, "person"));
        }
        if (recalled is null) return;
        actors.AddRange(recalled);
        actors.Sort((x, y) => x.FirstToken != y.FirstToken ? x.FirstToken.CompareTo(y.FirstToken) : x.LastToken.CompareTo(y.LastToken));
    }

    // Family name (the last word of a name of two words or more) → the civilians its title named, and where it was named.
    private static Dictionary<string, (ActorRef Actor, int After)>? PersonsNamedAsCivilians(Document document)
    {
        Dictionary<string, (ActorRef, int)>? named = null;
        var tokens = document.Tokens;
        foreach (var person in document.Entities)
        {
            if (person.Type != EntityType.Person || person.Rule != "title" || person.NameSpan is not { } name) continue;
            ActorRef? civilians = null;
            foreach (var actor in document.Actors)
                if (actor.FirstToken >= person.FirstToken && actor.LastToken <= person.LastToken && actor.Actor.Inter == 7) { civilians = actor.Actor; break; }
            if (civilians is null) continue;
            int first = -1, last = -1;
            for (int i = person.FirstToken; i <= person.LastToken; i++)
                if (tokens[i].Span.Start >= name.Start && tokens[i].Span.End <= name.End && tokens[i].IsWord)
                {
                    if (first < 0) first = i;
                    last = i;
                }
            if (first < 0 || last == first || tokens[last].Lemma.Length < 3) continue;
            (named ??= new(StringComparer.Ordinal))[tokens[last].Lemma] = (civilians, person.LastToken);
        }
        return named;
    }
}
