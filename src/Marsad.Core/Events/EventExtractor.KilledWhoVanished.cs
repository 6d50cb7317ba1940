using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "اختفى الصحفي السعودي جمال خاشقجي بعد دخوله القنصلية" in an article that also tells "لمواجهة وقتل خاشقجي": a man
    /// who vanished and whom the article tells killed was attacked, not only taken — ACLED's attack on a civilian, one
    /// dead, whatever sentence told the vanishing.
    /// </summary>
    private static ExtractedEvent KilledWhoVanished(Document document, ExtractedEvent e)
    {
        if (e.SubEventType != "Abduction/forced disappearance" || e.Actor2 is not { Inter: 7 }
            || document.SentenceAt(TriggerOf(e).Start) is not { } sentence) return e;
        var tokens = document.Tokens;
        var span = TriggerOf(e);
        int trigger = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.End, span.Start + 1);
        if (trigger >= tokens.Count || tokens[trigger].Span.Start >= span.End) return e;
        // (whom it took: a man the article names in full, called by his family name near the vanishing — "جمال خاشقجي،
        // الذي اختفى", "وكان خاشقجي قد اختفى", "خاشقجي قبل اختفائه")
        int from = Math.Max(0, trigger - 10), to = Math.Min(sentence.EndToken - 1, trigger + 6);
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in document.Entities)
        {
            if (person.Type != EntityType.Person || person.LastToken <= person.FirstToken) continue;
            string family = tokens[person.LastToken].Norm;
            for (int i = from; i <= to; i++)
                if (tokens[i].Norm == family) { families.Add(family); break; }
        }
        if (families.Count == 0) return e;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!KillingWords.Contains(WithoutConjunction(tokens[i]))) continue;
            // (his titles between: "مقتل الصحفي السعودي جمال خاشقجي"; a quotation mark, not a clause's end)
            for (int k = i + 1; k < Math.Min(tokens.Count, i + 6); k++)
                if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is not ("\"" or "'" or "»" or "«")) break;
                else if (families.Contains(tokens[k].Norm))
                    return e with { EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Attack", Fatalities = e.Fatalities ?? 1 };
        }
        return e;
    }

    // the killing of someone named a few words on ("مقتل خاشقجي", "وقتل" خاشقجي", "اغتيال خاشقجي", "تصفية خاشقجي")
    private static readonly HashSet<string> KillingWords = new(StringComparer.Ordinal) { "مقتل", "قتل", "اغتيال", "تصفيه", "مصرع" };
}
