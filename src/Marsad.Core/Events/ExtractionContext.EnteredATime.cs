using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Entered a time: "دخل" of a period or a state, not of a place.
internal sealed partial class ExtractionContext
{
    /// <summary>
    /// "دخلت العملية التي أطلقها التحالف الدولي … عامها الثاني", "دخل الاتفاق حيز التنفيذ", "دخلت الأزمة مرحلة جديدة": what
    /// enters a year, a stage or into force has taken no ground. (The verb of entering, a span of time or a stage named in
    /// the next sixteen words, before any other act.)
    /// </summary>
    private bool EnteredATime(Sentence s, TriggerMention t)
    {
        if (!Tokens[t.FirstToken].NormWithoutWa.Contains("دخل", StringComparison.Ordinal) || !t.Entries.Any(e => e.IsTerritory)) return false;
        // (its subject may run long, with a day between commas: "دخلت العملية التي أطلقها التحالف … ضد تنظيم داعش، أمس، عامها")
        for (int k = t.LastToken + 1; k < s.EndToken && k <= t.LastToken + 16; k++)
        {
            if (k > t.LastToken + 1 && Within(_triggers, o => o.FirstToken, k, k + 1).Any(o => !o.IsWeak)) break;
            if (TimeOrStageNouns.Contains(Tokens[k].LemmaWithoutArticle) || TimeOrStageNouns.Contains(Tokens[k].NormWithoutWaOrArticle)) return true;
        }
        return false;
    }

    // A span of time, a stage, a state ("عامها", "يومه", "مرحلة", "حيز التنفيذ", "طورا", "حالة"), as lemma or bare word.
    private static readonly HashSet<string> TimeOrStageNouns = new(StringComparer.Ordinal)
    {
        "عام", "عامها", "عامه", "سنه", "سنتها", "سنته", "يومها", "يومه", "شهرها", "شهره", "اسبوعها", "اسبوعه",
        "مرحله", "مرحلتها", "مرحلته", "حيز", "طور", "طورا", "حاله",
    };
}
