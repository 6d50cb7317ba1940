using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// The state force a protest's sentence tells it clashed with, after the protest's trigger: a clash noun ("مصادمات",
    /// "مواجهات", "اشتباكات" — a trigger or not) and "مع" right before the force ("ووقعت مصادمات مع الشرطة", "ما أدى إلى مواجهات مع قوات
    /// الأمن"), or null.
    /// </summary>
    private static ActorMention? ClashedWithAForce(ExtractionContext context, Sentence sentence, TriggerMention protest, List<TriggerMention> sentenceTriggers)
    {
        var tokens = context.Document.Tokens;
        // (not demonstrations told as the time of the clash, "إصابة رجل خلال مظاهرات فيرغسون في اشتباكات مع الشرطة": the
        // clash is the act there, a violent demonstration of its own — ConfrontationAtADemonstration)
        if (protest.FirstToken > sentence.FirstToken && tokens[protest.FirstToken - 1].NormWithoutWa is "خلال" or "اثناء" or "في" or "مع") return null;
        for (int i = protest.LastToken + 1; i + 2 < sentence.EndToken; i++)
        {
            string noun = tokens[i].NormWithoutWaOrArticle;
            if (!(noun.StartsWith("مصادم", StringComparison.Ordinal) || noun.StartsWith("مواجه", StringComparison.Ordinal) || noun.StartsWith("اشتباك", StringComparison.Ordinal))
                || tokens[i + 1].Norm != "مع") continue;
            // (not fighting told of another act between: the clash is the protest's own)
            if (sentenceTriggers.Exists(o => o.FirstToken > protest.LastToken && o.FirstToken < i && !o.Entries.Any(e => e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots)
                                             && !(o.FirstToken <= i && o.LastToken >= i))) return null;
            if (context.ActorsAround(i + 2).FirstOrDefault(a => a.FirstToken == i + 2) is { Actor.IsState: true } force) return force;
        }
        return null;
    }
}
