using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // "أفادت مصادر بمقتل 14 من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية … . وأكدت المصادر أن المواجهات تركزت في
    // شمال حيس والهاملي": "المواجهات" with no side of its own, falling on places, is the clash just told — its sides
    // that clash's.
    private sealed class ToldClash
    {
        public ActorMention? Agent;
        public ActorMention? Opponent;
        public int Sentence = -10;

        public void Remember(Document document, Sentence sentence, List<ExtractedEvent> events)
        {
            var e = events.LastOrDefault(x => x.SubEventType == AcledTaxonomy.ArmedClash && x is { Actor1.IsUnidentified: false, Actor2.IsUnidentified: false });
            if (e is null) return;
            var agent = Mention(document, sentence, e, "actor1", e.Actor1!);
            var opponent = Mention(document, sentence, e, "actor2", e.Actor2!);
            if (agent is null || opponent is null) return;
            (Agent, Opponent, Sentence) = (agent, opponent, sentence.Index);
        }

        private static ActorMention? Mention(Document document, Sentence sentence, ExtractedEvent e, string field, ActorRef actor) =>
            e.FieldEvidence.FirstOrDefault(f => f.Field == field)?.Span is { } span ? ToldStrike.MentionFor(document, sentence, span, actor) : null;

        // (a noun with the article, the subject of a verb of falling on places: "تركزت المواجهات في")
        public static bool Retold(Document document, TriggerMention trigger) =>
            ToldStrike.Definite(document, trigger) && ToldStrike.FellOn(document, trigger);
    }
}
