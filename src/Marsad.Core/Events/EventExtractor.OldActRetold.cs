using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "اتهمت حماس ضباطا … بالوقوف وراء محاولة اغتيال الحمد الله في مارس الماضي" then "جريمة محاولة الاغتيال",
    /// "اتهامها بتفجير موكب رئيس الوزراء": once an article has told an act of a kind on a day well before the report
    /// (background, no event), a noun of that kind told later with no day of its own, spoken of as a charge or a case
    /// (SpokenOf) and naming it again — definite, or followed by a word of the old act's sentence — is that old act, not
    /// news. (Not when an event of the kind was reported before the old act was told: the later noun may be the new one's.)
    /// </summary>
    private static List<ExtractedEvent> OldActsRetold(List<ExtractedEvent> events, ExtractionContext context, List<TriggerMention> triggers)
    {
        var document = context.Document;
        if (document.Published is null) return events;
        // (the events that could be a retelling, before any trigger's day is looked up: few documents hold one)
        List<(ExtractedEvent Event, TriggerMention Trigger)>? retellings = null;
        foreach (var e in events)
            if (SpokenOfWithNoDay(e, context) is { } trigger) (retellings ??= new()).Add((e, trigger));
        if (retellings is null) return events;
        // (the first old act of each kind)
        Dictionary<string, TriggerMention>? oldActs = null;
        foreach (var t in triggers)
        {
            if (!context.DatedLongBefore(document.Sentences[t.Sentence], t)) continue;
            oldActs ??= new(StringComparer.Ordinal);
            foreach (var entry in t.Entries) oldActs.TryAdd(entry.SubEventType, t);
        }
        if (oldActs is null) return events;
        var retold = retellings.Where(r => oldActs.TryGetValue(r.Event.SubEventType, out var old) && RetellsOldAct(r.Event, r.Trigger, old, events, document))
            .Select(r => r.Event).ToHashSet();
        return retold.Count == 0 ? events : events.Where(e => !retold.Contains(e)).ToList();
    }

    // The event's trigger, when it is a noun spoken of as a charge or a case (SpokenOf) and the event has no day of its own.
    private static TriggerMention? SpokenOfWithNoDay(ExtractedEvent e, ExtractionContext context)
    {
        if (e.FieldEvidence.Any(f => f.Field == "date")) return null;
        if (context.TriggerAt(TriggerOf(e)) is not { } trigger || trigger.Entries.Any(x => x.Pos == "verb")) return null;
        return SpokenOf(context.Document.Tokens, trigger.FirstToken) ? trigger : null;
    }

    // The noun comes after the old act, no event of its kind starts before the old act, and it names the old act again:
    // definite, or followed by a word of the old act's sentence.
    private static bool RetellsOldAct(ExtractedEvent e, TriggerMention trigger, TriggerMention old, List<ExtractedEvent> events, Document document)
    {
        if (trigger.Span.Start <= old.Span.Start) return false;
        if (events.Any(o => o.SubEventType == e.SubEventType && TriggerOf(o).Start < old.Span.Start)) return false;
        var tokens = document.Tokens;
        for (int k = trigger.FirstToken; k <= trigger.LastToken; k++)
            if (tokens[k].Form.Analysis is { HasArticle: true }) return true;
        return trigger.LastToken + 1 < tokens.Count && OfTheOldAct(tokens[trigger.LastToken + 1], old, document);
    }

    // The act's noun is what is said of it, not what someone did: charged with ("اتهامها بتفجير"), answered for
    // ("المسؤولية عن"), stood behind ("الوقوف وراء") or a case ("جريمة التفجير", "حادثة استهداف") — not the object of a
    // verb ("ألقت القبض على المشتبه به", "رد بإطلاق النار").
    private static bool SpokenOf(List<Token> tokens, int first)
    {
        if (first == 0) return false;
        var before = tokens[first - 1];
        if (tokens[first].HasProclitic("ب")) return before.Norm.Contains("تهم", StringComparison.Ordinal) || before.Norm.Contains("تهام", StringComparison.Ordinal);
        return CaseWords.Contains(before.NormWithoutWa);
    }

    private static readonly HashSet<string> CaseWords = new(StringComparer.Ordinal)
    {
        "عن", "وراء", "جريمه", "حادثه", "حادث", "واقعه", "قضيه", "ملف",
    };

    // The word is one the old act's sentence tells after its trigger ("موكب": "التفجير الذي استهدف موكب الحمد الله").
    private static bool OfTheOldAct(Token word, TriggerMention old, Document document)
    {
        if (!word.IsWord || word.Lemma.Length < 3) return false;
        var sentence = document.Sentences[old.Sentence];
        for (int k = old.LastToken + 1; k < sentence.EndToken; k++)
            if (document.Tokens[k].Lemma == word.Lemma) return true;
        return false;
    }
}
