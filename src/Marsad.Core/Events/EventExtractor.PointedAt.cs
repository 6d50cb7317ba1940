using Marsad.Core.Actors;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "إن الدلائل تشير إلى النظام السوري فيما يتعلق بالهجوم الكيماوي الذي استهدف منطقة دوما": an act with no agent of
    /// its own, told in a sentence where the evidence, or the finger of blame, points to a side, is coded to that side
    /// (ACLED codes the accused, the claim keeping who says so).
    /// </summary>
    private ExtractedEvent PointedAt(ExtractedEvent e, ExtractionContext context)
    {
        if (e.EventType is not (AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians)) return e;
        var sentence = TriggerSentence(e, context);
        var tokens = context.Document.Tokens;
        // ("وجهت وزارة الدفاع الروسية أصابع الاتهام إلى إسرائيل بضلوعها في الهجوم الجوي", "غارات … فيما أشارت أصابع الاتهام
        // إلى إسرائيل"): the finger of blame points to the side accused, before or after the act, and the side that points
        // it — the subject between its verb and the finger — is no agent
        for (int i = sentence.FirstToken; i + 3 < sentence.EndToken; i++)
        {
            if (tokens[i].NormWithoutWa is not ("اصابع" or "باصابع") || tokens[i + 1].Norm != "الاتهام" || tokens[i + 2].Norm != "الي") continue;
            var accuser = e.FieldEvidence.FirstOrDefault(f => f.Field == "actor1");
            bool pointer = accuser is not null && accuser.Span.Start >= tokens[sentence.FirstToken].Span.Start && accuser.Span.End <= tokens[i].Span.Start
                           && Enumerable.Range(sentence.FirstToken, i - sentence.FirstToken)
                               .Any(k => PointingWords.Contains(tokens[k].Norm) && tokens[k].Span.End <= accuser.Span.Start);
            if (e.Actor1 is { IsUnidentified: false } && !pointer) break;
            if (AccusedAt(i + 3, e, context, countries: true) is { } accused) return e with { Actor1 = accused };
        }
        if (e.Actor1 is { IsUnidentified: false }) return e;
        int trigger = ExtractionContext.FirstAtOrAfter(tokens, k => k.Span.Start, TriggerOf(e).Start);
        for (int i = sentence.FirstToken; i + 1 < Math.Min(trigger, sentence.EndToken); i++)
        {
            if (!PointingWords.Contains(tokens[i].Norm)) continue;
            int to = tokens[i + 1].Norm == "الي" ? i + 2 : tokens[i + 1].Norm is "باصابع" or "اصابع" && i + 3 < sentence.EndToken && tokens[i + 3].Norm == "الي" ? i + 4 : -1;
            if (to >= 0 && AccusedAt(to, e, context, countries: false) is { } accused) return e with { Actor1 = accused };
        }
        return e;
    }

    // The side named at token <paramref name="to"/> that blame points to: an armed actor, or — with
    // <paramref name="countries"/> — a state named by its country ("إلى إسرائيل"), coded as its armed forces.
    private ActorRef? AccusedAt(int to, ExtractedEvent e, ExtractionContext context, bool countries)
    {
        foreach (var a in context.Actors)
            if (a.FirstToken == to && a.Actor.Inter is 1 or 2 or 3 or 8 && !a.Actor.IsGeneric)
                return context.Code(a.Actor, e.Location?.Place?.CountryCode);
        if (!countries || catalog is null) return null;
        foreach (var p in context.Document.Places)
            if (p.FirstToken == to && p.Place is { } land && ExtractionContext.IsCountry(p))
                return context.Code(catalog.StateForce(land.CountryCode, "military", e.Date.Date.Year), e.Location?.Place?.CountryCode);
        return null;
    }

    // "تشير إلى", "أشارت بأصابع الاتهام إلى", "تتجه أصابع الاتهام إلى"
    private static readonly HashSet<string> PointingWords = new(StringComparer.Ordinal)
    {
        "تشير", "يشير", "اشارت", "اشار", "تشيران", "وتشير", "ويشير", "تتجه", "اتجهت", "توجه", "وجهت", "توجيه",
    };
}
