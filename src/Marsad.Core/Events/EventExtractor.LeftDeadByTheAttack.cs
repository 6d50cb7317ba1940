using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// The people an attack noun left dead, told after it by a verb of consequence and the noun of killing — "وأدى الهجوم
    /// إلى مقتل 25 شخصا بينهم 12 جنديا", "وأسفر الهجوم عن مقتل ثلاثة جنود" — with the state forces among them ("بينهم 12
    /// جنديا"), or they themselves when the dead are forces; null when the sentence tells no such toll. The dead are whom
    /// the attack hit, never its agent.
    /// </summary>
    private static (ActorMention Dead, ActorMention? Forces)? LeftDeadByTheAttack(ExtractionContext context, Sentence sentence, TriggerMention attack)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        bool consequence = attack.FirstToken > sentence.FirstToken && ConsequenceVerbs.Contains(tokens[attack.FirstToken - 1].Norm)
                           || ConsequenceAfter(document, sentence, attack);
        if (!consequence) return null;
        const int Reach = 14, CountedAfter = 4;
        for (int i = attack.LastToken + 1; i < Math.Min(sentence.EndToken, attack.LastToken + Reach); i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return null;
            if (tokens[i].NormWithoutWaOrArticle is not ("مقتل" or "بمقتل" or "استشهاد")) continue;
            var dead = context.ActorsAround(i + CountedAfter).FirstOrDefault(a => a.FirstToken > i && a.FirstToken <= i + CountedAfter && a.Actor.Inter is 1 or 7 or 8);
            if (dead is null) return null;
            if (dead.Actor is { Inter: 1 or 8, IsState: true }) return (dead, dead);
            // (the forces among them: "مقتل 25 شخصا بينهم 12 جنديا")
            int among = dead.LastToken + 1;
            if (among + 1 < sentence.EndToken && tokens[among].Norm is "بينهم" or "منهم"
                && context.ActorsAround(among + 2).FirstOrDefault(a => a.FirstToken > among && a.FirstToken <= among + 2) is { Actor: { Inter: 1 or 8, IsState: true } } forces)
                return (dead, forces);
            return (dead, null);
        }
        return null;
    }
}
