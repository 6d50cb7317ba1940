using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "قتل شرطي تركي وأصيب آخر بجروح خطيرة في هجوم نفذه ملثمون في دياربكر": forces counted dead right after the verb of
    /// killing that opens the clause, before an attack whose doer its own relative clause names ("نفذه ملثمون", "شنه
    /// مسلحون"), are that doer's target — the clash of the armed men with the forces, however far the wounded push the
    /// attack from its dead. The doer is the first actor right after the verb of carrying out: an armed group, named or
    /// not, or the group unnamed gunmen are said to belong to.
    /// </summary>
    private static ActorMention? DoerNamedAfterTheAttack(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        int verb = trigger.LastToken + 1;
        if (verb >= sentence.EndToken || !ExtractionContext.CarryingOutVerbs.Contains(tokens[verb].Norm)) return null;
        foreach (var a in context.Actors)   // (as the context reads them: "مسلحون ينتمون لحزب العمال الكردستاني" are the party)
        {
            if (a.FirstToken <= verb) continue;
            return a.FirstToken == verb + 1 && a.Actor.Inter is 2 or 3 or 4 ? a : null;
        }
        return null;
    }

}
