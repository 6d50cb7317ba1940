using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "أعرب عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ … وعبر عن خالص عزائه لأسر الشهداء": an article
    /// that tells of one deadly act, and counts no dead in the sentences that tell it, counts them elsewhere — in its
    /// condolences, its prayers for the martyrs, its funerals ("داعياً للذين استشهدوا بالرحمة"). Those dead are that
    /// act's: a figure when some sentence gives one (the lowest), else the plural of the dead, several (3).
    /// </summary>
    private static List<ExtractedEvent> TheOneActsDead(List<ExtractedEvent> events, ExtractionContext context, List<TriggerMention> triggers)
    {
        int only = -1;
        for (int i = 0; i < events.Count; i++)
        {
            if (!Deadly(events[i])) continue;
            if (only >= 0) return events;
            only = i;
        }
        if (only < 0 || events[only].Fatalities is not null) return events;
        var act = events[only];
        var document = context.Document;
        var told = SentencesTold(events, document);
        (int Count, TextSpan Span, bool Estimated, TextSpan Sentence)? dead = null;
        foreach (var sentence in document.Sentences)
        {
            // (cheap tests first: most sentences tell no dead)
            if (told.Contains(sentence.Index) || document.Cues.Find(CueClass.Killed, sentence.FirstToken, sentence.EndToken) is null) continue;
            if (context.IsBackground(sentence) || context.IsQuestion(sentence) || context.IsHypothetical(sentence) || TallyWords(document, sentence)
                || document.Cues.Find(CueClass.Negation, sentence.FirstToken, sentence.EndToken) is not null) continue;
            // (dead next to a word of another kind of act are that act's, told or not: "وفي واقعة منفصلة، قال الناشط إن
            // شخصين قتلا إثر سقوط صاروخ على مخيم" beside a clash; words of the act's own kind name it again: "في استشهاد
            // رجال الأمن في حادثة التفجير")
            if (triggers.Any(t => t.Sentence == sentence.Index && OfAnotherKind(t, act, sentence, context))) continue;
            // (dead of another day are another act's: "وقتل الجمعة 4 متظاهرين")
            if (document.Dates.Any(d => d.Span.Start >= sentence.Span.Start && d.Span.End <= sentence.Span.End
                                        && Math.Abs(d.Date.Date.DayNumber - act.Date.Date.DayNumber) > 1)) continue;
            var (count, span, estimated) = context.CountFor(CueClass.Killed, sentence);
            if (count is not { } n || span is not { } at || n > LaterTollCeiling) continue;
            // (a figure wins over an estimate; of figures, the lowest — ACLED's reading of reports that differ)
            if (dead is not { } so || so.Estimated && !estimated || so.Estimated == estimated && n < so.Count) dead = (n, at, estimated, sentence.Span);
        }
        if (dead is not { } found) return events;
        var result = new List<ExtractedEvent>(events);
        result[only] = act with
        {
            Fatalities = found.Count,
            FatalitiesEstimated = found.Estimated,
            EvidenceSentences = act.EvidenceSentences.Append(found.Sentence).OrderBy(s => s.Start).ToList(),
            FieldEvidence = act.FieldEvidence.Append(new FieldEvidence("fatalities", found.Span)).ToList(),
        };
        return result;
    }

    // A word of an act of another kind than the article's one deadly act — not the word of the death itself ("وقتل
    // ثمانية مدنيين في الغارات"), nor a word read as no act ("لأسر الشهداء").
    private static bool OfAnotherKind(TriggerMention t, ExtractedEvent act, Sentence sentence, ExtractionContext context) =>
        !t.Entries.Any(x => x.EventType == act.EventType)
        && !context.Document.Cues.IsAt(CueClass.Killed, t.FirstToken, sentence.EndToken, out _)
        && !context.IsSuppressed(sentence, t) && !OtherSense(context.Document, sentence, t);

    // An act that kills, or may: a clash, an explosion or strike, an attack on civilians. (Not ground taken: the dead
    // an article tells beside it are a campaign's — "التضحيات التي قدمها الجيش من شهداء وجرحى".)
    private static bool Deadly(ExtractedEvent e) =>
        e.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions && !AcledTaxonomy.ChangesHands(e.SubEventType) || e.SubEventType == "Attack";
}
