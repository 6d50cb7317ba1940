using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "أقدمت عصابة إرهابية يهودية … على إحراق عائلة فلسطينية" with "صدمته من حرق منزل عائلة دوابشة في بلدة دوما" and
    /// "شاهدت المستوطنين وهم … يلقون الزجاجات الحارقة داخله": the house burned, and the fire bombs thrown into it, where
    /// and when a family was burned are that one attack — not property destroyed, nor a riot, beside it. A riot folds in
    /// only when its sentence names the attack's doers (villagers who clashed with soldiers after it rioted on their own).
    /// </summary>
    private static List<ExtractedEvent> OneArson(List<ExtractedEvent> events, ExtractionContext context)
    {
        List<ExtractedEvent>? result = null;
        foreach (var attack in events)
        {
            if (attack is not { SubEventType: "Attack", Location: not null, Actor1: { IsUnidentified: false } doer } || !SetAlight(attack, context)) continue;
            result ??= new List<ExtractedEvent>(events);
            int at = result.IndexOf(attack);
            if (at < 0) continue;
            for (int j = result.Count - 1; j >= 0; j--)
            {
                var fire = result[j];
                if (fire == attack || fire.SubEventType is not ("Looting/property destruction" or "Violent demonstration" or "Mob violence")
                    || !SamePlace(fire, attack) || Math.Abs(fire.Date.Date.DayNumber - attack.Date.Date.DayNumber) > (CrimeRetold(fire, context) ? 7 : 1)
                    || !SetAlight(fire, context))
                    continue;
                if (fire.EventType == AcledTaxonomy.Riots && !NamesTheDoer(fire, doer, context)) continue;
                result[at] = Absorb(result[at], fire) with { Location = result[at].Location };
                result.RemoveAt(j);
                if (j < at) at--;
            }
        }
        return result ?? events;
    }

    // ("وبعد يومين من جريمة إحراق منزل عائلة دوابشة، اختار نتنياهو أن يستهل جلسة حكومته، أمس": the crime named as such is
    // the one known, whatever day the sentence's own act was)
    private static bool CrimeRetold(ExtractedEvent e, ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, TriggerOf(e).Start);
        return k > 0 && tokens[k - 1].NormWithoutWa is "جريمه" or "الجريمه" or "جرايم";
    }

    // A trigger of burning: "حرق", "أحرقوا", "إحراق" (normalised احراق), "الزجاجات الحارقة", "إضرام النار".
    private static bool SetAlight(ExtractedEvent e, ExtractionContext context)
    {
        var span = TriggerOf(e);
        var tokens = context.Document.Tokens;
        for (int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.End, span.Start + 1); k < tokens.Count && tokens[k].Span.Start < span.End; k++)
        {
            var n = tokens[k].NormWithoutWa;
            if (n.Contains("حرق", StringComparison.Ordinal) || n.Contains("حراق", StringComparison.Ordinal) || n.Contains("حارق", StringComparison.Ordinal) || n is "النار" or "النيران") return true;
        }
        return false;
    }

    // The doer named in the sentence of the other report's trigger ("شاهدت المستوطنين وهم …").
    private static bool NamesTheDoer(ExtractedEvent e, ActorRef doer, ExtractionContext context)
    {
        var sentence = TriggerSentence(e, context);
        foreach (var a in context.Actors)
            if (a.FirstToken >= sentence.FirstToken && a.LastToken < sentence.EndToken && SameForce(a.Actor, doer)) return true;
        return false;
    }
}
