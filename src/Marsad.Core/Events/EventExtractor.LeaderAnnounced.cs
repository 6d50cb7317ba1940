using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "أعلن الرئيس التركي رجب طيب أردوغان، الأحد، عن "السيطرة الكاملة" على مركز مدينة عفرين", "أعلن رئيس الوزراء العراقي
    /// تحرير الموصل": a head of state or government who announces ground taken announces his state's forces' taking —
    /// the forces of the nationality after his title, or null.
    /// </summary>
    private ActorMention? LeaderAnnounced(ExtractionContext context, Sentence sentence, TriggerMention trigger, List<TriggerMention> sentenceTriggers)
    {
        if (!trigger.Entries.Any(e => e.IsTerritory) || !context.GroundTakenNoun(sentence, trigger)) return null;
        var tokens = context.Document.Tokens;
        for (int i = trigger.FirstToken - 1; i >= sentence.FirstToken; i--)
        {
            // (no other act between: "أعلن الرئيس بدء معركة تحرير" announces the battle)
            if (sentenceTriggers.Exists(o => o != trigger && !o.IsWeak && o.FirstToken == i)) return null;
            if (!AnnouncingLemmas.Contains(tokens[i].Lemma)) continue;
            int k = i + 1;
            if (k >= trigger.FirstToken || !LeaderTitles.Contains(tokens[k].LemmaWithoutArticle)) return null;
            // ("رئيس الوزراء العراقي", "رئيس الحكومة العراقية")
            if (k + 1 < trigger.FirstToken && tokens[k + 1].LemmaWithoutArticle is "وزراء" or "حكومه") k++;
            return k + 1 < trigger.FirstToken && catalog.AdjectiveMatcher.LongestAt(tokens, k + 1, trigger.FirstToken) is { } nation && nation.First == k + 1
                ? NationalForce(context.Document, nation, air: false) : null;
        }
        return null;
    }

    private static readonly HashSet<string> AnnouncingLemmas = new(StringComparer.Ordinal)
    {
        "اعلن", "اعلنت", "يعلن", "تعلن", "اكد", "يوكد",
    };

    private static readonly HashSet<string> LeaderTitles = new(StringComparer.Ordinal) { "رييس", "رييسه", "ملك", "امير", "عاهل" };
}
