using Marsad.Core.Actors;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// Whether a territory change names the side the ground was taken from: "حرر قاعدة العند من الحوثيين", "استردادها من
    /// أيادي المتمردين", "من قبضة التنظيم". Then the loser is told even when the taker is not, and the taker is that side's
    /// foe in the article.
    /// </summary>
    private static bool TakenFrom(Document document, TriggerMention trigger, ActorMention loser)
    {
        int k = loser.FirstToken - 1;
        if (k <= trigger.LastToken) return false;
        // ("من أيدي", "من يد", "من قبضة", "من سيطرة": the hands or grip it was in)
        if (ExtractionContext.HandsOrGrip(document.Tokens[k].Norm) || document.Tokens[k].Norm == "سيطره")
            k--;
        if (k <= trigger.LastToken || document.Tokens[k].Norm != "من") return false;
        // "من" right after what was taken — the act's own word ("استردادها من") or the place named after it ("حرر قاعدة
        // العند العسكرية من", an adjective or two after it) — not a share of a count ("وجرح 24 من المقاومة")
        int taken = k - 1;
        if (taken == trigger.LastToken) return true;
        foreach (var place in document.Places)
            if (place.LastToken <= taken && place.LastToken >= taken - 2 && place.FirstToken > trigger.LastToken && place.FirstToken <= trigger.LastToken + 3) return true;
        return false;
    }
}
