namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "إن الدلائل تشير إلى النظام السوري فيما يتعلق بالهجوم الكيماوي الذي استهدف منطقة دوما": an act with no agent of
    /// its own, told in a sentence where the evidence, or the finger of blame, points to a side, is coded to that side
    /// (ACLED codes the accused, the claim keeping who says so).
    /// </summary>
    private static ExtractedEvent PointedAt(ExtractedEvent e, ExtractionContext context)
    {
        if (e.Actor1 is { IsUnidentified: false } || e.EventType is not (AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians)) return e;
        var sentence = TriggerSentence(e, context);
        var tokens = context.Document.Tokens;
        int trigger = ExtractionContext.FirstAtOrAfter(tokens, k => k.Span.Start, TriggerOf(e).Start);
        for (int i = sentence.FirstToken; i + 1 < Math.Min(trigger, sentence.EndToken); i++)
        {
            if (!PointingWords.Contains(tokens[i].Norm)) continue;
            int to = tokens[i + 1].Norm == "الي" ? i + 2 : tokens[i + 1].Norm is "باصابع" or "اصابع" && i + 3 < sentence.EndToken && tokens[i + 3].Norm == "الي" ? i + 4 : -1;
            if (to < 0) continue;
            foreach (var a in context.Actors)
                if (a.FirstToken == to && a.Actor.Inter is 1 or 2 or 3 or 8 && !a.Actor.IsGeneric)
                    return e with { Actor1 = context.Code(a.Actor, e.Location?.Place?.CountryCode) };
        }
        return e;
    }

    // "تشير إلى", "أشارت بأصابع الاتهام إلى", "تتجه أصابع الاتهام إلى"
    private static readonly HashSet<string> PointingWords = new(StringComparer.Ordinal)
    {
        "تشير", "يشير", "اشارت", "اشار", "تشيران", "وتشير", "ويشير", "تتجه", "اتجهت", "توجه", "وجهت", "توجيه",
    };
}
