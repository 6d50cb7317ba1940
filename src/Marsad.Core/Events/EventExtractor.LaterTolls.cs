using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // How many sentences back a toll may reach for the act it names again.
    private const int TollReach = 2;

    // A toll told apart from its act above this is a campaign's ("أدت إلى مقتل 900 من المدنيين", "قتل نحو 519 مدنيا
    // خلال 7 أيام من القصف"): a single strike or clash with more dead is told in its own sentence.
    private const int LaterTollCeiling = 50;

    // How far (in characters, some five words) the act's noun may stand from the figure of dead.
    private const int TollNearness = 40;

    /// <summary>
    /// "تعرضت مدينة دوما لقصف جوي جديد السبت … وقتل ثمانية مدنيين في الغارات السبت": a toll told in a later sentence
    /// that names the act again by its definite noun ("في الغارات", "جراء القصف", "وأسفرت الاشتباكات عن مقتل") and tells
    /// of no act of its own is the toll of the nearest event of that kind just before, when that event has none or only an
    /// estimate.
    /// </summary>
    private static List<ExtractedEvent> TollsToldAfter(ExtractionContext context, List<ExtractedEvent> events, List<TriggerMention> triggers)
    {
        var document = context.Document;
        if (!events.Any(e => e.Fatalities is null || e.FatalitiesEstimated)) return events;
        HashSet<int>? told = null;
        foreach (var group in triggers.GroupBy(t => t.Sentence))
        {
            var sentence = document.Sentences[group.Key];
            // (cheap tests first: most sentences with a trigger tell no dead)
            if (document.Cues.Find(CueClass.Killed, sentence.FirstToken, sentence.EndToken) is null) continue;
            told ??= SentencesTold(events, document);
            if (told.Contains(sentence.Index) || context.IsBackground(sentence) || context.IsQuestion(sentence)) continue;
            var (count, span, estimated) = context.CountFor(CueClass.Killed, sentence);
            if (count is null || span is null || count > LaterTollCeiling || TallyWords(document, sentence)) continue;
            // ("لم يسفر القصف عن وقوع أي ضحايا", "ولم يعرف فيما إذا سقط ضحايا جراء الغارات": no toll told)
            if (document.Cues.Find(CueClass.Negation, sentence.FirstToken, sentence.EndToken) is not null) continue;
            // (the act named next to the dead: "قتل ثمانية مدنيين في الغارات", "أسفرت الغارات … عن سقوط قتلى")
            foreach (var named in group.Where(t => document.Tokens[t.FirstToken].Form.Analysis is { HasArticle: true }
                                                   && Math.Abs(t.Span.Start - span.Value.Start) <= TollNearness
                                                   && !context.IsSuppressed(sentence, t)))
            {
                int found = -1, foundAt = -1;
                // (a battle word's dead are the clash's; with no clash told, those of the ground the fighting took:
                // "حررت قوات الجيش ميناء حبل … وأسفرت العملية العسكرية عن سقوط عشرات القتلى")
                foreach (bool orGround in new[] { false, true })
                {
                    for (int i = 0; i < events.Count; i++)
                    {
                        int at = events[i].EvidenceSentences.Select(span => SentenceIndex(document, span)).Where(k => k < sentence.Index).DefaultIfEmpty(-1).Max();
                        if (at < 0 || sentence.Index - at > TollReach || at <= foundAt
                            || !(NamesKindOf(named, events[i]) || orGround && GroundTakenByFighting(named, events[i]))) continue;
                        (found, foundAt) = (i, at);
                    }
                    if (found >= 0) break;
                }
                // (an estimate — "خسائر فادحة بالأرواح", "العشرات" — gives way to a figure: "إن أكثر من 20 مسلحا لقوا مصرعهم
                // في المعارك")
                if (found < 0) continue;
                var before = events[found];
                if (before.Fatalities is not null && (!before.FatalitiesEstimated || estimated)) continue;
                // (a toll of another day is another event's: "وقتل الجمعة 4 متظاهرين" after Thursday's strikes)
                if (context.DateFor(sentence, named, out var dateSpan) is { } day && dateSpan is not null
                    && Math.Abs(day.Date.DayNumber - before.Date.Date.DayNumber) > 1) continue;
                events[found] = before with
                {
                    Fatalities = count,
                    FatalitiesEstimated = estimated,
                    EvidenceSentences = before.EvidenceSentences.Append(sentence.Span).OrderBy(s => s.Start).ToList(),
                    FieldEvidence = before.FieldEvidence.Append(new FieldEvidence("fatalities", span.Value)).ToList(),
                };
                break;
            }
        }
        return events;
    }

    // The indices of the sentences the events' evidence is (events' evidence sentences are sentence spans): those that
    // already tell an event.
    private static HashSet<int> SentencesTold(List<ExtractedEvent> events, Document document) =>
        events.SelectMany(e => e.EvidenceSentences).Select(span => SentenceIndex(document, span)).ToHashSet();

    private static int SentenceIndex(Document document, TextSpan span) => document.SentenceAt(span.Start)?.Index ?? -1;

    // "ارتفعت حصيلة القتلى منذ بدء الحملة إلى 900": a running total over days or a campaign is no one event's toll;
    // "جاء الانفجار بعد ثلاثة أيام من مقتل 14 شخصا": a toll of another time is another event's.
    private static bool TallyWords(Document document, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (TallyLemmas.Contains(document.Tokens[i].Lemma)) return true;
        return false;
    }

    private static readonly HashSet<string> TallyLemmas = new(StringComparer.Ordinal)
    {
        "منذ", "خلال", "حصيله", "اجمالي", "مجموع", "ارتفع", "ارتفعت", "ارتفاع", "يرتفع", "ترتفع", "بعد", "قبل",
    };

    private static bool GroundTakenByFighting(TriggerMention named, ExtractedEvent e) =>
        AcledTaxonomy.ChangesHands(e.SubEventType)
        && named.Entries.Any(x => x.EventType == AcledTaxonomy.Battles && x.SubEventType == AcledTaxonomy.ArmedClash);

    // The trigger word names the event's kind (of an act that kills; a protest's dead make it another event): a strike word an air strike or shelling, a battle word a battle, an
    // explosion word the same explosion, a battle word a clash (not ground taken, whose toll is the fighting's).
    private static bool NamesKindOf(TriggerMention named, ExtractedEvent e) =>
        (e.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions || e.SubEventType == "Attack")
        && named.Entries.Any(x => x.EventType == e.EventType
                               && (x.IsStrike || x.SubEventType == AcledTaxonomy.AirStrike
                                   ? e.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling
                                   : x.SubEventType == e.SubEventType || x.EventType == AcledTaxonomy.Battles && e.SubEventType == AcledTaxonomy.ArmedClash));
}
