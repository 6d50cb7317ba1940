using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // "وشنت الولايات المتحدة وبريطانيا وفرنسا ضربات عسكرية على أهداف للنظام، ردا على هجوم كيماوي مفترض": the strong
    // words of the act a weak one answers (after it, past "ردا على") do not speak for the sentence.
    // (a side named before the weak words, their doer: "ويترقب العالم شن الغرب ضربة عسكرية … ردا على" names none)
    private static bool OnlyWhatItAnswersIsStrong(ExtractionContext context, Sentence sentence, List<TriggerMention> triggers, SentenceSuppression suppressed, int k)
    {
        bool any = false;
        for (int j = 0; j < triggers.Count; j++)
        {
            if (j == k || triggers[j].IsWeak || suppressed[j]) continue;
            if (triggers[j].FirstToken < triggers[k].LastToken || context.AnsweredFrom(sentence, triggers[j]) is var answer && answer <= triggers[k].LastToken) return false;
            any = true;
        }
        // (asked only once the sentence's strong words are all the answered act's: the scan of the document's sides costs more)
        return any && context.Document.Actors.Exists(a => a.FirstToken >= sentence.FirstToken && a.LastToken < triggers[k].FirstToken);
    }
}
