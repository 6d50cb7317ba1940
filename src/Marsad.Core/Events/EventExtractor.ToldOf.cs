using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Acts a sentence tells of rather than reports: recalled as of late, or glossed as what a speaker pointed to.
public sealed partial class EventExtractor
{
    /// <summary>
    /// "واستعادت القوات الحكومية السورية مؤخرا … مناطق كبيرة": "مؤخرا" (or "في الآونة الأخيرة", "في الفترة الأخيرة") within
    /// six words of the trigger, in its clause — an act told as of late, which a sentence with no day of its own recalls.
    /// </summary>
    private static bool ToldAsLately(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = Math.Max(sentence.FirstToken, trigger.FirstToken - 6); i < Math.Min(sentence.EndToken, trigger.LastToken + 7); i++)
        {
            // (and "في الآونة الأخيرة", "في الفترة الأخيرة": of late)
            if (document.Tokens[i].Norm is not ("موخرا" or "وموخرا")
                && !(document.Tokens[i].Norm is "الاخيره" && i > sentence.FirstToken && document.Tokens[i - 1].Norm is "الاونه" or "الفتره")) continue;
            var (from, to) = i < trigger.FirstToken ? (i, trigger.FirstToken) : (trigger.LastToken, i);
            bool apart = false;
            // (after the trigger a comma may set off an aside, "واستعادت القوات مؤخرا، وبدعم من روسيا، مناطق"; before it, a
            // comma closes another clause: "الأحداث التي شهدتها سيناء مؤخرا، وأبطلت مفعول ست عبوات")
            for (int k = from + 1; k < to && !apart; k++)
                apart = document.Tokens[k].Kind == TokenKind.Punctuation && (i < trigger.FirstToken || document.Tokens[k].Surface is "." or "؛" or ":");
            if (!apart) return true;
        }
        return false;
    }

    // "في إشارة إلى" within twelve words before the trigger, in its sentence.
    private static bool PointedToBy(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = trigger.FirstToken - 2; i >= Math.Max(sentence.FirstToken + 1, trigger.FirstToken - 12); i--)
            if (document.Tokens[i].Norm is "اشاره" && document.Tokens[i - 1].Norm is "في" or "وفي" && document.Tokens[i + 1].Norm is "الي" or "لي") return true;
        return false;
    }
}
