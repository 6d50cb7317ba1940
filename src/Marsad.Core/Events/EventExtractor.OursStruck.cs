using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "قصف مواقعنا في مناطق زاب وقنديل", said by "بختيار دوغان، الناطق الرسمي … لحزب العمال الكردستاني": a side's own
    /// positions, fighters or forces, with "our" on them right after the act's word, are the side the sentence's speaker
    /// speaks for — the last armed side named in the claim's source.
    /// </summary>
    private static ActorMention? OursStruck(Document document, Sentence sentence, TriggerMention trigger)
    {
        // (strikes and attacks on them; not ground they say was taken, or tried for: "حاول السيطرة على مواقعنا")
        if (!trigger.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles && !e.IsTerritory)) return null;
        var tokens = document.Tokens;
        bool ours = false;
        for (int k = trigger.LastToken + 1; k < Math.Min(sentence.EndToken, trigger.LastToken + 3) && !ours; k++)
            ours = tokens[k].Form.Analysis is { Enclitic: "نا" } && OwnSideNouns.Contains(tokens[k].Lemma);
        if (!ours || !document.Claims.TryGetValue(sentence.Index, out var claim) || claim.Inherited) return null;
        // (the speaker's name and the title after it, up to what he said: "… الجناح العسكري لحزب العمال الكردستاني، لـ«الشرق
        // الأوسط»، إن")
        int from = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, claim.SourceSpan.Start);
        if (from >= sentence.EndToken) return null;
        int to = from;
        while (to < trigger.FirstToken && tokens[to].Norm is not ("ان" or "بان" or "انه" or "انها" or ":")) to++;
        ActorMention? speaker = null;
        foreach (var a in document.Actors)
            if (a.FirstToken >= from && a.LastToken < to && a.Actor.Inter is 1 or 2 or 3 or 4 or 8) speaker = a;
        return speaker;
    }

    // (lemmas, the pronoun taken off: "مواقعنا" → مواقع)
    private static readonly HashSet<string> OwnSideNouns = new(StringComparer.Ordinal)
    {
        "مواقع", "موقع", "مقاتلي", "مقاتلين", "قوات", "عناصر", "مقرات", "مقر", "قواعد", "معسكرات", "نقاط", "مراكز", "جنود",
    };
}
