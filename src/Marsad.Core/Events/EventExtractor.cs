using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;
using Marsad.Core.Numbers;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Turns triggers into ACLED-style events, sentence by sentence: drops negated, future, purpose and background
/// mentions; finds agent, target and associated actors from Arabic clause structure; takes the place from the
/// clause (one event per place listed), else the article's main place; the date from the sentence, else the
/// publication date; fatalities from the number layer (the lowest figure). Then merges reports of one event,
/// links contradicting claims, and fills a battle's missing opponent from the rest of the article.
/// </summary>
public sealed partial class EventExtractor(ActorCatalog catalog, Sides? sides = null, AirPowers? airPowers = null, Authorities? authorities = null,
    Func<string, Place?>? capitalOf = null, Outlets? outlets = null, JuniorPartners? juniorPartners = null) : IDocumentStage
{
    private readonly AirPowers _airPowers = airPowers ?? AirPowers.Empty;
    private readonly Authorities _authorities = authorities ?? Authorities.Empty;
    private readonly Outlets _outlets = outlets ?? Outlets.Empty;
    private readonly JuniorPartners _juniorPartners = juniorPartners ?? JuniorPartners.Empty;

    // A figure of dead this high without a day is a tally of a war or campaign (ACLED's largest single events are
    // a few hundred dead).
    private const int TallyFloor = 1000;

    // A figure of thousands followed by "بينهم" / "منهم" (among them): people counted, a campaign's toll.
    private static bool ThousandsOfPeople(Document document, Sentence sentence)
    {
        // (numbers are in text order: the scan stops at the sentence's end)
        foreach (var n in document.Numbers)
        {
            if (n.FirstToken >= sentence.EndToken) break;
            if (n.FirstToken >= sentence.FirstToken && n.LastToken + 1 < sentence.EndToken && n.Value >= TallyFloor
                && document.Tokens[n.LastToken + 1].Norm is "بينهم" or "منهم" or "بينهن" or "منهن")
                return true;
        }
        return false;
    }

    // Events older than this before publication are background, as ACLED coders treat them.
    private const int BackgroundDays = 30;

    // (asked of every word of a sentence with a strike: the answer is kept per word form)
    private readonly FormTest _airWords = FormTest.KeysIn(AirWords(catalog));

    public void Process(Document document)
    {
        document.Events.Clear();
        if (document.Triggers.Count == 0) return;
        var context = new ExtractionContext(document, catalog, sides ?? Sides.Empty);
        var found = new List<ExtractedEvent>();
        // A trigger word inside a longer name is part of the name: "قوة الأمم المتحدة لمراقبة فض الاشتباك".
        var triggers = document.Triggers.Where(t => !InsideName(context, t)).OrderBy(t => t.Sentence).ToList();
        var sentenceTriggers = new List<TriggerMention>();
        var suppressed = new SentenceSuppression(context);
        var toldStrike = new ToldStrike();
        var toldClash = new ToldClash();
        for (int i = 0; i < triggers.Count;)
        {
            var sentence = document.Sentences[triggers[i].Sentence];
            sentenceTriggers.Clear();
            while (i < triggers.Count && triggers[i].Sentence == sentence.Index) sentenceTriggers.Add(triggers[i++]);
            if (context.IsBackground(sentence) || context.IsQuestion(sentence) || context.IsLinkToAnotherStory(sentence) || context.IsHypothetical(sentence)) continue;
            // "بعد ثلاثة أعوام من المعارك البرية والقصف الجوي", "لم تشهد اشتباكات وقصفا": a trigger joined by و to the one
            // just before shares its fate (SentenceSuppression, asked trigger by trigger as the tests below need it).
            suppressed.Reset(sentence, sentenceTriggers);
            bool anyStrong = suppressed.AnyStrong();
            var fromSentence = new List<ExtractedEvent>();
            var strikes = new SentenceStrikes
            {
                Told = toldStrike.Sentence >= sentence.Index - 2 ? toldStrike : null,
                Clash = toldClash.Sentence >= sentence.Index - 2 ? toldClash : null,
            };
            for (int k = 0; k < sentenceTriggers.Count; k++)
            {
                var trigger = sentenceTriggers[k];
                // the strong trigger of the sentence speaks for it (not for a blast foiled: "أحبطت … تفجير عبوات … وتم تفجيرها")
                // (nor for a withdrawal the deal it names makes: "الانسحاب من جيب … بموجب اتفاق استسلام")
                if (trigger.IsWeak && anyStrong && !(trigger.Entries.Any(e => e.DefusesExplosives) && ExplosivesAfter(document, sentence, trigger) >= 0)
                    && !OnlyWhatItAnswersIsStrong(context, sentence, sentenceTriggers, suppressed, k)
                    && !GatheringCalledProtests(document, sentenceTriggers, trigger) && !context.TakingAchieved(sentence, trigger)
                    && !AircraftActAfterAComma(document, sentence, trigger)
                    && !(trigger.Entries.Any(e => e.SubEventType == "Non-violent transfer of territory") && context.TakenWithoutFight(sentence, trigger))
                    && !(trigger.Entries.Any(e => e.SubEventType == "Agreement") && ConcludedBy(context, sentence, trigger) is not null)
                    // (nor for militants a force's statement says it killed: "أعلنت الداخلية عن مقتل عنصر إرهابي واعتقال 13 آخرين")
                    && !(trigger.Entries.All(e => e.DeadAreEnemies) && context.CountedActInStatementOf(sentence, trigger, _ => true) is not null
                         && sentenceTriggers.TrueForAll(o => o == trigger || o.IsWeak || o.Entries.All(e => e.SubEventType == "Arrests")))) continue;
                if (suppressed[k] || SaysNothingHere(document, sentence, sentenceTriggers, k)) continue;
                var told = FromTrigger(context, sentence, trigger, sentenceTriggers, strikes);
                if (DaysBefore(document, sentence, trigger) is > 0 and var earlier) told = DatedEarlier(told, trigger, earlier);
                fromSentence.AddRange(told);
            }
            // ("استهدف الانفجار مطعما قرب قضاء بيجي، في هجوم لم تعلن أي جهة المسؤولية عنه": when the strong words gave no
            // event — an attack with no side named — a blast the sentence tells still happened)
            // (and so does a weak trigger in a clause of its own, before the contrast that opens the strong words' clause:
            // "استهدفت مقاتلات التحالف تجمعات للحوثيين في مدينة التحيتا، فيما شهدت محافظة إب فرارا … عقب ضربات جوية مماثلة")
            if (fromSentence.Count == 0 && anyStrong)
                for (int k = 0; k < sentenceTriggers.Count; k++)
                {
                    var trigger = sentenceTriggers[k];
                    if (!trigger.IsWeak || suppressed[k] || SaysNothingHere(document, sentence, sentenceTriggers, k)) continue;
                    if (!trigger.Entries.All(e => e.SubEventType == "Remote explosive/landmine/IED") && !ClauseOfItsOwn(document, sentenceTriggers, suppressed, k)
                        && !OnlyWeaponsStrong(sentenceTriggers, suppressed)) continue;
                    fromSentence.AddRange(FromTrigger(context, sentence, trigger, sentenceTriggers, strikes));
                }
            toldStrike.Remember(document, sentence, fromSentence);
            toldClash.Remember(document, sentence, fromSentence);
            // (a sentence that gave no event has nothing to sort out below: no need to make its delegates)
            if (fromSentence.Count == 0) continue;
            // "وفي جبهة صرواح، دكت مدفعية الجيش تجمعا للحوثيين": a front named by its place says where the sentence's act is.
            if (fromSentence.Count > 1)
                fromSentence.RemoveAll(e => context.FrontOfPlace(TriggerOf(e)) && fromSentence.Any(o => !context.FrontOfPlace(TriggerOf(o))));
            // ("القوات العراقية استطاعت تحرير جامعة الانبار من عصابات داعش وفرض سيطرتها على جميع المباني": one sentence
            // does not tell both sides taking one place — the later word, read with the sides swapped, is the same taking)
            if (fromSentence.Count > 1)
                for (int j = fromSentence.Count - 1; j > 0; j--)
                    if (fromSentence[j] is { Actor1: { } taker } later && AcledTaxonomy.ChangesHands(later.SubEventType)
                        && fromSentence.Take(j).Any(o => AcledTaxonomy.ChangesHands(o.SubEventType) && o.Actor2?.PlainName == taker.PlainName
                                                         // ("تحرير منطقة كهبوب ودحر ميليشيا الحوثي": or an ally of its taker, the coalition behind the resistance)
                                                         && (later.Actor2 is null || later.Actor2.PlainName == o.Actor1?.PlainName || context.Sides.Allied(later.Actor2, o.Actor1))
                                                         && o.Location?.Place?.GeonameId == later.Location?.Place?.GeonameId))
                        fromSentence.RemoveAt(j);
            // (whose fire the sentence tells of matters only to a clash in it)
            var shooters = fromSentence.Any(e => e.SubEventType == AcledTaxonomy.ArmedClash || e.EventType == AcledTaxonomy.Protests && e.Fatalities > 0)
                ? context.ShootersIn(sentence) : Array.Empty<ActorRef>();
            // (the clause of each event's trigger: "… في هجوم طعن، فيما رشق مستوطنون سيارات فلسطينية" tells of two acts)
            TriggerMention? MentionOf(ExtractedEvent e)
            {
                var span = TriggerOf(e);
                return sentenceTriggers.FirstOrDefault(x => x.Span == span);
            }
            // (what an act answers is another story: "حملة اعتقالات … على خلفية الاحتجاجات" are arrests, not the protest)
            (int, int) ClauseOf(ExtractedEvent e) =>
                MentionOf(e) is not { } t ? (sentence.FirstToken, sentence.EndToken)
                : context.AnsweredFrom(sentence, t) is >= 0 and var answered ? (answered, -1)
                : context.Clause(sentence, t);
            // ("تمكنت القوات من تحرير جبال عقبة برم … بعد معارك عنيفة مع الحوثيين": the fighting that won ground)
            bool FoughtBefore(ExtractedEvent e) =>
                MentionOf(e) is { } t && t.FirstToken > sentence.FirstToken
                && document.Tokens[t.FirstToken - 1].Norm is "بعد" or "اثر" or "عقب" or "وبعد" or "واثر" or "وعقب";
            found.AddRange(Subsume(document, fromSentence, shooters, ClauseOf, FoughtBefore));
        }
        foreach (var e in Finish(context, found, triggers)) document.Events.Add(KilledWhoVanished(document, OwnBombWentOff(document, e)));
    }

    // "ويأتي تبادل إطلاق النار بعد ثلاثة أيام على هجوم انتحاري في سوروتش": an act told as so many days before the one the
    // sentence reports happened those days earlier (not one dated in its own words after it: "بعد ثلاثة أيام على الهجوم
    // الانتحاري في سوروتش في 20 تموز"); a day or a week known as nearly (the publication's, for want of a better one) moves
    // back with it, as nearly known.
    private static IEnumerable<ExtractedEvent> DatedEarlier(IEnumerable<ExtractedEvent> told, TriggerMention trigger, int days) =>
        told.Select(e => e.Date.Precision is DatePrecision.Day or DatePrecision.Week && !e.FieldEvidence.Any(f => f.Field == "date" && f.Span.Start > trigger.Span.Start)
            ? e with { Date = e.Date with { Date = e.Date.Date.AddDays(-days) } } : e);

    // The word in another sense, the manner of a killing told just before, or a weapon stopped: no act of its own.
    private static bool SaysNothingHere(Document document, Sentence sentence, List<TriggerMention> sentenceTriggers, int k) =>
        OtherSense(document, sentence, sentenceTriggers[k])
        || k > 0 && (HowAKillingWasDone(sentenceTriggers[k - 1], sentenceTriggers[k]) || InterceptedOrFoiled(document, sentence, sentenceTriggers, k)
                     || WhatABombWasAimedAt(document, sentenceTriggers[k - 1], sentenceTriggers[k]));

    // A side the sentence shows acting (its announcer, its speaker) as the agent: the clause's other side, unless allied
    // to it, is the side acted on; a side that is the agent itself is no side acted on.
    private static Roles WithAgent(Roles roles, ActorMention agent, Sides sides) => roles with
    {
        Actor1 = agent,
        Actor2 = roles.Actor1 is { } other && !sides.Allied(other.Actor, agent.Actor) ? other
            : roles.Actor2?.Actor.PlainName == agent.Actor.PlainName ? null : roles.Actor2,
    };

    // "وأعلنت وزارة الداخلية في حكومة الانقلاب الحوثي عن تدشينها حملة اعتقالات": a group named between the announcer and
    // the arrest, with no "أن" opening a clause of its own, describes the announcer — it is no one arrested.
    private static bool QualifiesTheAnnouncer(Document document, ActorMention announcer, ActorMention? other, TriggerMention trigger)
    {
        if (other is null || other.FirstToken <= announcer.LastToken || other.LastToken >= trigger.FirstToken) return false;
        for (int i = announcer.LastToken + 1; i < other.FirstToken; i++)
            if (document.Tokens[i].Norm is "ان" or "بان" or "انه") return false;
        return true;
    }

    // Does the sentence name a place for the trigger (not the article's main place standing in)?
    private static bool NamesItsOwnPlace(ExtractionContext context, Sentence sentence, TriggerMention anchor, TriggerMention trigger) =>
        context.PlacesFor(sentence, anchor, trigger).Any(p => p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken);

    private static TextSpan TriggerOf(ExtractedEvent e) => e.FieldEvidence.First(f => f.Field == "trigger").Span;

    // ("ويشتبه في تنفيذ الجماعة هجوما مماثلا يوم السبت في عاصمة تشاد" after two suicide bombings): an attack told as
    // "similar" is of the kind of the blast the article told before it.
    private static ExtractedEvent LikeTheOneBefore(ExtractedEvent e, List<ExtractedEvent> found, ExtractionContext context)
    {
        if (e.SubEventType != "Attack") return e;
        var span = TriggerOf(e);
        var tokens = context.Document.Tokens;
        int next = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, span.End);
        if (next >= tokens.Count || tokens[next].NormWithoutWa is not ("مماثلا" or "مماثل" or "مماثله" or "مشابها" or "مشابه" or "مشابهه")) return e;
        ExtractedEvent? blast = null;
        foreach (var o in found)
            if (o.EventType == AcledTaxonomy.Explosions && TriggerOf(o).Start < span.Start) blast = o;
        return blast is null ? e : e with { EventType = blast.EventType, SubEventType = blast.SubEventType };
    }

    // The agent of the last strike of a sentence: "تعرضت البلدة لقصف سوري …، تزامنا مع قصف مدفعي على منطقة اللجاة"
    // tells of one side's strikes, so a strike with no agent of its own takes it.
    private sealed class SentenceStrikes
    {
        public ActorMention? Agent;

        // the clause the agent was named in ("… في حين جرى إطلاق صواريخ من غزة" is another clause, another side)
        public (int Start, int End) Clause;

        // the strike of the last two sentences, which a definite strike noun may retell
        public ToldStrike? Told;

        // the clash of the last two sentences, which "وتركزت المواجهات في …" places
        public ToldClash? Clash;
    }

    // "أفادت مصادر بمقتل 70 حوثيا جراء غارات لمقاتلات التحالف … . وطال القصف الجوي مواقع الميليشيات في وادي زبيد":
    // "القصف" with no agent of its own is the strike just told, and its agent that strike's.
    private sealed class ToldStrike
    {
        public ActorMention? Agent;
        public string? SubEventType;
        public PartialDate? Date;
        public int Sentence = -10;

        public void Remember(Document document, Sentence sentence, List<ExtractedEvent> events)
        {
            var e = events.LastOrDefault(x => x.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling && x.Actor1 is { IsUnidentified: false });
            var span = e?.FieldEvidence.FirstOrDefault(f => f.Field == "actor1")?.Span;
            if (span is null) return;
            if (MentionFor(document, sentence, span.Value, e!.Actor1!) is not { } agent) return;
            (Agent, SubEventType, Date, Sentence) = (agent, e.SubEventType, e.Date, sentence.Index);
        }

        // The actor mention at the span an event's field points to, or — a strike's nationality names its agent with no
        // mention of its own, "غارات روسية" — one made for it. (a loop: a lambda would capture span, a closure for every sentence)
        internal static ActorMention? MentionFor(Document document, Sentence sentence, TextSpan span, ActorRef actor)
        {
            // (the document's mention as the event read it: "طيران التحالف", the Saudi-led coalition as recognised, is the
            // US-led one in an article on Syria and Iraq — ExtractionContext.BareCoalition)
            foreach (var a in document.Actors)
                if (a.Span == span) return a.Actor.PlainName == actor.PlainName ? a : a with { Actor = actor, Candidates = Array.Empty<ActorRef>() };
            return MentionAt(document, sentence, span, actor);
        }

        private static ActorMention? MentionAt(Document document, Sentence sentence, TextSpan span, ActorRef actor)
        {
            int first = -1, last = -1;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                if (document.Tokens[i].Span.Start >= span.Start && document.Tokens[i].Span.End <= span.End)
                {
                    if (first < 0) first = i;
                    last = i;
                }
            return first < 0 ? null : new ActorMention(span, document.Slice(span), first, last, actor, "anaphora");
        }

        // (a noun with the article, "القصف", "الغارات الجوية", of the same kind: an indefinite one is a strike of its own)
        public bool Retold(Document document, TriggerMention trigger, TriggerEntry entry) =>
            (Definite(document, trigger) || FellOn(document, trigger) || CountedPart(document, trigger)) && (entry.IsStrike || entry.SubEventType == SubEventType);

        // "نفذ التحالف 29 ضربة جوية في العراق وسوريا . ففي العراق نفذ 21 ضربة أصابت مناطق قرب الموصل": a count of bare
        // strikes right after strikes were told is a share of those, told where it fell
        // (strikes, not the rockets or shells a strike fires: "أطلقت 105 صواريخ" is an act of its own; and counted — "عدة
        // غارات" are strikes of their own, their number untold)
        internal static bool CountedPart(Document document, TriggerMention trigger) =>
            StrikeCountNouns.Contains(document.Tokens[trigger.FirstToken].Lemma)
            && document.Numbers.Exists(n => n.LastToken == trigger.FirstToken - 1 && n.Qualifier != NumberQualifier.Vague);

        private static readonly HashSet<string> StrikeCountNouns = new(StringComparer.Ordinal) { "ضربه", "ضربات", "غاره", "غارات" };

        // ("واستهدفت مقاتلات التحالف مواقع … كما نفذت سلسلة غارات على أهداف في صعدة": a sentence that opens with "كما" and
        // a verb goes on with the subject of the one before)
        public static bool GoesOn(Document document, Sentence sentence)
        {
            var tokens = document.Tokens;
            int first = sentence.FirstToken;
            // (a verb of doing, not a passive of suffering: "كما قتل 36 شخصا في غارات" names no striker)
            return first + 1 < sentence.EndToken && tokens[first].Norm is "كما" or "وكما"
                   && tokens[first + 1].Lemma is "نفذ" or "نفذت" or "نفذوا" or "شن" or "شنت" or "شنوا" or "قصف" or "قصفت" or "قصفوا"
                       or "استهدف" or "استهدفت" or "استهدفوا" or "دمر" or "دمرت" or "دمروا" or "اغار" or "اغارت";
        }

        public static bool Definite(Document document, TriggerMention trigger) =>
            document.Tokens[trigger.FirstToken].Form.Analysis is { HasArticle: true } && trigger.Entries.All(e => e.Pos != "verb");

        // "وتركز القصف على الأحياء السكنية في مدن وبلدات حرستا ودوما", "وطال القصف تجمعا للحوثيين": a verb's noun with the
        // article, the subject of a verb of falling on places, tells where the strike just told fell
        internal static bool FellOn(Document document, TriggerMention trigger)
        {
            var tokens = document.Tokens;
            if (trigger.FirstToken != trigger.LastToken || tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true }) return false;
            return trigger.FirstToken > 0 && Falls(tokens[trigger.FirstToken - 1].Lemma)
                   || trigger.LastToken + 1 < tokens.Count && Falls(tokens[trigger.LastToken + 1].Lemma);
        }

        // (the conjunction stays on a verb the segmenter leaves whole: "وتركز")
        private static bool Falls(string lemma) =>
            FallingVerbs.Contains(lemma) || lemma.Length > 3 && lemma[0] == 'و' && FallingVerbs.Contains(lemma[1..]);

        private static readonly HashSet<string> FallingVerbs = new(StringComparer.Ordinal)
        {
            "تركز", "يتركز", "تركزت", "طال", "طالت", "يطال", "شمل", "شملت", "يشمل", "امتد", "امتدت",
        };
    }

    // What a trigger that tells no event gives (FromTrigger is no iterator: its events come from FromRoles at its end).
    private static readonly ExtractedEvent[] NoEvents = [];

    private IEnumerable<ExtractedEvent> FromTrigger(ExtractionContext context, Sentence sentence, TriggerMention trigger, List<TriggerMention> sentenceTriggers,
        SentenceStrikes strikes)
    {
        var document = context.Document;
        // ("تدمير مواقع الحوثيين", "نزع السلاح": a word that defuses only a bomb or mine named as its object, with none,
        // tells nothing — known before its roles are read, which is most of a trigger's cost)
        if (trigger.Entries.All(e => e.DefusesExplosives) && OnlyOnDevices(document, trigger) && ExplosivesAfter(document, sentence, trigger) < 0) return NoEvents;
        // A noun trigger after its verb ("استهدفت فصائل المعارضة بالمدفعية …", "استهدفت قوات النظام مدينة X … بالقذائف")
        // takes its roles and places from the verb's clause.
        // "شنت الولايات المتحدة غارات ردا على هجوم كيماوي": an answered event's sides, day and kind are told after
        // the answer (its verb is not the answer's).
        int answer = context.AnsweredFrom(sentence, trigger);
        var anchor = (answer < 0 ? HeadVerb(sentenceTriggers, trigger) : null) ?? trigger;
        var roles = context.Roles(sentence, anchor);
        // ("للحادث الآثم … الذي استهدف رجال الطوارئ"): the side right after a relative clause's verb of targeting is
        // whom it targeted — the verb's subject is the act before it, no side after it (not one past a comma: "الضربات
        // التي استهدفت منطقة الكسوة …، والتي نفذتها القوات الإسرائيلية"; and whoever is named later is not its target:
        // "الحادثة التي استهدفت رجال الأمن في مصلاهم … أن يستهدف حراس الأمن")
        if (roles is { Actor1: { } targetOfClause } && (roles.Actor2 is null || roles.Actor2.FirstToken > targetOfClause.LastToken)
            && targetOfClause.FirstToken > trigger.LastToken && targetOfClause.FirstToken <= trigger.LastToken + 4
            && !context.PunctuationBetween(trigger.LastToken, targetOfClause.FirstToken) && trigger.FirstToken > sentence.FirstToken
            && ExtractionContext.Targeting(document.Tokens[trigger.FirstToken].Norm) && document.Tokens[trigger.FirstToken - 1].Norm is "الذي" or "التي")
            roles = roles with { Actor1 = null, Actor2 = targetOfClause, TargetMarked = true };
        if (answer >= 0)
            roles = roles with
            {
                // (an answer fronted before its act: "وردا على صواريخ حماس، شنت إسرائيل غارات" — the side after it)
                // (the subject of a verb of answering, before or right after it: "الحوثيون ردوا على هجمات المقاومة بقصف")
                Actor1 = context.IsReplyVerb(answer) ? context.SubjectBefore(sentence, answer, 4) ?? context.SubjectAfter(answer, answer + 4)
                    : roles.Actor1?.FirstToken > answer ? roles.Actor1
                    : document.Tokens[answer].Kind == TokenKind.Punctuation ? context.SubjectAfter(answer, trigger.FirstToken) : null,
                Actor2 = roles.Actor2?.FirstToken > answer ? roles.Actor2 : null,
                TargetMarked = roles.TargetMarked && roles.Actor2?.FirstToken > answer,
                Assoc1 = roles.Assoc1.Where(a => a.FirstToken > answer).ToList(),
            };
        // ("وردا على قصف المتمردين على مواقع المقاومة، نفذت طائرات التحالف غارات"): the act right after a fronted "ردا
        // على" is the one answered — the answering side, named past the comma that closes the answer, did not do it
        if (context.AnsweredActEnd(sentence, trigger, answer) is var close and > 0)
            roles = roles with
            {
                Actor1 = roles.Actor1?.FirstToken < close ? roles.Actor1 : null,
                Actor2 = roles.Actor2?.FirstToken < close ? roles.Actor2 : null,
                TargetMarked = roles.TargetMarked && roles.Actor2?.FirstToken < close,
                Assoc1 = roles.Assoc1.Where(a => a.FirstToken < close).ToList(),
            };
        // "قتل القيادي الحوثي بغارة جوية لمقاتلات التحالف": a strike noun's owner after it is its agent; the other side
        // named before it (the subject of a passive killing) is whom it hit.
        // (so with في or جراء before it: "قتل 5 مدنيين … في قصف عشوائي لميليشيات الحوثي")
        if ((trigger.Instrumental || trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "في" or "جراء" or "اثر" or "خلال")
            && trigger.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && context.OwnerAfter(sentence, trigger) is { } owner
            && roles.Actor1 is { } hitSide && hitSide.FirstToken < trigger.FirstToken && hitSide.Actor.PlainName != owner.Actor.PlainName
            && !context.Sides.Allied(hitSide.Actor, owner.Actor))
            roles = roles with { Actor1 = owner, Actor2 = hitSide, TargetMarked = true, Assoc1 = Array.Empty<ActorMention>() };
        // ("أعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية … إثر قصف جوي لمروحيات الأباتشي": militants counted dead before
        // a strike no side is named for, in an armed state force's statement, died by the force's own strike)
        else if (StruckByTheAnnouncer(context, sentence, trigger, roles) is { } statementForce)
            roles = roles with { Actor1 = statementForce, Actor2 = roles.Actor1, TargetMarked = true, Assoc1 = Array.Empty<ActorMention>() };
        // ("قتل أحد مسلحي المقاومة وأصيب خمسة آخرون بقذيفة هاون أطلقتها ميليشيات الحوثي": the weapon noun's own relative
        // clause names who fired it, whatever the verb of killing it hangs on reads as its subject; the side named before
        // the weapon is whom it hit)
        if (anchor != trigger && context.FiredBy(sentence, trigger) is { } firer && roles.Actor1 != firer)
            roles = roles with
            {
                Actor1 = firer, TargetMarked = true, Assoc1 = Array.Empty<ActorMention>(),
                Actor2 = roles.Actor1 is { } struck && struck.LastToken < trigger.FirstToken && struck.Actor.PlainName != firer.Actor.PlainName ? struck
                    : roles.Actor2 is { } other && other != firer ? other : null,
            };
        // ("في هجوم جديد نسبته السلطات إلى التمرد الكردي": who ascribes an act to someone is no side of it — the side named
        // after "إلى" did it, if any is)
        if (roles.Actor1 is { } ascriber && ascriber.FirstToken - 1 > trigger.LastToken && AscribingVerbs.Contains(document.Tokens[ascriber.FirstToken - 1].Norm))
            roles = roles with
            {
                Actor1 = ascriber.LastToken + 2 < sentence.EndToken && document.Tokens[ascriber.LastToken + 1].Norm == "الي"
                    ? document.Actors.Find(a => a.FirstToken == ascriber.LastToken + 2) : null,
                Assoc1 = Array.Empty<ActorMention>(),
            };
        // ("هجوم انتحاري دام نسبته الحكومة الى التنظيم الجهادي": the side the act is ascribed to, the ascriber no actor
        // here, is its agent, not the side it hit)
        else if (roles.Actor2 is { } ascribed && AscribedTo(document, sentence, trigger, ascribed))
            roles = roles with
            {
                Actor1 = ascribed, Assoc1 = Array.Empty<ActorMention>(),
                // (the bomber the trigger names, "هجوم انتحاري", is no side it hit)
                Actor2 = roles.Actor1 is { } other && other != ascribed && !other.Actor.IsUnidentified
                         && (other.LastToken < trigger.FirstToken || other.FirstToken > trigger.LastToken) ? other : null,
            };
        // ("فقد الحوثيون السيطرة على المدينة لصالح المقاومة": the side that lost the ground is the one it was taken from; the
        // side it went to took it)
        if (trigger.Entries.Any(e => e.IsTerritory) && LostBefore(document, sentence, trigger, roles.Actor1))
            roles = roles with { Actor1 = roles.Actor2, Actor2 = roles.Actor1, Assoc1 = Array.Empty<ActorMention>(), TargetMarked = true };
        // ("قصفت المدفعية التركية … مواقع الحزب … غداة غارات نفذها الطيران التركي": a verb whose subject, right after it, is
        // artillery or tanks fired from the ground, whatever air strikes the sentence tells of besides)
        bool air = !GroundSubject(document, sentence, trigger) && !(roles.Actor1?.Actor.Air != true && StruckWithGroundWeapon(document, sentence, trigger)) && (IsAir(context, sentence, trigger, roles, sentenceTriggers, answer) || RefersBackToAirStrikes(document, sentence, trigger));
        bool killed = document.Cues.Find(CueClass.Killed, sentence.FirstToken, sentence.EndToken) is not null;

        bool antecedentHit = context.ObjectIsAntecedent(trigger);
        // "واستهدفت طائرات التحالف معسكر اللواء 72": aircraft that targeted something struck it, whoever holds it.
        // (not air defences, which target aircraft: "استهدفت الدفاعات الجوية طائرات معادية")
        // (the aircraft the subject, right before or after a finite verb — not one hit: "بعد استهدافها", "ضرب الطائرة")
        bool flownAt = roles.Actor2 is null && trigger.FirstToken == trigger.LastToken && FiniteStrikeVerbs.Contains(BareLemma(document.Tokens[trigger.FirstToken]))
                       && roles.Actor1 is { } flier && (flier.FirstToken == trigger.LastToken + 1 || flier.LastToken == trigger.FirstToken - 1
                           // ("طائرات الاحتلال من نوع إف 16 استهدفت": or its model between)
                           || ModelBetween(document, flier.LastToken + 1, trigger.FirstToken))
                       && Flies(document, flier) && !IsAirDefence(flier)
                       // "أعلن الحوثيون استهداف المطار … بطائرتين من دون طيار": a targeting done with aircraft is a strike
                       || roles.Actor2 is null && roles.Actor1 is not null && trigger.Entries.Any(e => e.IsStrike) && FlownWith(document, sentence, trigger);
        // ("التحالف استهدف قبل منتصف ليل الخميس بلدة السوسة": a town named as the object of the verb of hitting)
        bool townHit = trigger.Entries.Any(e => e.IsStrike && e.Pos == "verb") && roles.Actor1 is not null && context.TownObjectOf(sentence, trigger);
        // ("وهاجم المسلحون الحوثيون المناطق السكنية في محيط المطار": homes, villages or a market an armed side attacked
        // are the place's civilians' — ACLED's attack on civilians)
        bool homesAttacked = roles is { Actor1: { Actor.Inter: not 7 }, Actor2: null } && trigger.FirstToken == trigger.LastToken
                             && AttackingVerbs.Contains(BareLemma(document.Tokens[trigger.FirstToken])) && context.AimsAtCivilianObjects(trigger.Span);
        var townAttacker = TownAttacker(context, document, sentence, trigger, roles);
        bool townAttacked = townAttacker is not null;
        if (townAttacked && roles.Actor1 != townAttacker) roles = roles with { Actor1 = townAttacker, Assoc1 = Array.Empty<ActorMention>() };
        bool objectNamed = roles.Actor2 is not null || antecedentHit || flownAt || townHit || homesAttacked || townAttacked;
        // "قتل مدني برصاص ميليشيات الحوثي": one civilian, told by the singular adjective no actor list holds (it is also
        // "civil", الدفاع المدني), is the victim.
        // "أقدم أحد عناصر ميليشيات الحوثي على قتل أحد لاعبي الفريق": the subject of "أقدم" did the act named after "على",
        // and the one named after the act underwent it
        // "اقتحم المسلحون البوكمال" in a story of the Islamic State: "the militants", definite, are the one armed group the
        // article has named before — not an unknown group
        if (roles.Actor1 is { Actor.IsUnidentified: true } militants && TheMilitants(document, militants) && SoleArmedGroupBefore(context, militants) is { } group)
            roles = roles with { Actor1 = militants with { Actor = group } };
        if (KilledWith(context, sentence, trigger) is { } killing)
            roles = new Roles(killing.Killer, killing.Killed, Array.Empty<ActorMention>(), TargetMarked: true);
        else if (KilledInTheFight(context, sentence, trigger) is { } fight)
            roles = new Roles(fight.Killer, fight.Killed, Array.Empty<ActorMention>(), TargetMarked: true);
        else if (KilledAtTheHandsOf(context, sentence, trigger) is { } byHand)
            roles = new Roles(byHand.Killer, byHand.Killed, Array.Empty<ActorMention>(), TargetMarked: true);
        // ("إن محافظة عدن باتت خالية تماما من المسلحين الحوثيين": the fighters a place is declared clear of are the side
        // driven out of it, never its taker)
        if (document.Tokens[trigger.FirstToken].Norm == "خاليه" && roles.Actor1 is { } clearedOf && clearedOf.FirstToken > trigger.FirstToken)
            roles = new Roles(null, clearedOf, Array.Empty<ActorMention>(), TargetMarked: true);
        // (the act someone is accused of, "بعد اتهامه باستخدام السلاح الكيماوي", is the accused's, not the clause subject's)
        if (context.AccusedBefore(sentence, trigger) is { } accused)
            roles = new Roles(accused, roles.Actor2 is { } hit && hit.Actor.PlainName != accused.Actor.PlainName ? hit : null, Array.Empty<ActorMention>(), roles.TargetMarked);
        if (ProceededTo(context, sentence, trigger) is { } doer && roles.Actor1 != doer)
            roles = new Roles(doer, roles.Actor1 is { } after && after.FirstToken > trigger.LastToken ? after : roles.Actor2, Array.Empty<ActorMention>(), TargetMarked: true);
        // ("باشرت الجهات الأمنية الحادث", "تولت التحقيقات فيها الأجهزة الأمنية": the police on the case did not do it —
        // though the arrest they made is theirs, "وباشرت الجهات الأمنية الحادث وقبضت على الجاني")
        if (roles.Actor1 is { } handler && HandlesTheCase(document, sentence, handler) && trigger.Entries.All(e => e.EventType != AcledTaxonomy.StrategicDevelopments))
            roles = roles with { Actor1 = null };
        // ("اغتيل الصحفي جمال خاشقجي في إسطنبول", "وقتل الصحفي … داخل القنصلية": civilians right after a verb of killing
        // with no one else named are whom it killed — the passive, unmarked in writing — by someone unnamed)
        bool civiliansKilled = trigger.FirstToken == trigger.LastToken && roles is { Actor1.Actor.Inter: 7, Actor2: null }
                               && KillingVerbs.Passive.Contains(BareLemma(document.Tokens[trigger.FirstToken]))
                               && (roles.Actor1.FirstToken == trigger.LastToken + 1
                                   // (a verb opens its clause; "من قتل الأطفال", "بقتل الفلسطيني", "تشجيعا لقتل" are nouns of killing)
                                   && ClauseOpens(document, sentence, trigger.FirstToken)
                                   // (a person named, "الصحفي جمال خاشقجي", or a verb only passive, "اغتيل": "وقتل مدنيان" after an
                                   // attack told is its toll)
                                   && (document.Entities.Exists(x => x.Type == Actors.EntityType.Person && x.FirstToken == roles.Actor1.FirstToken && x.LastToken > x.FirstToken)
                                       || BareLemma(document.Tokens[trigger.FirstToken]) is "اغتيل" or "اغتيلت")
                                   // ("يعتقدون أن خاشقجي قتل في القنصلية": a person named before, recalled by name, right before the verb
                                   // after "أن" — the subject of a passive)
                                   || RecalledPersonBefore(document, roles.Actor1, trigger))
                               // ("قتل شخصان … في انفجار قنبلة": the dead of a blast or a battle the sentence tells are that act's)
                               && !sentenceTriggers.Exists(o => o != trigger && o.Entries.Any(x => x.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles))
                               && trigger.Entries.Any(e => e is { EventType: AcledTaxonomy.ViolenceAgainstCivilians, Pos: "verb" });
        if (civiliansKilled) roles = new Roles(null, roles.Actor1, roles.Assoc1, TargetMarked: true);
        // ("الطائرات التركية بدأت … في قصف مواقعنا" in the words of the PKK's spokesman): "our positions", "our fighters"
        // struck are the side the speaker speaks for, not the civilians the sentence counts among the hurt
        if (roles.Actor2 is null or { Actor.Inter: 7 } && OursStruck(document, sentence, trigger) is { } ours && !SameForce(ours.Actor, roles.Actor1?.Actor))
            roles = roles with { Actor2 = ours, TargetMarked = true };
        // ("استهدفت المصلين بمسجد قوات الطوارئ": or the force whose mosque its worshippers prayed in)
        if (roles.Actor2 is { } worshippers && ForceAtPrayer(document, sentence, worshippers) is { } atPrayer && !SameForce(atPrayer.Actor, roles.Actor1?.Actor))
            roles = roles with { Actor2 = atPrayer, TargetMarked = true };
        // (or people the attack left dead, no side named for them: "أسفر هجوم على قرية … عن مقتل 15 شخصا" — the people
        // counted after it, read as the clause's only side, are whom it hit)
        bool unnamedDead = roles.Actor2 is null && UnnamedDeadOfTheAttack(document, sentence, trigger, roles.Actor1 is { Actor.Inter: 7 } ? null : roles.Actor1);
        if (unnamedDead && roles.Actor1 is { Actor.Inter: 7 } deadCounted && deadCounted.FirstToken > trigger.LastToken)
            roles = new Roles(null, deadCounted, roles.Assoc1, TargetMarked: true);
        bool oneCivilian = roles.Actor2 is null && (unnamedDead || homesAttacked || OneCivilianKilled(document, sentence, trigger));
        // ("قالت قوات الحكومة السورية إنها استعادت بعض الأراضي في القتال مع مسلحي المعارضة": the ground the speaker says
        // it took is its own, the other side named in the sentence the loser)
        if (trigger.Entries.Any(e => e.IsTerritory && !e.Weak) && context.SpeakerOfItsOwnAct(sentence, trigger) is { } speaker
            && roles.Actor1?.Actor.PlainName != speaker.Actor.PlainName)
            roles = WithAgent(roles, speaker, context.Sides) with { TargetMarked = roles.Actor1 is not null || roles.TargetMarked };
        // ("أعلنت قوات سوريا الديمقراطية عن اعتقالها لجهادي فرنسي بارز في تنظيم الدولة": the announcer arrested, the group
        // named is the arrested man's)
        if (context.ArrestAnnouncedBy(sentence, trigger, _authorities.CanArrest) is { } arrester && roles.Actor1?.Actor.PlainName != arrester.Actor.PlainName
            && !QualifiesTheAnnouncer(document, arrester, roles.Actor1, trigger))
            roles = WithAgent(roles, arrester, context.Sides) with { TargetMarked = true };
        else if (roles.Actor1 is null && trigger.Entries.Any(e => e.SubEventType == "Arrests")
                 && context.CountedActInStatementOf(sentence, trigger, _authorities.CanArrest) is { } author)
            roles = WithAgent(roles, author, context.Sides) with { TargetMarked = true };
        // ("ولفت المتحدث العسكري إلى القضاء على عدد (4) عنصر تكفيري مسلح … مع القوات": militants a force's statement says
        // were eliminated died in a clash with it; whoever is named after the count is the dead, actor 2 — or, named by
        // no actor list ("30 إرهابيا": an accusative alias would take "عملا إرهابيا" too), the side FillOpponent finds)
        bool eliminatedByTheForce = false;
        if (trigger.Entries.Any(e => e is { EventType: AcledTaxonomy.Battles, NeedsKilled: true } or { DeadAreEnemies: true })
            && context.CountedActInStatementOf(sentence, trigger, _ => true) is { } eliminator
            // (the dead may share the phrase's last word: "مقتل عنصر" + "عنصر إرهابي")
            && (roles.Actor1 is null || roles.Actor1.LastToken > trigger.LastToken || roles.Actor1.Actor.PlainName == eliminator.Actor.PlainName))
        {
            var afterIt = roles.Actor1?.LastToken > trigger.LastToken ? roles.Actor1 : roles.Actor2?.LastToken > trigger.LastToken ? roles.Actor2 : null;
            // ("معلنا مقتل 52 تكفيريا واستشهاد ضابط وجندي": soldiers named by rank alone in a state force's statement are its
            // own, whatever country the article's place would give them)
            bool ownRanks = afterIt is { Rule: "generic", Actor.IsState: true } && eliminator.Actor.IsState;
            var dead = afterIt is not null && !ownRanks && !context.Sides.Allied(afterIt.Actor, eliminator.Actor) && afterIt.Actor.PlainName != eliminator.Actor.PlainName ? afterIt : null;
            // ("قالت تركيا إن قرارها جاء بعد مقتل 32 شخصا في مدينة سروج في تفجير نسب للتنظيم": people counted right after the
            // death are its dead — civilians, not the group named further on)
            bool civiliansCounted = trigger.Entries.All(e => e.DeadAreEnemies) && document.Actors.Exists(a =>
                a.FirstToken > trigger.LastToken && a.FirstToken <= trigger.LastToken + 2 && a.Actor.Inter == 7);
            // ("أعلن الجيش مقتل ضابط وجندي": its own dead are no clash it tells of)
            if (!civiliansCounted && (dead is { Actor.Inter: 2 or 3 or 4 } || dead is null && context.MilitantsCounted(trigger) || !trigger.Entries.Any(e => e.DeadAreEnemies)))
            {
                roles = new Roles(eliminator, dead, Array.Empty<ActorMention>(), TargetMarked: dead is not null);
                eliminatedByTheForce = true;
            }
        }
        // (a death is news of a clash only so: "وثق المرصد مقتل 76 عنصرا", "أكد ناشطون مقتل 40 عنصرا" count the dead of others)
        if (!eliminatedByTheForce && trigger.Entries.All(e => e.DeadAreEnemies)) return NoEvents;
        TriggerEntry? entry = null;
        var bySpecificity = BySpecificity(trigger.Entries);
        // (with explosives named after it, a word of two rows defuses them; "اكتشف أن الوضع": finding is disrupted weapons
        // use only with a bomb or mine named as its object, else the word's other rows speak)
        int explosivesAt = trigger.Entries.Any(e => e.DefusesExplosives) ? ExplosivesAfter(document, sentence, trigger) : -1;
        bool explosivesNamed = explosivesAt >= 0;
        bool foundNothing = !explosivesNamed && (FoundOneWord(document, trigger) || OnlyOnDevices(document, trigger));
        // (the entry is picked, and then recoded and tested, in local functions of their own only so that the JIT optimises
        // each: as one method this was too long for it, and the slowest code of the pass)
        PickEntry();
        if (entry is null) return NoEvents;
        // (what the recoding works out and the tests after it read)
        bool hostageKilled = false, defused = false, leftUnderDeal = false, agreedToTruce = false, stoppedOver = false, homesDestroyed = false, otherStrikes = false;
        if (!Recoded() || !WeakWordTellsAnAct()) return NoEvents;

        // The first of the trigger's readings, most specific first, whose conditions the sentence meets (some re-read the roles).
        void PickEntry()
        {
            for (int k = 0; k < bySpecificity.Count; k++)
            {
                var e = bySpecificity[k];
                if (explosivesNamed && !e.DefusesExplosives && trigger.Entries.Count > 1) continue;
                if (foundNothing && e.DefusesExplosives) continue;
                // "قتلت قوات الأمن العراقية 5 مسلحين من داعش": armed men a state force killed (or forces an armed group killed) fell in a clash
                // with it — ACLED's armed clash, not an attack on civilians
                // (the militants named after their count are whom it killed: "قال الحرس الثوري إنه قتل ستة مسلحين أكراد", the
                // statement's force the killer)
                if (e is { CivilianTarget: true, SubEventType: "Attack", Pos: "verb" })
                {
                    var verb = document.Tokens[trigger.FirstToken];
                    // (a finite verb with its subject right beside it — "قتلت قوات الأمن", "إن الجيش قتل", "إنه قتل" — not the
                    // verbal noun "القتل", "لقتلاهم", nor a relative clause's passive, "أكبر مسؤول حوثي يقتل", "ممن قتلوا")
                    bool pronounSubject = trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم";
                    bool finite = trigger.FirstToken == trigger.LastToken && verb.Form.Analysis is not { HasArticle: true } and not { Enclitic: not null }
                                  && !verb.HasProclitic("ل") && BareLemma(verb) is "قتل" or "قتلت" or "يقتل" or "تقتل";
                    int countAt = context.MilitantsKilledAfter(sentence, trigger);
                    // (a count right after the verb is its passive's subject, "كما قتل 79 عنصرا من قوات النظام …", whoever the
                    // clause names after them — unless the subject stands right before the verb, "إن الجيش قتل 11 مسلحا", or a
                    // pronoun for it, "إنه قتل ستة مسلحين")
                    bool passive = trigger.LastToken + 1 < sentence.EndToken && document.Numbers.Exists(n => n.FirstToken == trigger.LastToken + 1)
                                   && !pronounSubject && !document.Actors.Exists(a => a.LastToken == trigger.FirstToken - 1)
                                   && !(roles.Actor1 is { } managedBy && AchievedBy(document, sentence, trigger, managedBy));
                    var (killer, killedSide) = (roles.Actor1, roles.Actor2);
                    if (countAt >= 0 && killer is not null && killer.FirstToken > countAt)
                        (killer, killedSide) = (context.ArmedStateAuthor(sentence), killer);
                    // ("قتل ستة حوثيين على يد المقاومة", "إن ستة حوثيين قتلوا … على يد عناصر المقاومة": the passive's killer
                    // is named after "على يد", its dead before)
                    if (killer is not null && killedSide is not null && ByHandsOf(context, sentence, killedSide) && !context.ActedByHand(killer, sentence))
                        (killer, killedSide) = (killedSide, killer);
                    // (the dead named before the verb, its subject, a few words between: "إن ستة حوثيين بينهم القيادي … قتلوا")
                    if (killer is not null && killedSide is null && killer.FirstToken > trigger.LastToken && ByHandsOf(context, sentence, killer))
                        foreach (var a in document.Actors)
                            if (a.LastToken < trigger.FirstToken && a.FirstToken >= sentence.FirstToken && trigger.FirstToken - a.LastToken <= 8
                                && a.Actor.Inter is 1 or 2 or 3 or 4 or 8 && !SameForce(a.Actor, killer.Actor) && !context.PunctuationBetween(a.LastToken, trigger.FirstToken))
                                killedSide = a;
                    bool atTheHandsOf = killer is not null && killedSide is not null && killedSide.LastToken < killer.FirstToken && ByHandsOf(context, sentence, killer);
                    // (a state's force and an armed group, either way round; not captives put to death, "بعد أيام من اختطافهم")
                    // (after the verb, the killed right after it — "قتلت قوات الأمن 5 مسلحين", not the passive's one killed, "وقد قتل
                    // جندي إسرائيلي بعد إطلاق قناص النار عليه"; before it, opening a clause of "أن" — "إن الجيش قتل", not a relative
                    // clause's "أكبر مسؤول حوثي يقتل")
                    // (from the count of them: "وقتل الجيش 14 من عناصر داعش")
                    int killedAt = countAt >= 0 ? countAt : killedSide is { } counted ? CountedFrom(document, counted) : -1;
                    // ("وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين": a killing an armed group adopted is its own)
                    bool adopted = killer is { Actor.Inter: 2 or 3 or 4 } && killer.LastToken < trigger.FirstToken
                                   && trigger.FirstToken - killer.LastToken - DateTokensBetween(document, killer.LastToken, trigger.FirstToken) == 1
                                   && killer.FirstToken > sentence.FirstToken && AdoptingVerbs.Contains(document.Tokens[killer.FirstToken - 1].Norm);
                    bool besideIt = pronounSubject || adopted || killer is not null && AchievedBy(document, sentence, trigger, killer)
                        // (a day between them is no word of the clause: "قتلت قوات الأمن التونسي الليلة الماضية ثلاثة مسلحين")
                        || killer is not null && killer.FirstToken == trigger.LastToken + 1 && killedAt > killer.LastToken
                           && killedAt - DateTokensBetween(document, killer.LastToken, killedAt) <= killer.LastToken + 2
                        || killer is not null && killer.LastToken == trigger.FirstToken - 1 && killer.FirstToken > sentence.FirstToken
                           && document.Tokens[killer.FirstToken - 1].Norm is "ان" or "بان" or "وان";
                    if ((finite && besideIt && !passive || atTheHandsOf) && (killer is { Actor.Inter: 1 or 8 } && (killedSide is { Actor.Inter: 2 or 3 or 4 } || killedSide is null && countAt >= 0)
                         || killer is { Actor.Inter: 2 or 3 or 4 } && killedSide is { Actor.Inter: 1 or 8 }
                         // ("قتلت المقاومة الشعبية ستة حوثيين": so do the men of one armed group another killed)
                         || killer is { Actor.Inter: 2 or 3 or 4 } && killedSide is { Actor.Inter: 2 or 3 or 4 } && !SameForce(killer.Actor, killedSide.Actor))
                        && !context.Sides.Allied(killer.Actor, killedSide?.Actor) && !CaptivesIn(document, sentence)
                        // (nor a campaign's tally a side claims, "إنها قتلت المئات من القوات التركية")
                        && !document.Numbers.Exists(n => n.Qualifier == NumberQualifier.Vague && n.Value >= 100 && n.FirstToken > trigger.LastToken && n.FirstToken < sentence.EndToken))
                    {
                        roles = roles with { Actor1 = killer, Actor2 = killedSide, TargetMarked = killedSide is not null };
                        entry = e with { EventType = AcledTaxonomy.Battles, SubEventType = AcledTaxonomy.ArmedClash, CivilianTarget = false, Weak = false };
                        break;
                    }
                }
                // ("مقتل طفل فلسطيني حرقا", "أحرقت مليشيات شيعية ثلاثة شبان حتى الموت حرقا"): the civilians named right before how
                // they died are whom it hit; an armed side named before them did it.
                if (e is { VictimBefore: true, CivilianTarget: true } && roles.Actor2 is not { Actor.Inter: 7 }
                    && CiviliansRightBefore(context, sentence, trigger) is { } victims)
                    roles = roles with
                    {
                        Actor1 = roles.Actor1 is { Actor.Inter: not 7 } burnerNamed && burnerNamed != victims ? burnerNamed : DoerRightBefore(context, sentence, victims),
                        Actor2 = victims, TargetMarked = true,
                    };
                if (e.CivilianTarget && roles.Actor2?.Actor.Inter != 7 && !oneCivilian) continue;
                // ("قتل الاثنين 60 فلسطينيا برصاص القوات الإسرائيلية في … الاحتجاجات التي تشارك فيها حركة حماس": the dead before
                // the weapon word are whom it hit, not a side named later)
                // ("جنديا تركيا قتل وأصيب آخر اليوم الخميس برصاص": the verbs and the day between are the same clause)
                // ("قال مسؤول إن جنديا تركيا قتل … برصاص مسلحين من تنظيم داعش": the dead before it are whom it hit, though the
                // clause reads no object before its verb)
                if (e.VictimBefore && roles.Actor2 is null && roles.Actor1 is { } shooter && shooter.FirstToken > trigger.LastToken
                    && context.ActorEndingBefore(trigger.FirstToken, sentence) is { } dead
                    && trigger.FirstToken - dead.LastToken <= 7 && (!context.PunctuationBetween(dead.LastToken, trigger.FirstToken) || OpensAKilling(document, sentence, dead))
                    && dead is { Rule: not "country", Actor.Inter: 1 or 2 or 3 or 4 or 8 } && shooter.Actor.Inter is 1 or 2 or 3 or 4 or 8 && !SameForce(shooter.Actor, dead.Actor) && !context.Sides.Allied(shooter.Actor, dead.Actor))
                    roles = roles with { Actor2 = dead, TargetMarked = true };
                // ("بأعيرة نارية أطلقها مجهولون على دورية أمنية": or the side the fire was aimed at, named so after it)
                if (e.VictimBefore && !(roles.Actor2 is { } shot && (shot.LastToken < trigger.FirstToken
                                        && (WordsBetween(document, shot.LastToken, trigger.FirstToken, int.MaxValue) || OpensAKilling(document, sentence, shot))
                                        || shot.FirstToken > trigger.LastToken + 1 && document.Tokens[shot.FirstToken - 1].Surface == "على"))) continue;
                if (e.ArmedTarget && roles.Actor2?.Actor.Inter is not (1 or 2 or 3 or 4 or 8)) continue;
                // ("استهدفت المقاتلات مركبات عسكرية": fighter jets' aim needs no side named to be a strike)
                if (e.NeedsTarget && !objectNamed && !AircraftStruck(document, trigger, e)) continue;
                if (e.NeedsKilled && !killed) continue;
                if (e.NeedsBlast && !killed && !TellsABlast(document, sentence)) continue;
                if (e.NeedsDeal && !context.TakenWithoutFight(sentence, trigger)) continue;
                if (e is { EventType: AcledTaxonomy.Protests, SubEventType: "Peaceful protest", Pos: "noun" } && !ProtestOccurs(document, sentence, trigger)) continue;
                // ("«اضرب بنا هامة الإرهاب»", "اضرب بسيف العدل": the bare verb is the imperative "strike!" — workers who strike
                // stop work, and the clause says from what: "أضرب عمال بناء السفن عن العمل")
                if (e.SubEventType == "Peaceful protest" && trigger.FirstToken == trigger.LastToken
                    && BareLemma(document.Tokens[trigger.FirstToken]) is "اضرب" or "اضربت" or "اضربوا" && !StoppedFrom(document, sentence, trigger)) continue;
                if (e.SubEventType == "Arrests" && DetentionAsSuch(document, sentence, trigger)) continue;
                // ("اعتقل تسعة مواطنين", "تم اعتقال خمسة أشخاص": the people right after an arrest's verb, no one named taking
                // them, are its passive's subject — arrested by the police of the place, ACLED's default arrester)
                // (the past verb, or "تم" and its noun, and the people counted right after it — not a noun of arrests told of, nor a
                // verb whose subject the sentence names before it, "أنها اعتقلت رجلا")
                if (e.ActorCondition == "state" && roles is { Actor1: { } taken, Actor2: null } && !_authorities.CanArrest(taken.Actor)
                    && taken.Actor.Inter is 2 or 3 or 5 or 6 or 7 && taken.FirstToken > trigger.LastToken
                    && document.Tokens[trigger.FirstToken].Norm is "اعتقل" or "واعتقل" or "فاعتقل" or "تم" or "وتم"
                    && CountedFrom(document, taken) is var countedAt && countedAt < taken.FirstToken && countedAt > trigger.LastToken && countedAt - trigger.LastToken <= 2)
                {
                    roles = roles with { Actor1 = null, Actor2 = taken, TargetMarked = true };
                    entry = e with { UnnamedAgent = true };
                    break;
                }
                // ("أن 251 شخصا اعتقلوا حتى الآن خلال المداهمات"): people counted right before a plural past verb of arrest are its
                // passive's subject — arrested, no one named taking them
                if (e.ActorCondition == "state" && roles is { Actor1: { } countedTaken, Actor2: null } && CountedBeforeAPluralArrest(document, trigger, countedTaken))
                {
                    roles = roles with { Actor1 = null, Actor2 = countedTaken, TargetMarked = true };
                    entry = e with { UnnamedAgent = true };
                    break;
                }
                // ("حيث تم القبض على أربعة من عناصر التنظيم": the passive's object already taken as the side arrested, and
                // no one named taking them)
                // (people or an armed group's men — not a state's force, which the passive's object rarely is: "تم اعتقال الثلاثة
                // بعد معلومات من السلطات الأمنية في ولاية كاليفورنيا")
                if (e.SubEventType == "Arrests" && e.ActorCondition != "nonstate" && roles is { Actor1: null, Actor2: { Actor.Inter: >= 2 and <= 7 } arrested }
                    && arrested.FirstToken > trigger.LastToken
                    && document.Tokens[trigger.FirstToken].Norm is "تم" or "وتم" && trigger.LastToken > trigger.FirstToken)
                {
                    entry = e with { UnnamedAgent = true };
                    break;
                }
                // ("والقبض على شخصين بحرينيين كانا على متنه"): the people right after "القبض على" are the ones taken, whoever
                // took them — no one named taking them, the state's police
                if (e.SubEventType == "Arrests" && e.ActorCondition != "nonstate" && roles is { Actor1: { } seized, Actor2: null } && seized.Actor.Inter is 2 or 3 or 5 or 6 or 7
                    && trigger.LastToken + 1 < sentence.EndToken && BareLemma(document.Tokens[trigger.LastToken]) == "قبض"
                    && document.Tokens[trigger.LastToken + 1].Norm == "علي" && seized.FirstToken > trigger.LastToken + 1 && seized.FirstToken <= trigger.LastToken + 3)
                {
                    roles = roles with { Actor1 = null, Actor2 = seized, TargetMarked = true };
                    entry = e with { UnnamedAgent = true };
                    break;
                }
                // ("إثر الإعلان عن تفكيك خلايا تابعة لتنظيم داعش واعتقال 431 مرتبطا بالتنظيم"): the noun of arresting with the
                // people taken counted right after it, an armed group named in the sentence (after the count, or before it as what
                // cells belong to: not "المقاومة تمكنت من اعتقال 35 من مسلحي الميليشيات", the side that took them) — that group's
                // men taken, by the state's force named before it (whose work is praised) or, none named, the state's police
                if (e.SubEventType == "Arrests" && e.ActorCondition == "state" && roles is { Actor1: { Actor.Inter: 2 or 3 } groupTaken, Actor2: null }
                    && (groupTaken.LastToken < trigger.FirstToken && AffiliatedBefore(document, sentence, groupTaken)
                        // (after the count, a group referred back to — "مرتبطا بالتنظيم" — is the one the sentence named before it)
                        || groupTaken.FirstToken > trigger.LastToken + 1
                           && (groupTaken.Rule != "anaphora" || document.Actors.Exists(a => a.Actor.Id == groupTaken.Actor.Id && a.Rule != "anaphora"
                                                                                          && a.FirstToken >= sentence.FirstToken && a.LastToken < trigger.FirstToken)))
                    && trigger.FirstToken == trigger.LastToken
                    && ArrestNouns.Contains(BareLemma(document.Tokens[trigger.FirstToken]))
                    && trigger.LastToken + 1 < sentence.EndToken && document.Tokens[trigger.LastToken + 1].Kind == TokenKind.Number)
                {
                    (entry, roles) = TakenByTheStateBefore(document, sentence, trigger, e, roles, groupTaken);
                    break;
                }
                // ("تمكنت من الإطاحة بتنظيم إرهابي ينتمي لتنظيم داعش", "تفكيك خلية تابعة لداعش"): the armed group a few words
                // after a cell or network brought down is the one whose men were taken, not the taker — no one named taking them
                if (e.SubEventType == "Arrests" && e.ActorCondition == "state" && roles is { Actor1: { Actor.Inter: 2 or 3 } cell }
                    // (a side named before the trigger is not the one taken: "التحقيقات بالجرائم التي استهدفت المصلين")
                    && !(roles.Actor2?.FirstToken > trigger.LastToken)
                    && CellNouns.Contains(document.Tokens[trigger.LastToken].NormWithoutWa)
                    && cell.FirstToken > trigger.LastToken && cell.FirstToken <= trigger.LastToken + 4
                    && !Enumerable.Range(trigger.LastToken + 1, cell.FirstToken - trigger.LastToken - 1).Any(k => document.Tokens[k].Kind == TokenKind.Punctuation))
                {
                    (entry, roles) = TakenByTheStateBefore(document, sentence, trigger, e, roles, cell);
                    break;
                }
                // (a group that governs territory arrests as a state does: "اعتقل الحوثيون مسؤولي الحارات")
                if (e.ActorCondition == "state" && roles.Actor1 is { } agent && !_authorities.CanArrest(agent.Actor)) continue;
                // (an arrest with no one named taking is the state's, ACLED's default: no abduction by someone unknown)
                if (e.ActorCondition == "nonstate" && (roles.Actor1 is not { } taker || _authorities.CanArrest(taker.Actor) || !TookThem(document, trigger, taker)
                                                       || CountedBeforeAPluralArrest(document, trigger, taker)
                                                       || CaptivesOfTheFight(document, sentence, trigger))) continue;
                // ("تفجير مسجد الإمام علي … ما أسفر عن سقوط 21 قتيلا", "تفجير مسجد قوات الطوارئ … قتل المصلين"): a building blown
                // up with people killed or worshippers in it is a bombing, not property wrecked
                bool blownUp = e.SubEventType == "Looting/property destruction" && BareLemma(document.Tokens[trigger.FirstToken]) is "تفجير" or "فجر" or "فجرت" or "فجروا" or "يفجر" or "تفجر";
                // ("تفجير مسجد قوات الطوارئ في أبها": the mosque of a force, blown up with its men)
                var siteOwner = blownUp ? document.Actors.Find(a => a.Actor.Inter is 1 or 8 && (a.FirstToken == trigger.LastToken + 1
                    // (or of its command, base or building, a few words on: "تفجير مسجد قيادة قوة الطوارئ", "تفجير مسجد مقر
                    // قوات الطوارئ", "بتفجير مسجد للسنة داخل مبنى قوات الطوارئ")
                    || a.FirstToken > trigger.LastToken + 1 && a.FirstToken <= trigger.LastToken + 4
                       && document.Tokens[a.FirstToken - 1].NormWithoutWa is "قياده" or "مقر" or "معسكر" or "مبني" or "ثكنه"
                       && !Enumerable.Range(trigger.LastToken + 1, a.FirstToken - trigger.LastToken - 1).Any(k => document.Tokens[k].Kind == TokenKind.Punctuation))) : null;
                if (blownUp && (killed || document.Cues.Find(CueClass.Injured, sentence.FirstToken, sentence.EndToken) is not null || Worshippers(document, sentence) || siteOwner is not null))
                {
                    entry = e with { EventType = AcledTaxonomy.Explosions, SubEventType = "Remote explosive/landmine/IED", Weak = false };
                    // (the force whose building it was is the side hit — not worshippers or targets the sentence names in
                    // general further on: "عقب جريمة تفجير مسجد قوات الطوارئ … أن استهداف المساجد والمصلين دلالة")
                    if (siteOwner is not null && roles.Actor2 is null or { Actor.Inter: 7 }) roles = roles with { Actor2 = siteOwner, TargetMarked = true };
                    break;
                }
                entry = e;
                break;
            }
        }

        // What the sentence makes of the reading (a weapon stopped, a hostage killed, explosives defused, an accord's parties);
        // false when a strategic development, or a word that only sets the scene, tells no event.
        bool Recoded()
        {
            // ("صاروخ باليستي اعترضته الدفاعات الجوية السعودية في طريقه لاستهداف منطقة جازان"): a weapon a state's forces named
            // right after a verb of stopping it stopped is their disrupted weapons use, as ACLED codes an interception — not
            // their fire; the side named launching it before ("أطلق الحوثيون صاروخا … اعترضته الدفاعات") the other side,
            // else the side the article shows facing them (FillOpponent), as for a weapon stopped over a place
            bool weaponStopped = entry.IsBombardment && roles.Actor1 is { Actor.IsState: true } stopper && StoppedTheWeaponBefore(document, trigger, stopper);
            if (weaponStopped)
            {
                var launcher = document.Actors.FindLast(a => a.FirstToken >= sentence.FirstToken && a.LastToken < trigger.FirstToken && Launched(document, a));
                roles = new Roles(roles.Actor1, launcher, Array.Empty<ActorMention>(), TargetMarked: launcher is not null);
                entry = entry with { EventType = AcledTaxonomy.StrategicDevelopments, SubEventType = "Disrupted weapons use", Weak = false, UnnamedAgent = false, CivilianTarget = false };
            }
            if (homesAttacked && entry.SubEventType == AcledTaxonomy.ArmedClash)
                entry = entry with { EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Attack", CivilianTarget = true, Weak = false };
            // (the unnamed dead of an attack no one is named for: someone unknown attacked them)
            if (unnamedDead && roles.Actor1 is null && entry.CivilianTarget) entry = entry with { UnnamedAgent = true };
            // ("فجرت فتاة في العاشرة من عمرها نفسها في داماتورو": the reflexive a few words after a verb of blowing up, its
            // subject between, makes it a suicide bombing, whoever the bomber was — as "فجر نفسه" does)
            // (a perfect verb: "فيفجرون أنفسهم للفوز بالجنة" is what such men do)
            if (entry is { SubEventType: "Remote explosive/landmine/IED", Pos: "verb" } && BareLemma(document.Tokens[trigger.FirstToken]) is "فجر" or "فجرت" or "فجروا" or "فجرا"
                && ReflexiveAfter(document, sentence, trigger))
            {
                entry = entry with { SubEventType = "Suicide bomb", Weak = false, UnnamedAgent = true };
                if (roles.Actor1 is { Actor.Inter: 7 }) roles = roles with { Actor1 = null };
            }
            if (civiliansKilled && entry.EventType == AcledTaxonomy.ViolenceAgainstCivilians) entry = entry with { UnnamedAgent = true };
            // "تنظيم الدولة يعدم أول رهينة من مخطوفي السويداء", "أعدم التنظيم أحد الرهائن": a hostage put to death is a killing
            // of a civilian by the one who held him — ACLED's attack, not the abduction the noun names
            hostageKilled = entry.SubEventType == "Abduction/forced disappearance" && entry.Pos == "noun" && PutToDeath(document, sentence, trigger);
            if (hostageKilled) entry = entry with { SubEventType = "Attack", Weak = false };
            // "اختفى الصحفي السعودي … بعد دخوله القنصلية": a civilian who disappeared was made to — the subject the one taken,
            // whoever took him unknown (an armed group of the place, as ACLED codes an unclaimed disappearance)
            // (or named by a name the catalog does not know: "يذكر أن خاشقجي كان قد اختفى بعد دخوله …")
            // (not a thing: "الطائرة … قد اختفت من على شاشات الرادار", "اختفاء أدلة الكيماوي")
            // (nor the land of the place he went into: "اختفاء خاشقجي منذ 2 أكتوبر بعد دخوله إلى القنصلية السعودية")
            if (entry.SubjectIsVictim && roles.Actor1 is { Rule: "country" or "nationality" } land && land.FirstToken > trigger.LastToken && roles.Actor2 is null)
                roles = roles with { Actor1 = null };
            if (entry.SubjectIsVictim && roles is { Actor1: null or { Actor.Inter: 7 }, Actor2: null }
                && (roles.Actor1 is not null || !ThingVanished(document, sentence, trigger)))
                (entry, roles) = (entry with { UnnamedAgent = true, Weak = false }, roles with { Actor1 = null, Actor2 = roles.Actor1, TargetMarked = roles.Actor1 is not null });
            // "تمكنت عناصر الجيش من تفجير 163 عبوة ناسفة", "قيام عناصر المهندسين العسكريين باكتشاف وتفجير 101 عبوة": bombs a
            // state's armed force blew up, named right after, were cleared — ACLED's disrupted weapons use by that force, not
            // a blast it set off at someone (the force the doer of the blowing up, not its victim: "جرح أربعة جنود بتفجير عبوة")
            // ("وذكر الجيش في بيانه أن عناصره تمكنوا من تفجير …": with no force named beside it, the statement's)
            if (entry.SubEventType == "Remote explosive/landmine/IED" && BlowingUpAt(document, sentence, trigger) is >= 0 and var blowing
                && (roles.Actor1 is { Actor: { IsState: true, Inter: 1 or 3 } } nearby ? nearby : roles.Actor1 is null ? context.ArmedStateAuthor(sentence) : null) is { } blaster
                && ForceBlewUp(document, sentence, blowing, blaster, beside: blaster == roles.Actor1)
                && ExplosivesAfter(document, sentence, trigger) is >= 0 and var blown)
            {
                entry = entry with { EventType = AcledTaxonomy.StrategicDevelopments, SubEventType = "Disrupted weapons use", DefusesExplosives = true, UnnamedAgent = false, Weak = false };
                explosivesAt = blown;
                roles = roles with { Actor1 = blaster, Actor2 = roles.Actor2?.FirstToken > blown ? roles.Actor2 : null, TargetMarked = false };
            }
            // "دمرت طائرات التحالف مخزن سلاح تابعا لميليشيات الحوثي": weapons that aircraft destroyed were struck from the air,
            // not seized — an air strike on their holder
            if (entry.SubEventType == "Disrupted weapons use" && !entry.DefusesExplosives && WeaponsStore(document, trigger)
                && Flies(document, roles.Actor1) && !IsAirDefence(roles.Actor1!))
                entry = entry with { EventType = AcledTaxonomy.Explosions, SubEventType = AcledTaxonomy.AirStrike, Weak = false };
            // "طائرات التحالف دمرت أرتالا عسكرية": what the aircraft named right before a verb of destroying destroyed they
            // struck from the air (the verb first, "دمرت طائرات", is a phrase of the air strike row) — not a force that
            // flies named so, "الجيش الإسرائيلي دمر منازل"
            if (entry is { SubEventType: "Looting/property destruction", Pos: "verb" } && roles.Actor1 is { } aircraft && aircraft.LastToken == trigger.FirstToken - 1
                && AircraftNamed(document, aircraft) && !IsAirDefence(aircraft))
                entry = entry with { EventType = AcledTaxonomy.Explosions, SubEventType = AcledTaxonomy.AirStrike, Weak = false };
            // "قام سلاح الجو بتفجير مخزن ذخيرة للمجموعات الإرهابية": what an air force was the subject of blowing up it struck
            // from the air — its holder the target
            if (entry.SubEventType == "Remote explosive/landmine/IED" && entry.Pos == "noun" && AirForceDidIt(context, sentence, trigger) is { } airForce)
            {
                entry = entry with { EventType = AcledTaxonomy.Explosions, SubEventType = AcledTaxonomy.AirStrike, Weak = false, UnnamedAgent = false };
                roles = roles with { Actor1 = airForce, Actor2 = roles.Actor1 == airForce ? roles.Actor2 : roles.Actor1 ?? (roles.Actor2 == airForce ? null : roles.Actor2), TargetMarked = true };
            }
            // "كما هاجمت الطائرات مواقع سيطر عليها المتشددون": the phrase names the aircraft that struck; an armed group that
            // flies nothing, named elsewhere than right after them as their owner ("قصفت طائرات التحالف"), is no striker —
            // it held the target, or died in another clause — when no state is on the other side (a side may be misread)
            if (entry.SubEventType == AcledTaxonomy.AirStrike && AircraftStruck(document, trigger, entry) && roles.Actor1 is { Actor: { Inter: 2 or 3 or 4, Air: false } } grounded
                && grounded.FirstToken != trigger.LastToken + 1 && (grounded.FirstToken > trigger.LastToken || grounded.LastToken < trigger.FirstToken) && !Flies(document, grounded)
                && roles.Actor2 is null or { Actor.Inter: 2 or 3 or 4 })
                roles = roles with { Actor1 = null, Actor2 = roles.Actor2 ?? grounded, TargetMarked = true };
            // "أحبطت القوات الشرعية هجوما شنته الميليشيات على مواقعها": an attack the subject of a verb of foiling held off,
            // the verb before its subject — the defence of ACLED's armed clash, the attacker its actor 1 (below).
            if (entry.SubEventType == AcledTaxonomy.ArmedClash && entry.Weak && FoiledBy(context, sentence, trigger) is { } foiler)
            {
                // ("محاولة تسلل لميليشيا الحوثي": the attacker may be the role read as the target)
                roles = new Roles(foiler, OtherSideAfter(roles, trigger, foiler, context.Sides), Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { Weak = false, Defender = true };
            }
            // ("تمكنت قوات الحشد الشعبي من صد هجوم شنه عناصر داعش": the one who managed to hold an attack off defended against it,
            // whoever the attack's own clause names as its agent)
            // (an attack or infiltration in the trigger's phrase: not "تمكنت منظومات الدفاع الجوي من التصدي" to missiles)
            else if (entry.SubEventType == AcledTaxonomy.ArmedClash && FoilingNouns.Contains(BareLemma(document.Tokens[trigger.FirstToken]))
                     && Enumerable.Range(trigger.FirstToken + 1, trigger.LastToken - trigger.FirstToken).Any(i => BareLemma(document.Tokens[i]) is "هجوم" or "هجوما" or "هجمات" or "تسلل")
                     && ManagedTo(context, sentence, trigger) is { } heldOffBy)
            {
                if (roles.Actor1?.Actor.PlainName != heldOffBy.Actor.PlainName)
                    roles = new Roles(heldOffBy, roles.Actor1 ?? OtherSideAfter(roles, trigger, heldOffBy, context.Sides),
                                      Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { Weak = false, Defender = true };
            }
            // ("من التصدي لمحاولات تسلل يائسة لعناصر الحوثي": the verb of holding off read as the trigger, the infiltration after it)
            // (its subject before it; "وتصدت المقاومة لمحاولة تسلل" is read from the infiltration, above)
            else if (entry.SubEventType == AcledTaxonomy.ArmedClash && !entry.Defender && roles.Actor1 is { } holder && holder.LastToken < trigger.FirstToken
                     && HoldsOffAnInfiltration(document.Tokens, sentence, trigger))
                entry = entry with { Weak = false, Defender = true };
            // "أسفرت مداهمة أمنية في مدينة العريش … عن مقتل 10 من العناصر الإرهابية": a raid its sentence tells of deaths in
            // was a fight, not an arrest — ACLED's armed clash of the raiding force (the police of the place when unnamed)
            // with the armed men raided
            if (entry.SubEventType == "Arrests" && killed && (IsRaid(document, trigger) || DiedInARaidCampaign(document, sentence, trigger)
                                                              || roles.Actor1 is not null && KilledAndArrested(document, sentence, trigger))
                && RaidFoughtBy(context, sentence, trigger, roles) is { } raid)
            {
                roles = raid;
                entry = entry with { EventType = AcledTaxonomy.Battles, SubEventType = AcledTaxonomy.ArmedClash, Weak = false, ActorCondition = null };
            }
            if (entry.EventType == AcledTaxonomy.Battles && ExchangedFire(context, sentence, trigger) is { } exchangedFire)
            {
                roles = new Roles(exchangedFire.First, exchangedFire.Second, Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { SubEventType = AcledTaxonomy.ArmedClash, Weak = false };
            }
            // "أبرمت روسيا وفصائل معارضة في محافظة درعا الجمعة اتفاقا لوقف إطلاق النار": the two sides joined by و as the
            // subject of a verb of concluding made the agreement named after them
            if (entry is { SubEventType: "Agreement" } && ConcludedBy(context, sentence, trigger) is { } parties)
            {
                roles = new Roles(parties.First, parties.Second, Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { Weak = false };
            }
            // ("أعلنت حماس التوصل إلى اتفاق تهدئة مع إسرائيل": a country an armed group makes an agreement with is the other
            // party — not its ally, and not for a state's deal with another state, which ACLED leaves out)
            if (entry is { SubEventType: "Agreement", Weak: false } && roles is { Actor1.Actor.Inter: 2 or 3 or 4, Actor2: null }
                && context.CountryParty(sentence, trigger, roles.Actor1) is { } party && !context.Sides.Allied(party.Actor, roles.Actor1.Actor))
                roles = roles with { Actor2 = party, TargetMarked = true };
            // ("الاتفاق ينص على أن الطائرات الأمريكية … ستكون قادرة على استخدام قاعدة إنجرليك لشن غارات ضد تنظيم داعش": the
            // side an agreement's terms act against is what its parties act on, no party to it)
            if (entry.SubEventType == "Agreement" && roles.Actor2 is { } against && against.FirstToken > trigger.LastToken
                && document.Tokens[against.FirstToken - 1].NormWithoutWa == "ضد")
                roles = roles with { Actor2 = null, TargetMarked = false };
            // Strategic developments need both parties (an agreement is between two), except arrests by a state.
            // (An agreement "with" one named party has the article's other side as its agent; see FillOpponent.)
            bool agreementWithParty = entry.SubEventType == "Agreement" && roles.Actor2 is not null && roles.TargetMarked;
            // "أحبطت قوات الجيش محاولة تفجير 4 عبوات ناسفة", "تمكنت الفرق الهندسية من تفكيك شبكات ألغام": explosives a named force
            // defused, a blast it foiled, are disrupted weapons use whoever planted them (FillOpponent finds the other side).
            int explosives = entry.DefusesExplosives ? explosivesAt : -1;
            defused = explosives >= 0 && roles.Actor1 is not null;
            // ("تفكيك مفخخات زرعتها ميليشيات الحوثي": the force that defused them is the subject before the word, the one
            // named after the explosives planted them)
            // ("إحباط محاولة مهاجم انتحاري استهداف كنيسة": or, the bomb a suicide bomber, the attacker named with him)
            if (defused && (roles.Actor1!.FirstToken > explosives || roles.Actor1.FirstToken > trigger.LastToken && ExtractionContext.InAnActor(document, explosives)))
            {
                // ("حققت القوات الكردية تقدما …، فيما أحبطت تفجيرين انتحاريين": a contrastive clause's foiling is the subject's
                // of the sentence before it)
                var defuser = context.SubjectBefore(sentence, trigger)
                              ?? (ExtractionContext.InAnActor(document, explosives) ? context.SubjectBefore(sentence, trigger.FirstToken, 30) : null);
                roles = roles with { Actor1 = defuser, Actor2 = roles.Actor1, TargetMarked = true };
                defused = defuser is not null;
            }
            // ("وتمكن الفريق الهندسي من نزع أكثر من 40 لغما", "تم تفكيك عبوتين ناسفتين": no one named defusing them, the armed
            // state that speaks did, else the forces of the place's state — ACLED's disrupted weapons use by its military)
            // (devices counted, one act: not "إزالة الألغام" as a heading or a work)
            if (explosives >= 0 && roles.Actor1 is null && DevicesCounted(document, explosives))
            {
                if (context.ArmedStateAuthor(sentence) is { } author) roles = roles with { Actor1 = author };
                else entry = entry with { UnnamedAgent = true, Weak = false };
                defused = true;
            }
            // ("بدأ مقاتلو المعارضة الانسحاب من جيب … بموجب اتفاق استسلام مع الحكومة": an armed group that withdraws under a
            // deal hands its ground over — a non-violent transfer, the group its actor 2 and the side it left the ground to,
            // found in the article, its actor 1)
            leftUnderDeal = entry is { SubEventType: "Non-violent transfer of territory", Weak: true } && roles is { Actor1.Actor.Inter: 2 or 3 or 4, Actor2: null }
                                 && context.TakenWithoutFight(sentence, trigger);
            if (leftUnderDeal) roles = new Roles(null, roles.Actor1, Array.Empty<ActorMention>(), TargetMarked: true);
            // ("موافقة حماس وحركة الجهاد الإسلامي على وقف إطلاق النار", "ووافق مسلحون … على الاستسلام": an armed group that
            // agreed to a truce or to surrender made an agreement — with the side the article shows it facing, FillOpponent)
            agreedToTruce = entry is { SubEventType: "Agreement", Weak: true, Pos: "verb" } && roles is { Actor1.Actor.Inter: 2 or 3 or 4, Actor2: null }
                                 && context.AgreedToTruce(sentence, trigger)
                                 // ("أعلن المتحدث باسم حركة حماس التوصل لاتفاق لعودة التهدئة في قطاع غزة": a deal an armed group
                                 // announces reached, no other party named — with the side the article shows it facing)
                                 || entry is { SubEventType: "Agreement", Weak: false } && roles is { Actor1.Actor.Inter: 2 or 3 or 4, Actor2: null }
                                    && (AnnouncedBy(document, sentence, trigger, roles.Actor1)
                                        // ("توصلت قوات النظام والمعارضة إلى اتفاق", "التوصل إلى اتفاق لإجلاء مقاتلي جيش الإسلام": a
                                        // named group after the verb — not some gunmen a speaker's pronoun made the deal with,
                                        // "قالت الحكومة السورية إنها توصلت إلى اتفاق مع عدد من مسلحين")
                                        || roles.Actor1.FirstToken > trigger.LastToken && !roles.Actor1.Actor.IsUnidentified)
                                 // ("أعلن مصدر رسمي سوري التوصل إلى اتفاق لإجلاء مقاتلي جيش الإسلام": the one armed group a deal
                                 // reached names, with the side it faces)
                                 || entry is { SubEventType: "Agreement", Weak: false } && roles is { Actor1: null, Actor2.Actor.Inter: 2 or 3 or 4 }
                                    && roles.Actor2.FirstToken > trigger.LastToken;
            // ("اعتراض ثلاثة صواريخ بالستية فوق الرياض ونجران": a weapon stopped over a place with no interceptor named was
            // stopped by the forces of the place's state — its actor 1 at each place; the side that fired it, named or else
            // found by FillOpponent)
            // (a state that is the subject stopped it itself: "وقال الجيش الروسي إنه تم اعتراض طائرتين مسيرتين فوق مدينة حلب")
            stoppedOver = weaponStopped || entry.SubEventType == "Disrupted weapons use"
                               && (roles.Actor1 is null || roles.Actor2 is null && (Launched(document, roles.Actor1) || roles.Actor1.Actor.IsState))
                               && StoppedOverAPlace(document, sentence, trigger);
            if (stoppedOver)
            {
                if (roles.Actor1 is { } launcher && Launched(document, launcher)) roles = roles with { Actor1 = null, Actor2 = launcher, TargetMarked = true };
                // ("روسيا: تدمير طائرتين دون طيار أطلقتا نحو مطار حميميم": a state named before the act announces its own
                // interception; else the place's state stopped it)
                var ownStop = document.Actors.FindLast(a => a.FirstToken >= sentence.FirstToken && a.LastToken < trigger.FirstToken && a.Actor.IsState);
                if (roles.Actor1 is not null) { }
                else if (ownStop is not null) roles = roles with { Actor1 = ownStop };
                else entry = entry with { UnnamedAgent = true };
            }
            // ("هدمت جرافات الاحتلال الإسرائيلي صباح اليوم منزلين", "تفجر منزل عائلة أسير"): homes a named force destroyed are
            // people's of the place, whom ACLED codes as its civilians (PeopleOfThePlace) — the one side a demolition names
            // (the force the subject of the verb, right before or after it or inside the trigger's phrase: not "الجيش المصري
            // يكثف هدم المنازل", a report of a practice, nor "قرار هدم ما تبقى من المنزل", a decision)
            homesDestroyed = entry.SubEventType == "Looting/property destruction" && roles is { Actor1: { } destroyer, Actor2: null }
                                  && (destroyer.LastToken == trigger.FirstToken - 1 || destroyer.FirstToken == trigger.LastToken + 1
                                      || destroyer.FirstToken >= trigger.FirstToken && destroyer.LastToken <= trigger.LastToken)
                                  && HomesNamed(document, sentence, trigger);
            if (entry.EventType == AcledTaxonomy.StrategicDevelopments && entry.SubEventType != "Arrests" && !agreementWithParty && !defused && !leftUnderDeal && !agreedToTruce
                && !stoppedOver && !homesDestroyed && (roles.Actor1 is null || roles.Actor2 is null)) return false;
            if (entry.SubEventType is "Change to group/activity" or "Headquarters or base established" or "Other" && entry.Weak) return false;
            // ("تعيش الجبهة السورية توترا", "بالتوجه إلى جبهات القتال": a front sets the scene of other acts, it is none)
            if (entry.ContextOnly) return false;
            return true;
        }

        // The tests a weak word must pass to tell an act (the sides it names, an announcement, a crowd, a blast that shook).
        bool WeakWordTellsAnAct()
        {
            // An ambiguous trigger ("هجوم", "معركة", "حاصر") counts only with both sides named in its clause.
            ActorMention? announcer = null;
            bool announced = entry.Weak && entry.IsTerritory && context.AnnouncedControl(sentence, trigger, out announcer);
            // ("تركيا أعلنت سيطرتها على عفرين … لطرد مقاتلي الوحدات الكردية": the side that took it announces it)
            if (announcer is not null && roles.Actor1?.Actor.PlainName != announcer.Actor.PlainName)
                roles = WithAgent(roles, announcer, context.Sides);
            else if (roles.Actor1 is null && entry.IsTerritory && LeaderAnnounced(context, sentence, trigger, sentenceTriggers) is { } leaders)
                (roles, announced) = (WithAgent(roles, leaders, context.Sides), true);
            // ("أعلنت قوات سوريا الديمقراطية، الثلاثاء، بدء معركة جديدة … لتنظيم داعش في دير الزور": the offensive whose start a
            // side announces is its own, against the side named after it)
            if (entry is { Weak: true, EventType: AcledTaxonomy.Battles } && roles is { Actor1: null, Actor2: { } opposed } && !opposed.Actor.IsUnidentified
                && context.OffensiveAnnouncedBy(sentence, trigger) is { } starter && !SameForce(starter.Actor, opposed.Actor) && !context.Sides.Allied(starter.Actor, opposed.Actor))
                roles = roles with { Actor1 = starter, TargetMarked = true };
            // ("طردت القوات الحوثيين من مديرية حيس": the side driven out of a place named after it)
            bool droveOut = entry.Weak && entry.IsTerritory && context.DrivenOut(sentence, trigger, ref roles);
            // ("أحكمت وحدات من الجيش الليبي السيطرة على منطقة عرقوب بولم": the verb of imposing control, before its subject)
            bool imposed = entry.Weak && entry.IsTerritory && roles.Actor1 is not null && ControlImposed(document, sentence, trigger);
            // ("خرج آلاف المتظاهرين في شوارع البصرة": a gathering phrase whose crowd the clause names as protesters is a protest)
            // (or whose sentence goes on to call it protests: "وخرج الآلاف في مدن البصرة والناصرية، وامتدت التظاهرات إلى بغداد")
            bool crowdOut = entry.Weak && entry.EventType == AcledTaxonomy.Protests && entry.Pos == "phrase"
                            && (roles.Actor1 is { Actor.Inter: 6 } && (GatheringVerbs.Contains(document.Tokens[trigger.FirstToken].Lemma)
                                                                         || BlockingVerbs.Contains(document.Tokens[trigger.FirstToken].Lemma))
                                || roles.Actor1 is null && GatheringCalledProtests(document, sentenceTriggers, trigger)
                                // ("تجمع المتظاهرون في ساحة التحرير": the phrase names its crowd protesters itself)
                                || GatheringVerbs.Contains(document.Tokens[trigger.FirstToken].Lemma) && trigger.LastToken > trigger.FirstToken
                                   && document.Tokens[trigger.LastToken].NormWithoutArticle is "متظاهرون" or "محتجون");
            // ("احتج المزارعون على انخفاض أسعار الحليب", "واحتج مئات العمال أمام مقر الشركة": people — farmers, workers,
            // students — the subject right beside the verb of protesting are out protesting; a ministry's or a state's protest
            // is a note, no crowd)
            crowdOut |= entry is { Weak: true, EventType: AcledTaxonomy.Protests, Pos: "verb" } && roles.Actor1 is { Actor.Inter: 6 or 7 } crowd
                        && BareLemma(document.Tokens[trigger.FirstToken]) is "احتج" or "احتجت" or "احتجوا" or "يحتج" or "تحتج" or "يحتجون"
                        && (crowd.LastToken == trigger.FirstToken - 1 || PastTheCountEndingAt(document, crowd.FirstToken - 1) == trigger.LastToken
                            || crowd.FirstToken == trigger.LastToken + 1);
            // ("وتجمع قرابة ستة آلاف متظاهر أمام البرلمان": a verb of gathering, then the crowd counted and called protesters)
            crowdOut |= entry is { Weak: true, EventType: AcledTaxonomy.Protests, Pos: "noun" } && CountedProtestersGathered(document, sentence, trigger);
            // ("وأحرق محتجون مقر حزب الدعوة": a crowd of protesters that burns or wrecks is rioting, whatever it hit)
            bool crowdRiots = entry.Weak && entry.EventType == AcledTaxonomy.Riots && roles.Actor1 is { Actor.Inter: 6 };
            // ("تم إحراق مكتب حزب الدعوة في محافظة البصرة" in an article of protests: party offices set on fire with no one
            // named are the crowd's — rioters of the country)
            // (the party named after its office owns it: "إحراق مكتب حزب الدعوة")
            bool officesBurned = entry.Weak && entry.EventType == AcledTaxonomy.Riots && OfficesBurned(document, sentence, trigger)
                                 && (roles.Actor1 is null || roles.Actor1.FirstToken == trigger.LastToken + 2);
            if (officesBurned) (entry, roles) = (entry with { UnnamedAgent = true }, roles with { Actor1 = null, Actor2 = null, TargetMarked = false });
            // ("وقتل مسلحون مجهولون ثلاثة مدنيين", "قتل الجيش خمسة من العناصر": verb, subject, object — the object follows its
            // subject closely, its place in the clause marks it)
            bool objectOfVerb = entry.Weak && entry.Pos == "verb" && trigger.FirstToken == trigger.LastToken && roles is { Actor1: { } subject, Actor2: { } obj }
                                // ("استهدفت الزوارق الحربية الإسرائيلية مراكب الصيد": a verb of targeting takes its object so too)
                                && TakesItsObjectAfterItsSubject(BareLemma(document.Tokens[trigger.FirstToken]))
                                // ("هاجم مسلحون دورية للشرطة": a verb of attacking, by armed men or forces — a minister attacks in words)
                                && (!AttackingVerbs.Contains(BareLemma(document.Tokens[trigger.FirstToken])) || ArmedForce(subject) && (ArmedForce(obj) || obj.Actor.Inter == 7))
                                // ("قاتلت القوات العراقية مسلحي داعش في الرمادي": a past verb of fighting, armed side against armed side)
                                && (!FoughtVerbs.Contains(BareLemma(document.Tokens[trigger.FirstToken])) || ArmedForce(subject) && ArmedForce(obj))
                                && (!DetainingVerbs.Contains(BareLemma(document.Tokens[trigger.FirstToken])) || PeopleDetained(document, trigger, obj))
                                // (a day between them is no word of the clause: "استهدفت القوات الجوية المصرية فجر اليوم مواقع لعناصر التنظيم")
                                // (or its count close after the subject: "قتلت جماعة بوكو حرام قبل أيام عشرة من صيادي السمك" — not past a
                                // phrase of its own, "وقتل الجيش في هذه التظاهرات 148 شخصا")
                                && (SubjectRightAfter(document, trigger, subject) && obj.FirstToken > subject.LastToken
                                    && (obj.FirstToken - subject.LastToken - DateTokensBetween(document, subject.LastToken, obj.FirstToken) <= 4
                                        || CountedFrom(document, obj) - subject.LastToken - DateTokensBetween(document, subject.LastToken, obj.FirstToken) <= 3)
                                    // ("قتلت ميليشيات الحوثي الانقلابية الخميس، زعيما قبليا": a comma closing the day)
                                    && !PunctuationOutsideDates(document, subject.LastToken, obj.FirstToken)
                                    // ("أن طيران التحالف استهدف قيادات في مليشيات الحوثي": the subject before it, the object after)
                                    // ("أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة": the day between, a comma closing it)
                                    // ("أن عناصر تنظيم داعش الإرهابي هاجمت قطعات عسكرية": an epithet between)
                                    || context.EndOfEpithets(subject.LastToken) == trigger.FirstToken - 1 && obj.FirstToken > trigger.LastToken
                                       && obj.FirstToken - trigger.LastToken - DateTokensBetween(document, trigger.LastToken, obj.FirstToken) <= 4
                                       && !PunctuationOutsideDates(document, trigger.LastToken, obj.FirstToken)
                                    // ("هاجم مسلحون قرية … وقتلوا 20 شخصا": a verb joined by و shares the clause's armed subject, its
                                    // object counted right after it)
                                    || document.Tokens[trigger.FirstToken].StartsWithWa && subject.LastToken < trigger.FirstToken
                                       && subject.Actor.Inter is 1 or 2 or 3 or 4 or 8 && obj.FirstToken > trigger.LastToken
                                       && CountedFrom(document, obj) == trigger.LastToken + 1 && CountedFrom(document, obj) < obj.FirstToken);
            // ("هزت سلسلة انفجارات ضخمة مطار حماة العسكري", "انفجارات قوية هزت غرفة عمليات"): explosions that shook a place
            // are an attack there whoever set them off — an unidentified armed group of the country (FromRoles).
            bool explosionsShook = entry is { Weak: true, SubEventType: "Remote explosive/landmine/IED", Pos: "noun" } && roles.Actor1 is null or { Rule: "country" }
                                   && (Shook(document, sentence, trigger) || TargetedBlast(document, sentence, trigger));
            if (explosionsShook) (entry, roles) = (entry with { UnnamedAgent = true }, roles with { Actor1 = null });
            // ("انفجارا في بلدة سروج … أسفر عن مقتل 30 شخصا"): so are explosions whose dead the clause tells as what they brought
            // about — the people counted after them are whom they hit.
            else if (entry is { Weak: true, SubEventType: "Remote explosive/landmine/IED", Pos: "noun" } && (roles.Actor1 is null or { Rule: "country" } || roles.Actor1 is { Actor.Inter: 7 } && roles.Actor1.FirstToken > trigger.LastToken)
                     && BlastThatKilled(document, sentence, trigger))
            {
                explosionsShook = true;   // (an attack whoever set it off, as for the explosions that shook a place)
                (entry, roles) = (entry with { UnnamedAgent = true }, roles.Actor1 is { Actor.Inter: 7 } dead
                    ? roles with { Actor1 = null, Actor2 = dead, TargetMarked = true } : roles with { Actor1 = null });
            }
            // ("خرقها انفجار تبناه داعش في كركوك، وأودى بحياة 3 أشخاص"): a blast an armed group claimed, named right after the
            // verb of claiming, is that group's bomb
            else if (entry is { Weak: true, SubEventType: "Remote explosive/landmine/IED", Pos: "noun" } && roles.Actor1 is { Actor.Inter: 2 or 3 } claimer
                     && claimer.FirstToken == trigger.LastToken + 2 && document.Tokens[trigger.LastToken + 1].NormWithoutWa is "تبناه" or "تبنته" or "تبناها")
                entry = entry with { Weak = false };
            // ("استشهد أربعة مواطنين … في انفجار صاروخ من مخلفات الاحتلال الإسرائيلي"): a blast of a weapon a force left behind,
            // named right after "من مخلفات", with dead or wounded — that force's explosive (as the coders code such blasts), the
            // people it killed whom it hit
            else if (entry is { Weak: true, SubEventType: "Remote explosive/landmine/IED", Pos: "noun" }
                     && (killed || document.Cues.Find(CueClass.Injured, sentence.FirstToken, sentence.EndToken) is not null)
                     && LeftBehindBy(context, document, sentence, trigger) is { } leaver)
            {
                (entry, roles) = (entry with { Weak = false },
                                  new Roles(leaver, roles.Actor2 is { Actor.Inter: 7 } hit ? hit : roles.Actor1 is { Actor.Inter: 7 } hitBefore ? hitBefore : null,
                                            Array.Empty<ActorMention>(), TargetMarked: true));
            }
            // ("وشهد الأردن، السبت، هجوما استهدف حافلة لقوات الدرك"): an attack noun the verb of targeting follows, its
            // object a side's men or gear, is an attack on them whoever made it — an unidentified armed group's (FromRoles).
            // (not attacks counted, "رصدت 90 هجوما استهدف تركيا", nor one where anything flies)
            int aimed = trigger.LastToken + 1;
            bool attackAimed = entry is { Weak: true, Pos: "noun", EventType: AcledTaxonomy.Battles or AcledTaxonomy.ViolenceAgainstCivilians }
                               && roles is { Actor1: null, Actor2: { } aimedAt } && aimedAt.FirstToken > aimed && aimedAt.FirstToken <= aimed + 3
                               && aimed < sentence.EndToken && TargetingWords.Contains(BareLemma(document.Tokens[aimed]))
                               && !PunctuationOutsideDates(document, aimed, aimedAt.FirstToken)
                               && !(trigger.FirstToken > 0 && ActorRecognizer.EndsACount(document, trigger.FirstToken - 1))
                               && !StruckFromAfar(document, sentence) && !AircraftNamed(document, sentence);
            if (attackAimed) entry = entry with { UnnamedAgent = true };
            // ("الضربة الإسرائيلية التي استهدفت موقعا عسكريا": the nationality of a strike noun names its agent, as for a
            // strong one — see NationalAgents below — when a clause of striking hangs on it; a bare "الضربة الأمريكية" is
            // mostly talk of one)
            bool nationalAgent = entry is { Weak: true, IsBombardment: true } && roles.Actor1 is null
                                 && NationalAgents(document, sentence, trigger, air) is [.., var nation]
                                 && (StruckInARelativeClause(document, sentence, nation.LastToken + 1, sentenceTriggers)
                                     || StrikingVerbAround(sentence, trigger, nation.LastToken + 1, sentenceTriggers)
                                     // ("ضربة اسرائيلية جوية نفذتها طائرة بلا طيار": the nationality between the strike noun and
                                     // its word of the air is the strong "ضربة جوية إسرائيلية", told in the other order)
                                     || nation.FirstToken == trigger.LastToken + 1 && nation.LastToken + 1 < sentence.EndToken
                                        && StrikeAdjectives.IsAir(document.Tokens[nation.LastToken + 1]));
            // ("الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا في محيط دمشق": strikes a relative clause says an air
            // power carried out, somewhere the sentence names, are its strikes, as its nationality would make them)
            // (and "نفذت الولايات المتحدة ضربات في محيط دمشق": the verb first, its subject, then the strikes)
            if (entry is { Weak: true, IsBombardment: true } && roles.Actor1 is { Actor.IsState: true } relativeDoer && _airPowers.Contains(relativeDoer.Actor)
                && (CarriedOutBy(document, sentence, trigger, relativeDoer) || StruckByTheSubject(document, sentence, trigger, relativeDoer)))
            {
                nationalAgent = true;
                // (the partners "مع فرنسا وبريطانيا" joined to the doer struck beside it, not at it)
                if (roles.Actor2 is { } partner && partner.FirstToken > relativeDoer.LastToken && relativeDoer.LastToken + 1 < sentence.EndToken
                    && document.Tokens[relativeDoer.LastToken + 1].Norm == "مع" && partner.FirstToken - relativeDoer.LastToken <= 4)
                    roles = roles with { Actor2 = null };
            }
            var firedFromAbroad = entry.IsBombardment && !nationalAgent ? LauncherAbroad(context, sentence, trigger, entry, roles.Actor1?.Actor, sentenceTriggers) : null;
            // (a missile: shelling/missile attack, whatever strikes the article told before)
            if (firedFromAbroad is not null)
                (entry, roles) = (entry with { EventType = AcledTaxonomy.Explosions, SubEventType = AcledTaxonomy.Shelling, Weak = false },
                                  roles with { Actor1 = firedFromAbroad, Actor2 = roles.Actor1 ?? (roles.Actor2 is { Actor.Inter: 7 } ? roles.Actor2 : null) });
            // ("تمكنت قوات الجيش اليمني من تحرير مواقع جديدة": a liberation the subject managed is one done — by that subject,
            // "تمكنت القوات الشرعية من طرد مليشيات الحوثي": the side after the verbal noun is the one driven out)
            bool managed = false;
            if (entry.IsTerritory && ManagedTo(context, sentence, trigger) is { } manager)
            {
                managed = true;
                if (roles.Actor1?.Actor.PlainName != manager.Actor.PlainName)
                    roles = new Roles(manager, OtherSideAfter(roles, trigger, manager, context.Sides), context.AlliesJoinedTo(manager), TargetMarked: true);
            }
            // "قتل شخصان وأصيب 20 آخرون في انفجار قنبلة في سوق بمدينة الخالص": the people counted dead before a bomb's blast
            // are whom it hit, and the blast is one whoever set it — an unidentified armed group of the country, as ACLED codes it
            // (the blast of a bomb named right after it — "انفجار قنبلة", "تفجير عبوة ناسفة", "انفجار سيارة مفخخة" — not explosions
            // at a base, which may be a strike, nor bombs aircraft dropped)
            // (and a blast the sentence says targeted something, "قتل شرطي … في انفجار استهدف موكب مدير أمن الإسكندرية": the
            // forces counted dead before it are whom it hit too)
            // (the dead may already be read as hit: "قتل شخصان على الأقل … في انفجار قنبلة")
            // (and people who died in an explosion, "ثلاثة أشخاص قتلوا … في انفجار وقع عند مركز للشرطة": see DiedInABlast)
            bool blastKilled = entry is { SubEventType: "Remote explosive/landmine/IED", DefusesExplosives: false }
                               && (roles is { Actor1: { } blasted, Actor2: null } ? blasted : roles is { Actor1: null, Actor2: { } blastedHit } ? blastedHit : null) is { } victim
                               && killed && victim.FirstToken < trigger.FirstToken
                               && (victim.Actor.Inter == 7 && (BlastOfABomb(document, sentence, trigger) || TargetedBlast(document, sentence, trigger) || DiedInABlast(document, sentence, trigger))
                                   || victim.Actor.Inter is 1 or 8 && KilledByTheVerbBefore(document, sentence, victim) && TargetedBlast(document, sentence, trigger));
            if (blastKilled)
            {
                roles = roles with { Actor1 = null, Actor2 = roles.Actor1 ?? roles.Actor2, TargetMarked = true };
                entry = entry with { UnnamedAgent = true, Weak = false };
            }
            // ("ثلاثة أشخاص قتلوا … في انفجار وقع عند مركز للشرطة": forces at whose post the explosion people died in went off
            // were its target)
            else if (entry is { SubEventType: "Remote explosive/landmine/IED", DefusesExplosives: false, Weak: true, Pos: "noun" }
                     && roles is { Actor1: { Actor.Inter: 1 or 8 } post, Actor2: null } && post.FirstToken > trigger.LastToken
                     && DiedInABlast(document, sentence, trigger))
            {
                roles = roles with { Actor1 = null, Actor2 = post, TargetMarked = true };
                entry = entry with { UnnamedAgent = true, Weak = false };
            }
            // ("قتل خمسة أشخاص في تفجير في مدينة داماتورو": the people a bombing killed, named before it as its dead, with no
            // one named setting it off — an unidentified armed group's bombing, as ACLED codes it)
            else if (entry is { SubEventType: "Remote explosive/landmine/IED", DefusesExplosives: false, Weak: false } && roles is { Actor1: null, Actor2: { Actor.Inter: 7 } dead }
                     // (indefinite, a new act: "قتل 43 شخصا في التفجير الأول" retells one told before)
                     && killed && dead.LastToken < trigger.FirstToken && document.Tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true }
                     // ("قتل شخصان على الأقل … في انفجار قنبلة": or the blast of a bomb named right after it)
                     && (BareLemma(document.Tokens[trigger.FirstToken]) is "تفجير" or "تفجيرات" || BlastOfABomb(document, sentence, trigger)))
                entry = entry with { UnnamedAgent = true };
            // "وأدى الهجوم على عرض عسكري … إلى مقتل 25 شخصا بينهم 12 جنديا": the forces an attack left dead, told after it
            // (or among its dead), were whom it hit — a clash with them — and no one named carried it out: an unidentified
            // armed group's, as ACLED codes it. The side read as its agent between the attack and its toll is of those hit.
            // (not dead civilians alone: the agent read there is often the site hit, "الهجوم على قاعدة عسكرية أميركية",
            // and an attack with no agent would join the city's other attacks of those days)
            else if (entry is { SubEventType: AcledTaxonomy.ArmedClash or "Attack", Pos: "noun" or "phrase", UnnamedAgent: false } && killed
                     && BareLemma(document.Tokens[trigger.FirstToken]) is "هجوم" or "هجمات" or "هجوما"
                     && LeftDeadByTheAttack(context, sentence, trigger) is (_, { } forcesAmong)
                     && roles.Actor1 is { } readAsAgent && readAsAgent.FirstToken > trigger.LastToken && readAsAgent.LastToken <= forcesAmong.LastToken
                     && !CarriedOutBySomeone(document, sentence, trigger)
                     && !document.Actors.Exists(x => x.FirstToken >= sentence.FirstToken && x.LastToken < sentence.EndToken && x.Actor.Inter is 2 or 3 or 4))
            {
                roles = new Roles(null, forcesAmong, Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { EventType = AcledTaxonomy.Battles, SubEventType = AcledTaxonomy.ArmedClash, CivilianTarget = false, UnnamedAgent = true };
            }
            // "وقتل شرطي أردني في هجوم استهدف حافلة لقوات الدرك": forces counted dead right after the verb of killing, before
            // an attack no one is said to have carried out, were its target — an unidentified armed group's, as ACLED codes it.
            // ("استشهد شرطي مصري في هجوم إرهابي استهدف سيارة ترحيلات": so with the row of a terrorist attack on civilians, the
            // forces its dead)
            else if (entry is { Weak: true, SubEventType: AcledTaxonomy.ArmedClash or "Attack", Pos: "noun" or "phrase" } && killed
                     && BareLemma(document.Tokens[trigger.FirstToken]) is "هجوم" or "هجمات" or "هجوما"
                     && ForcesKilledBefore(document, sentence, trigger) is { } attackedForces && !CarriedOutBySomeone(document, sentence, trigger))
            {
                roles = new Roles(null, attackedForces, Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { EventType = AcledTaxonomy.Battles, SubEventType = AcledTaxonomy.ArmedClash, CivilianTarget = false, UnnamedAgent = true, Weak = false };
            }
            // ("قتل شرطي تركي وأصيب آخر … في هجوم نفذه ملثمون": or those its relative clause names carrying it out attacked them)
            else if (entry is { Weak: true, SubEventType: AcledTaxonomy.ArmedClash or "Attack", Pos: "noun" or "phrase" } && killed
                     && BareLemma(document.Tokens[trigger.FirstToken]) is "هجوم" or "هجمات" or "هجوما"
                     && DoerNamedAfterTheAttack(context, sentence, trigger) is { } attackDoer && ForcesKilledBefore(document, sentence, trigger) is { } forcesHit)
            {
                roles = new Roles(attackDoer, forcesHit, Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { EventType = AcledTaxonomy.Battles, SubEventType = AcledTaxonomy.ArmedClash, CivilianTarget = false, Weak = false };
            }
            // "قتل 13 شخصا على الأقل في هجوم على فندق في سيفاري": people killed in an attack no one is said to have carried out,
            // named as its dead before it, were attacked by an unidentified armed group of the country, as ACLED codes it
            // ("قتل 13 شخصا بينهم جنديان أمس في هجوم": soldiers among them, a clash with the forces)
            else if (entry is { SubEventType: "Attack" or AcledTaxonomy.ArmedClash, Pos: "noun" or "phrase", UnnamedAgent: false } && killed
                     && roles is { Actor1: null, Actor2: { Actor.Inter: 7 or 1 or 8 } slain } && slain.LastToken < trigger.FirstToken
                     && (slain.Actor.Inter == 7) == (entry.SubEventType == "Attack")
                     // (an attack of its own, "في هجوم", not one told before, "في الهجوم"; and the sentence names no armed group
                     // that may have done it: "في هجوم يرجح أن منفذيه ينتمون لجماعة بوكو حرام")
                     && BareLemma(document.Tokens[trigger.FirstToken]) is "هجوم" or "هجمات" or "هجوما" && document.Tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true }
                     && !CarriedOutBySomeone(document, sentence, trigger)
                     && !document.Actors.Exists(x => x.FirstToken >= sentence.FirstToken && x.LastToken < sentence.EndToken && x.Actor.Inter is 2 or 3 or 4)
                     // (the dead counted by the verb that opens the clause, or among them: "قتل 13 شخصا بينهم جنديان")
                     && (CountedDead(document, sentence, slain)
                         || document.Actors.Exists(x => x.LastToken < slain.FirstToken && x.LastToken >= slain.FirstToken - 4 && x.FirstToken >= sentence.FirstToken
                                                        && document.Tokens[x.LastToken + 1].Norm is "بينهم" or "منهم" && CountedDead(document, sentence, x))))
                entry = entry with { UnnamedAgent = true, Weak = false };
            // "قتل العميد … وعدد من مرافقيه بتفجير غامض استهدف موكب عمه": a bombing the sentence's dead died by, with no one
            // named setting it off nor any side a list knows among the dead, is an attack whoever set it — an unidentified
            // armed group of the country, as ACLED codes an unclaimed bombing (not "قتل في التفجيرات": the blasts told before)
            else if (entry is { SubEventType: "Remote explosive/landmine/IED", Weak: false, Pos: "noun", DefusesExplosives: false, UnnamedAgent: false }
                     && killed && roles is { Actor1: null or { Actor.Inter: 7 }, Actor2: null or { Actor.Inter: 7 } } && DiedBy(document, sentence, trigger)
                     && document.Tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true })
                // (the civilians it killed, told after it, "تفجير … أدى إلى مقتل 3 أشخاص", are whom it hit, not its agent)
                (entry, roles) = (entry with { UnnamedAgent = true }, roles with { Actor1 = null, Actor2 = roles.Actor2 ?? roles.Actor1 });
            // ("ففي العراق نفذ 21 ضربة أصابت مناطق قرب الموصل … مستهدفا وحدات من مقاتلي الدولة الإسلامية": the side named after
            // a counted share of the strikes just told is the one they hit, not their striker)
            if (roles is { Actor1: { } namedAfter, Actor2: null } && namedAfter.FirstToken > trigger.LastToken
                && strikes.Told is { Agent: { } toldStriker } toldShare && (entry.IsStrike || entry.SubEventType == toldShare.SubEventType)
                && !SameForce(namedAfter.Actor, toldStriker.Actor) && ToldStrike.CountedPart(document, trigger))
                roles = roles with { Actor1 = null, Actor2 = namedAfter, TargetMarked = true };
            // "وجرت الضربات الأخرى قرب كركوك والفلوجة وتلعفر": the other strikes of a report of strikes, where they fell — its
            // striker the article's (FillOpponent)
            otherStrikes = entry is { Weak: true, IsStrike: true } && trigger.FirstToken == trigger.LastToken && trigger.LastToken + 1 < sentence.EndToken
                                && document.Tokens[trigger.LastToken + 1].Norm is "الاخري" or "اخري" && roles.Actor1 is null
                                && context.PlacesFor(sentence, trigger).Any(p => p.FirstToken > trigger.LastToken)
                                // ("أن الغارات الجوية التي جرت في سوريا تركزت حول الحسكة وحلب": or the strikes just told, retold at places of
                                // their own, neither side named)
                                // (a counted share of them may name whom it hit: "ثماني ضربات استهدفت الجماعة قرب الحسكة")
                                || entry.IsStrike && roles.Actor1 is null && (roles.Actor2 is null || ToldStrike.CountedPart(document, trigger))
                                   && strikes.Told is { } toldBefore && toldBefore.Retold(document, trigger, entry) && NamesItsOwnPlace(context, sentence, anchor, trigger);
            // ("نفذ التحالف 19 غارة جوية … . واستهدفت الهجمات أيضا وحدات تكتيكية قرب حلب والرقة": the attacks, with the article,
            // the subject of a verb of striking right after air strikes were told, are those strikes, at places of their own)
            if (!otherStrikes && entry.EventType == AcledTaxonomy.Battles && trigger.FirstToken > sentence.FirstToken
                && document.Tokens[trigger.FirstToken - 1].NormWithoutWa is "استهدفت" or "طالت" or "ضربت" or "شملت" or "تركزت"
                && strikes.Told is { SubEventType: AcledTaxonomy.AirStrike } toldAir && trigger.FirstToken == trigger.LastToken
                && (roles.Actor1 is null || toldAir.Agent is { } striker && !SameForce(roles.Actor1.Actor, striker.Actor))
                && document.Tokens[trigger.FirstToken].Form.Analysis is { HasArticle: true }
                && document.Tokens[trigger.FirstToken].LemmaWithoutArticle is "هجمات" or "ضربات"
                // (not attacks a relative clause gives an agent of their own: "جراء الهجمات التي تنفذها الميليشيات")
                && !(trigger.LastToken + 1 < sentence.EndToken && ExtractionContext.IsRelativePronoun(document.Tokens[trigger.LastToken + 1].Norm))
                && NamesItsOwnPlace(context, sentence, anchor, trigger))
            {
                // (the side the sentence names is the one the strikes hit: "أهداف لداعش")
                entry = entry with { EventType = AcledTaxonomy.Explosions, SubEventType = AcledTaxonomy.AirStrike };
                if ((roles.Actor2 ?? roles.Actor1) is { } hit) roles = roles with { Actor1 = null, Actor2 = hit, TargetMarked = true };
                otherStrikes = true;
            }
            // ("وفي ضربة أخرى يوم الأول من أكتوبر قرب كيسمايو" after the American air strike told: another of its kind)
            if (otherStrikes)
            {
                entry = entry with { Weak = false };
                if (strikes.Told is { } toldKind && toldKind.SubEventType == AcledTaxonomy.AirStrike) air = true;
            }
            // (the phrase row of burning people: read by two branches of the chain below)
            bool peopleBurned = entry is { Weak: true, SubEventType: "Attack", Pos: "phrase" }
                                && BurningWords.Contains(DefiniteArticle.Off(BareLemma(document.Tokens[trigger.FirstToken])));
            // "مقتل 52 عنصرا من داعش بعمليات عسكرية نفذت أمس في مناطق حصيبة": military operations run by no one named, whose
            // dead are an armed group's men, are the state's: the military of the country where they were run.
            if (entry is { Weak: true, SubEventType: AcledTaxonomy.ArmedClash } && killed
                && roles is { Actor1: null, Actor2.Actor: { Inter: 2 or 3 or 4, IsUnidentified: false, IsGeneric: false } }
                && StateOperationWords(document, trigger)
                // (not where a state is named running it: "حيث تشن أنقرة عملية عسكرية ضد المقاتلين الأكراد")
                && !document.Actors.Exists(x => x.FirstToken >= sentence.FirstToken && x.LastToken < sentence.EndToken && (x.Actor.IsState || x.Rule == "country")))
                entry = entry with { Weak = false, StateAgent = true };
            // "14 من عناصر التنظيم الإرهابي لقوا مصرعهم … خلال عملية أمنية نفذتها قوة عراقية": an operation a state's force is
            // said to have run, the dead an armed group's men, is that force's fight with them
            else if (entry is { Weak: true, SubEventType: AcledTaxonomy.ArmedClash } && killed && StateOperationWords(document, trigger)
                     && RunBy(document, sentence, trigger) is { Actor.IsState: true } runner
                     && new[] { roles.Actor2, roles.Actor1 }.FirstOrDefault(x => x is { Actor.Inter: 2 or 3, Actor.IsUnidentified: false } && x.LastToken < trigger.FirstToken
                                                                              && !context.Sides.Allied(x.Actor, runner.Actor)) is { } fallenMen)
                (entry, roles) = (entry with { Weak = false }, roles with { Actor1 = runner, Actor2 = fallenMen, TargetMarked = true });
            // ("العملية الإرهابية التي نفذتها «داعش» في تجمع للأكراد ببلدة سروج، راح ضحيتها عشرات القتلى": a terrorist act an
            // armed group is said to have carried out, with its dead, is that group's attack
            else if (entry is { Weak: true, SubEventType: "Attack" } && killed && roles.Actor2 is null
                     && RunBy(document, sentence, trigger) is { Actor: { Inter: 2 or 3, IsUnidentified: false } } carriedOutBy)
                (entry, roles) = (entry with { Weak = false }, roles with { Actor1 = carriedOutBy });
            // ("جرائم المستوطنين المتمثلة في حرق طفلة رضيعة", "أقدم عليها المستوطنون … بإحراق عائلة الدوابشة"): people burned,
            // a named armed or identity group or settlers the ones who did it, is their attack on civilians (not a crime at
            // home: "حاولت حرق طفلها", whose agent is no side)
            // (the group named before the act, "التي أقدم عليها المستوطنون", may read as the side hit: it did it)
            else if (peopleBurned
                     && (roles.Actor1 ?? (roles.Actor2?.LastToken < trigger.FirstToken ? roles.Actor2 : null)) is { Actor: { Inter: 2 or 3 or 4 or 5, IsUnidentified: false, IsGeneric: false } } burner)
                (entry, roles) = (entry with { Weak = false },
                                  roles.Actor2 is { Actor.Inter: 7 } burned && burned != burner
                                      ? new Roles(burner, burned, Array.Empty<ActorMention>(), TargetMarked: true)
                                      : new Roles(burner, null, Array.Empty<ActorMention>(), TargetMarked: false));
            // ("أحرق مستوطنون الطفل الفلسطيني في منزله", "أحرق بها المستوطنون الجسد الغض للرضيع"): the verb of setting fire, an
            // armed or identity group or settlers its subject right after it and people its object — their attack on them, no riot
            else if (entry is { Weak: true, EventType: AcledTaxonomy.Riots } && trigger.FirstToken == trigger.LastToken
                     && SettingAlight.Contains(BareLemma(document.Tokens[trigger.FirstToken]))
                     && roles is { Actor1: { Actor: { Inter: 2 or 3 or 4 or 5, IsUnidentified: false, IsGeneric: false } } setter, Actor2: { Actor.Inter: 7 } burnedPeople }
                     && setter.FirstToken > trigger.LastToken && setter.FirstToken <= trigger.LastToken + 2
                     && burnedPeople.FirstToken > setter.LastToken && WordsBetween(document, setter.LastToken, burnedPeople.FirstToken, 3))
                (entry, roles) = (entry with { EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Attack", CivilianTarget = true, Weak = false },
                                  new Roles(setter, burnedPeople, Array.Empty<ActorMention>(), TargetMarked: true));
            // (with no such group, people burned tell no event: a crime, or a state's forces named elsewhere in the sentence)
            else if (peopleBurned)
                return false;
            // ("أدانت الرابطة العمل الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ، ونتج عنه استشهاد عدد من منسوبي القوات"): a
            // terrorist act on a mosque, market or other gathering place, with its dead, no side named carrying it out (RunBy
            // above; "نفذته أيدي أرباب الفكر الضال" names none) — a bombing, as the coders code such retellings, an
            // unidentified armed group's
            // (the forces whose mosque it was, named after the act, were whom it hit — a terrorist act is no state's: with them
            // named, the dead need not be told)
            // (a force named before "جراء"/"إثر" and the act is one that came after it, visiting or tending its victims:
            // "نقل مدير الأمن العام تحيات الأمير إلى المصابين …، جراء الاعتداء الغاشم الذي وقع … في مسجد قوات الطوارئ")
            else if (entry is { Weak: true, SubEventType: "Attack" } && roles.Actor1 is null or { Actor.IsState: true }
                     && (!(roles.Actor1?.FirstToken < trigger.FirstToken) || trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "جراء" or "اثر" or "بسبب" or "نتيجه")
                     // (or "criminal", as the press calls the same act: "الحادث الإجرامي الذي استهدف رجال الأمن … في مسجد")
                     // (or its wounded: "اطمأن على صحة مصابي الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ")
                     // (or told done there in a clause of its own: "استنكر اللواء الفعل الإجرامي الذي وقع في مسجد طوارئ عسير")
                     && (killed || roles.Actor1?.FirstToken >= trigger.FirstToken || roles.Actor2 is { Actor.IsState: true } || document.Cues.Find(CueClass.Injured, sentence.FirstToken, sentence.EndToken) is not null
                         || ExtractionContext.TellsItDone(document.Tokens, sentence.EndToken, trigger))
                     // (or by the words that condemn it: "الاعتداء الآثم الذي وقع في مسجد قوات الطوارئ")
                     && NamedAsTerror(document.Tokens[trigger.LastToken].Norm)
                     && (SiteStruck(document, sentence, trigger) || AtPrayer(document, sentence, trigger)))
            {
                if (roles.Actor1 is { } forces) roles = forces.FirstToken < trigger.FirstToken ? roles with { Actor1 = null } : new Roles(null, forces, Array.Empty<ActorMention>(), TargetMarked: true);
                entry = entry with { EventType = AcledTaxonomy.Explosions, SubEventType = "Remote explosive/landmine/IED", CivilianTarget = false, UnnamedAgent = true, Weak = false };
            }
            if (entry.Weak && !managed && !homesDestroyed && firedFromAbroad is null && !officesBurned && !AircraftStruck(document, trigger, entry) && !leftUnderDeal && !agreedToTruce && !explosionsShook && !attackAimed && !stoppedOver && !civiliansKilled && !eliminatedByTheForce && !(townHit && entry.IsStrike) && !(townAttacked && entry.EventType == AcledTaxonomy.Battles) && (roles.Actor1 is null && !nationalAgent && !crowdOut || !(roles.Actor2 is not null && (roles.TargetMarked || objectOfVerb) || nationalAgent || antecedentHit || announced || defused || droveOut || imposed || crowdOut || flownAt || crowdRiots))) return false;
            // ("ضربات دقيقة أدت إلى إحراق وإعطاب معدات الانقلابيين": an armed side that sets fire to things is no rioter —
            // a weak word of rioting needs a crowd to be a riot)
            // (a state's forces are the other side of a riot, named first or not: "أحرق الجيش … والمتظاهرون")
            if (entry is { Weak: true, EventType: AcledTaxonomy.Riots } && roles.Actor1 is { Actor.Inter: 2 or 3 or 4 } && roles.Actor2 is not { Actor.Inter: 5 or 6 }) return false;
            // Civilians are no side of a battle: "جبهة الحديدة … دون خسائر في صفوف المدنيين" tells of no clash.
            if (entry.Weak && entry.EventType == AcledTaxonomy.Battles && roles.Actor2 is { Actor.Inter: 7 }) return false;
            return true;
        }

        // Civilians are no side of a battle: the armed side they stood between is found in the article (FillOpponent).
        if (entry.SubEventType == AcledTaxonomy.ArmedClash && roles.Actor2 is { Actor.Inter: 7 })
            roles = roles with { Actor2 = null, TargetMarked = false };
        // "احتجاجات الأردن", "ويشهد الأردن احتجاجات": the country a protest happens in is where, not a force facing it.
        if (entry.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots && roles.Actor2 is { Rule: "country" })
            roles = roles with { Actor2 = null, TargetMarked = false };
        if (entry.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots && roles.Actor1 is { Rule: "country" })
            roles = roles with { Actor1 = null };

        // "بعد ليلة تبادل القصف الإسرائيلي الإيراني": an exchange of fire whose two nations follow it was between them.
        if (entry.EventType == AcledTaxonomy.Battles && ExchangeBetweenNations(document, sentence, trigger, air) is { } exchange)
            roles = new Roles(exchange.First, exchange.Second, Array.Empty<ActorMention>(), TargetMarked: true);
        // "غارات روسية وسورية", "قصف تركي", "غارات يعتقد أنها روسية": the strike's nationality names its agent, one
        // event per nation. (After a ship attacked, "ناقلة نفط سعودية", the nation owns the ship.)
        var agents = entry.EventType == AcledTaxonomy.Explosions && !entry.HitsAShip ? NationalAgents(document, sentence, trigger, air) : null;
        if (entry.EventType == AcledTaxonomy.Explosions)
        {
            var clause = context.Clause(sentence, anchor);
            // ("ضرباتها الجوية وقصف المدفعية": a weapon word after the strike noun is its means; the artillery is the
            // named agent's)
            // (unless its owner is named: "مدفعية التحالف")
            var means = roles.Actor1 is { Rule: "generic" } weapon && WeaponWords.Contains(BareLemma(document.Tokens[weapon.FirstToken])) ? weapon : null;
            var weaponOwner = means is null ? null
                : context.ActorsAround(means.LastToken + 1).FirstOrDefault(a => a.FirstToken == means.LastToken + 1 && a.Rule != "anaphora");
            if (means is not null && weaponOwner is null && strikes.Agent is { Rule: not "generic" } && strikes.Clause == clause)
                roles = roles with { Actor1 = strikes.Agent };
            // ("وقصفت مدفعية المقاومة الوطنية تحركات الميليشيات": the weapon's owner, named right after it, fired it)
            else if (weaponOwner is not null && weaponOwner != roles.Actor2 && !weaponOwner.Actor.IsGeneric)
                roles = roles with { Actor1 = weaponOwner };
            else if (agents is { Count: > 0 } || roles.Actor1 is not null) (strikes.Agent, strikes.Clause) = (agents is { Count: > 0 } ? agents[0] : roles.Actor1, clause);
            // (not an answered one: "شنت الولايات المتحدة غارات ردا على هجوم كيماوي" is not the strikers' attack)
            else if (strikes.Agent is not null && strikes.Clause == clause && answer < 0) roles = roles with { Actor1 = strikes.Agent };
        }

        // "تصدت القوات لهجوم الحوثيين", "أفشلت القوات هجوما لهم": the subject held off the attack; ACLED's actor 1 is
        // the side that attacked — the clause's other side or, when it names none, the defender's usual opponent.
        // (An agent after the phrase is the attacker already: "يصد هجوما لداعش", "هجوم … من تدبير التنظيم".)
        // (air defences that repel an attack stop its missiles — "الدفاعات الجوية تصدت لهجوم صاروخي": ACLED's disrupted
        // weapons use, the defence as actor 1)
        if (entry.Defender && roles.Actor1 is { } defender && defender.LastToken < trigger.FirstToken)
        {
            if (IsAirDefence(defender))
                entry = entry with { EventType = AcledTaxonomy.StrategicDevelopments, SubEventType = "Disrupted weapons use", Defender = false, Weak = false };
            else
                roles = new Roles(roles.Actor2, defender, Array.Empty<ActorMention>(), TargetMarked: true);
        }

        // "قتل عدد من القادة الميدانيين لميليشيات الحوثي في مواجهات مع قوات المقاومة", "12 عنصرا من ميليشيات الحوثي قتلوا
        // … في المواجهات مع المقاومة": the side whose dead are counted before the clash fell to the side it fought "مع" —
        // the side the report is about, ACLED's actor 1.
        if (entry.SubEventType == AcledTaxonomy.ArmedClash && !entry.Defender
            && (roles.Actor2 ?? roles.Actor1) is { } foughtWith && foughtWith.FirstToken > trigger.LastToken && document.Tokens[foughtWith.FirstToken - 1].Norm == "مع"
            && document.Cues.Find(CueClass.Killed, sentence.FirstToken, trigger.FirstToken) is { } death
            && (roles.Actor1 is { } before && before.LastToken < trigger.FirstToken ? before : FallenBefore(context, death.First, trigger.FirstToken, foughtWith)) is { } fallen
            && fallen.FirstToken >= death.First - 4)
            roles = roles with { Actor1 = foughtWith, Actor2 = fallen, TargetMarked = true };

        // "قتل مستوطن في هجوم بسكين شنه شاب فلسطيني": the people named before a stabbing or ramming are its victims, a
        // young man after it its attacker — an unidentified armed group of his country (FromRoles), as ACLED codes them.
        // (a state's forces named with one are its victims or the ones who shot the attacker, not its authors)
        if (entry.UnnamedAgent && roles.Actor1 is { Actor.Inter: 5 or 6 or 7 } or { Actor.IsState: true } && roles.Actor1 is { } named)
            roles = named.LastToken < trigger.FirstToken || named.Actor.IsState
                ? roles with { Actor1 = null, Actor2 = roles.Actor2 ?? named, TargetMarked = true }
                : roles with { Actor1 = null };

        // "شنت طائرات حربية روسية هجوما", "أربع طائرات من طراز تورنادو شنت الهجوم": an attack flown is an air strike.
        if (entry.SubEventType == AcledTaxonomy.ArmedClash && AttackFlown(document, sentence, trigger))
            entry = entry with { EventType = AcledTaxonomy.Explosions, SubEventType = AcledTaxonomy.AirStrike };

        // "استخدام النظام الأسلحة الكيماوية في هجوم على مدينة دوما": an attack with chemical weapons is a chemical attack.
        // ("الهجوم الذي يشتبه أن النظام السوري شنه بأسلحة كيماوية": the weapon of the relative clause that describes it)
        int chemicalReach = trigger.LastToken + 1 < sentence.EndToken && document.Tokens[trigger.LastToken + 1].Norm is "الذي" or "التي" ? 10 : 6;
        if (entry.SubEventType is "Attack" or AcledTaxonomy.ArmedClash or AcledTaxonomy.AirStrike || entry.IsStrike)
            foreach (var other in sentenceTriggers)
                if (other != trigger && Math.Abs(other.LastToken - trigger.FirstToken) <= chemicalReach
                    && other.Entries.FirstOrDefault(e => e.SubEventType == "Chemical weapon") is { } chemical
                    // (not the chemical sites or programme struck: "الغارات … ضد أهداف بالبرنامج الكيماوي السوري")
                    && !(other.FirstToken > sentence.FirstToken && ChemicalTargetWords.Contains(document.Tokens[other.FirstToken - 1].LemmaWithoutArticle))
                    && !ChemicalTargetWords.Contains(document.Tokens[other.FirstToken].LemmaWithoutArticle)
                    // (nor the tear gas of an attack with batons and gas canisters: "اعتداء قوات الاحتلال عليهم بالهراوات وقنابل الغاز")
                    && !context.TearGas(sentence, other))
                {
                    entry = chemical;
                    break;
                }

        // (only where the retelling names places of its own: "وقتل ثمانية مدنيين في الغارات" gives the told strike its
        // toll, see LaterTolls)
        if (roles.Actor1 is null && agents is not { Count: > 0 } && entry.EventType == AcledTaxonomy.Explosions && strikes.Told?.Agent is { } told
            && (strikes.Told.Retold(document, trigger, entry) || ToldStrike.GoesOn(document, sentence)) && answer < 0 && NamesItsOwnPlace(context, sentence, anchor, trigger))
            roles = roles with { Actor1 = told };

        // ("أفادت مصادر بمقتل 14 من ميليشيات الحوثي في مواجهات مع المقاومة … . وأكدت المصادر أن المواجهات تركزت في شمال
        // حيس والهاملي": the definite clash that fell on places of its own is the one just told, its sides that one's)
        if (roles.Actor1 is null && agents is not { Count: > 0 } && entry.SubEventType == AcledTaxonomy.ArmedClash && strikes.Clash is { Agent: { } fought, Opponent: { } foe }
            && ToldClash.Retold(document, trigger) && answer < 0 && NamesItsOwnPlace(context, sentence, anchor, trigger))
            roles = roles with
            {
                Actor1 = fought,
                // (a side named in the sentence is the foe only when it is not the agent's: "سقط خلالها جرحى في صفوف المتمردين")
                Actor2 = roles.Actor2 is { } side && !SameForce(side.Actor, fought.Actor) && !context.Sides.Allied(side.Actor, fought.Actor) ? side : foe,
                TargetMarked = true,
            };

        // Civilians strike no one: "الغارات الجوية على دوما قتلت حوالي 40 شخصا", "وأسفر القصف عن مقتل 18 مدنيا" — the
        // people a strike's clause counts among its dead are whom it hit (not those it drove away: "دفع القصف المدنيين إلى الفرار").
        // (a definite strike with no place or day of its own is the one told before, whose toll LaterTolls gives it:
        // "وقتل ثمانية مدنيين في الغارات")
        if ((entry.IsStrike || entry.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling or "Chemical weapon") && roles.Actor1 is { Actor.Inter: 7 } people
            && agents is not { Count: > 0 } && roles.Actor2 is null && killed
            && (!ToldStrike.Definite(document, trigger) || NamesItsOwnPlace(context, sentence, anchor, trigger) || context.SentenceHasDate(sentence)))
            roles = roles with { Actor1 = null, Actor2 = people, TargetMarked = true };
        // "وقتل سبعة أشخاص وأصيب 25 في تفجير شرقي بعقوبة", "أن سبعة أشخاص قتلوا في تفجير": people counted dead before
        // a bombing they died by, no one named setting it off, were whom it hit — an unidentified armed group's, as ACLED
        // codes an unclaimed bombing (not the blasts told before, "في التفجيرات")
        if (entry is { SubEventType: "Remote explosive/landmine/IED", Weak: false, Pos: "noun", DefusesExplosives: false, UnnamedAgent: false }
            && killed && roles is { Actor1: { Actor.Inter: 7 or 1 } blastDead, Actor2: null } && blastDead.LastToken < trigger.FirstToken
            && agents is not { Count: > 0 } && DiedBy(document, sentence, trigger)
            && document.Tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true })
        {
            roles = roles with { Actor1 = null, Actor2 = blastDead, TargetMarked = true };
            entry = entry with { UnnamedAgent = true };
        }

        // ("كانت ثلاث قذائف مورتر قد سقطت داخل المنطقة الخضراء", "سقوط قذيفة على حي"): shells that fell where no one
        // is named firing them are an attack whoever fired them — an unidentified armed group of the country.
        // (a side they hit named, "سقطت على مواقع للقوات الحكومية", finds its usual foe as their firer instead: FillOpponent)
        // ("سقطت قذيفة صاروخية … على سوق شعبية": or a phrase that opens with their falling)
        if (roles.Actor1 is null && agents is not { Count: > 0 } && !roles.TargetMarked && !entry.UnnamedAgent
            && (entry is { SubEventType: AcledTaxonomy.Shelling, Pos: "noun" } && ShellsFell(document, sentence, trigger)
                || entry is { IsStrike: true, Pos: "phrase" } && !air && FallingWords.Contains(document.Tokens[trigger.FirstToken].Lemma)
                   // (not beside an interception, whose missile's pieces fell: "اعترضت صاروخا باليستيا … وسقط صاروخ")
                   && !sentenceTriggers.Exists(o => o.Entries.Any(e => e.SubEventType == "Disrupted weapons use"))))
            entry = entry with { UnnamedAgent = true };

        if (roles.Actor1 is null && agents is not { Count: > 0 } && !roles.TargetMarked && !entry.UnnamedAgent && BombingOfASite(document, sentence, trigger, entry))
            entry = entry with { UnnamedAgent = true };

        // With no agent, only a target the clause marks as hit ("مواقع الحوثيين") makes an event: its attacker is
        // then found in the article (FillOpponent). An actor merely named after the trigger is no target.
        // (a chemical attack told with its place after it, or by a place that underwent it, is one whoever did it — see
        // FillOpponent: "بعد هجوم كيماوي مفترض على دوما", "تعرضت مدينة دوما لما قيل إنه هجوم بغاز سام"; but not chemical
        // weapons, their use or agents named alone, "أدان استخدام الأسلحة الكيماوية")
        if (roles.Actor1 is null && agents is not { Count: > 0 } && !roles.TargetMarked && !entry.UnnamedAgent && entry.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions
            && !ChemicalAttackAtAPlace(context, sentence, anchor, trigger, entry) && !StrikeOnAPlace(context, trigger, entry)
            && !AircraftStruck(document, trigger, entry) && !otherStrikes && !DiedInUntoldSidesFighting(context, sentence, trigger, entry, killed))
            return NoEvents;

        // "اعترضت الدفاعات الجوية السعودية، مساء الأحد، صاروخا باليستيا": a missile whose interceptor is the clause's
        // subject was stopped by it, not fired by it — ACLED's disrupted weapons use, the interceptor as actor 1.
        if (entry.EventType == AcledTaxonomy.Explosions && agents is not { Count: > 0 } && context.InterceptionOf(sentence, trigger, roles.Actor1) is { } stopped)
            entry = stopped;

        // "قصف إسرائيلي على غزة", "قصفت القوات الأمريكية مواقع للتنظيم": a force that strikes from the air does so
        // unless the sentence names a ground weapon.
        if (entry.IsStrike && !air && _airPowers.Contains(agents is { Count: > 0 } ? agents[0].Actor : roles.Actor1?.Actor)
            && !NamesGroundWeapon(document, sentence))
            air = true;
        string subType = entry.SubEventType;
        if (entry.IsStrike) subType = air ? AcledTaxonomy.AirStrike : AcledTaxonomy.Shelling;
        // "مصرعهم في عملية أمنية نفذتها قوات عراقية مشتركة استهدفت تجمعات التنظيم": an operation of ground forces that
        // targeted a side, no weapon of the air or the artillery named, was a fight — ACLED's armed clash
        if (entry is { IsStrike: true, Pos: "verb" } && !air && roles.Actor2 is { Actor.Inter: 1 or 2 or 3 or 4 or 8 }
            && OperationTargeted(document, sentence, trigger) && !NamesGroundWeapon(document, sentence))
            (entry, subType) = (entry with { EventType = AcledTaxonomy.Battles }, AcledTaxonomy.ArmedClash);
        // "استهدفت الزوارق الحربية الإسرائيلية مراكب الصيد … بنيران أسلحتها الرشاشة": people targeted with gunfire were shot
        // at, not struck from the air or shelled — ACLED's attack on civilians
        if (entry.IsStrike && roles.Actor2 is { Actor.Inter: 7 } && ShotAt(document, sentence, trigger) && !NamesGroundWeapon(document, sentence))
            (entry, subType) = (entry with { EventType = AcledTaxonomy.ViolenceAgainstCivilians }, "Attack");
        // ("أن سقوط قاعدة العند في أيدي المقاومين دليل على تردي أوضاع الحوثيين": a place's fall names its taker only by
        // the hands it fell into — a side merely named before or after it held it, or is talked of)
        if (entry.IsTerritory && BareLemma(document.Tokens[trigger.FirstToken]) is "سقوط" or "سقطت" or "سقط"
            && roles.Actor1 is { } faller && !context.AgentMarked(faller, sentence, trigger))
            return NoEvents;
        if (entry.IsTerritory)
        {
            // ("(السهم الذهبي) حرر قاعدة العند من الحوثيين": with no taker named, ground taken "from" a named side was
            // taken by that side's foe in the article — FillOpponent — else it is no event; told by a verb, not by a
            // noun, "بعد استعادة إدلب من المعارضة", which speaks of a goal or a past as often as of the act)
            if (roles.Actor1 is null && !(roles.Actor2 is { } loser && TakenFrom(document, trigger, loser) && !context.ReadAsNoun(sentence, trigger))) return NoEvents;
            // (provisional: TerritoryByAgent decides again once the agent is coded for the event's place)
            subType = roles.Actor1?.Actor.IsState ?? true ? AcledTaxonomy.GovernmentRegains : AcledTaxonomy.NonStateOvertakes;
        }

        // (the one civilian killed is the victim only of a row that asks for one)
        bool civilianVictim = oneCivilian && entry.CivilianTarget;
        var date = context.DateFor(sentence, trigger, out var dateSpan, answer);
        if (date is null) return NoEvents;
        // ("أحد الرهائن الذين خطفهم … الشهر الماضي": the month dates the taking, told after the hostage; the killing is the
        // news, of the report's day)
        if (hostageKilled && date.Value.Precision != DatePrecision.Day && document.Published is { } published)
            (date, dateSpan) = (context.ReportDay(published), null);
        // (a counted share of the strikes just told, with no day of its own, fell on theirs)
        if (otherStrikes && dateSpan is null && strikes.Told?.Date is { } toldDay && ToldStrike.CountedPart(document, trigger))
            date = toldDay;
        // A head of state, minister, prince or envoy speaking of attacks with no date of their own is making a case,
        // not reporting one ("قال ولي العهد …", "وأضاف الوزير أن الميليشيات تزرع الألغام"): read by hand on unseen
        // articles, about 17 of 20 such events were no events.
        // (not protests, which are no case made: "وتشهد مناطق عدة في المملكة احتجاجات واسعة" after the king's words)
        if (dateSpan is null && trigger.Entries.All(e => e.Pos != "verb" && e.EventType != AcledTaxonomy.Protests) && PoliticianSpeaks(document, sentence)) return NoEvents;
        // "الذي أمر في أبريل 2017 بهجوم صاروخي … بعدما شنت منه طائرات سورية هجوما كيماويا على خان شيخون": an act its
        // sentence does not date, told after a date well before the report, belongs to that past (not "منذ أبريل 2017";
        // nor an old date told after it, of someone named: "اعتقل … الذي برز خلال ثورة 25 يناير 2011").
        if (dateSpan is null && document.Published is { } reported && context.OldDateBefore(sentence, trigger.FirstToken, reported)) return NoEvents;
        // "وكشف الخبير العسكري في معهد بروكينغز أن توسيع أنقرة لعملياتها سيمنح …": an expert or analyst comments; what he
        // tells with no day of its own is an argument, not a report.
        if (dateSpan is null && AnalystSpeaks(document, sentence)) return NoEvents;
        // "واستعادت القوات الحكومية السورية مؤخرا … مناطق كبيرة", "وألقت السلطات القبض مؤخرا على نشطاء": an act its
        // sentence says happened "lately", with no day, is background the report recalls — not the report's day's news
        if (dateSpan is null && ToldAsLately(document, sentence, trigger)) return NoEvents;
        // ('"نحن ملتزمون بذلك"، في إشارة إلى الهدنة', "في إشارة إلى اختفاء خاشقجي"): what the writer glosses a speaker's words
        // as pointing to, with no day of its own, is an act told of, not reported
        if (dateSpan is null && PointedToBy(document, sentence, trigger)) return NoEvents;
        // "اتهمت منظمة العفو الجيش المصري باستخدام قنابل عنقودية في سيناء": an act charged with no day of its own is a
        // charge, not a report of an event.
        if (dateSpan is null && Accuses(document, sentence, trigger)) return NoEvents;
        // (nor what it counts over a month: "وأوضح التقرير اعتقال النظام السوري 476 شخصا خلال نيسان 2018")
        if ((dateSpan is null || date.Value.Precision != DatePrecision.Day) && ReportOrStudySays(document, sentence)) return NoEvents;
        // (an arrest kills no one: the dead its sentence counts are another act's, "بعد تفجير راح ضحيته 53 شخصا، ألقت
        // الاستخبارات القبض على أحد المتهمين")
        var (fatalities, fatalitySpan, estimated) = entry.SubEventType == "Arrests" ? (null, null, false) : context.CountFor(CueClass.Killed, sentence, trigger);
        // "وقتل عشرة آلاف شخص على الأقل في القتال في اليمن": thousands of dead no day dates are a war's toll, not an event.
        if (fatalities >= TallyFloor && !estimated && date.Value.Precision != DatePrecision.Day) return NoEvents;
        // ("أكثر من 1401 بينهم 276 طفلاً … عدد القتلى المدنيين ممن قضوا جميعاً خلال تصعيد عمليات القصف": thousands the
        // sentence counts as people — "among them" — are the same tally, though no dead cue stands next to them)
        if (date.Value.Precision != DatePrecision.Day && entry.EventType != AcledTaxonomy.Protests && ThousandsOfPeople(document, sentence)) return NoEvents;
        // "وقد اعتقل أكثر من 50 ألف شخص … في أعقاب محاولة الانقلاب": so are thousands arrested
        if (entry.SubEventType == "Arrests" && date.Value.Precision != DatePrecision.Day
            && document.Numbers.Exists(n => n.FirstToken > trigger.LastToken && n.FirstToken <= trigger.LastToken + 4 && n.Value >= TallyFloor))
            return NoEvents;
        // "سارت تظاهرة صباحا لكن قوات الأمن عملت على تفريقها": a protest its sentence tells dispersed, with no one killed
        // (dead make it excessive force, below), met intervention.
        if (entry.SubEventType == "Peaceful protest" && fatalities is null or 0
            && sentenceTriggers.Exists(o => o.FirstToken > trigger.LastToken && o.Entries.Any(x => x.SubEventType == "Protest with intervention")))
        {
            entry = entry with { SubEventType = "Protest with intervention" };
            subType = entry.SubEventType;
        }
        // "تظاهر المئات في مدينة الأهواز احتجاجا على نقص المياه، ووقعت مصادمات مع الشرطة": a protest whose sentence tells of
        // clashes with a state force after it, none killed, was a violent demonstration against that force.
        if (entry.SubEventType is "Peaceful protest" or "Protest with intervention" && fatalities is null or 0
            && ClashedWithAForce(context, sentence, trigger, sentenceTriggers) is { } force)
        {
            entry = entry with { EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration" };
            subType = entry.SubEventType;
            roles = roles with { Actor2 = force, TargetMarked = true };
        }
        var (injured, _, _) = context.CountFor(CueClass.Injured, sentence, trigger);
        bool partial = entry.IsTerritory && document.Cues.Find(CueClass.PartialControl, trigger.LastToken + 1,
            Math.Min(sentence.EndToken, trigger.LastToken + 5)) is not null;
        // "وسيطر الجيش على حي جوبر … إثر انتهاء عملية إجلاء مقاتلي فيلق الرحمن", "بموجب اتفاق": ground taken once the
        // other side left under a deal is a non-violent transfer (ACLED), not a battle won.
        if (entry.IsTerritory && context.TakenWithoutFight(sentence, trigger))
            (entry, subType) = (entry with { EventType = AcledTaxonomy.StrategicDevelopments }, "Non-violent transfer of territory");

        if (agents is { Count: > 0 })
        {
            var byEachAgent = new List<ExtractedEvent>();
            foreach (var agent in agents)
                byEachAgent.AddRange(FromRoles(context, sentence, trigger, anchor, roles with { Actor1 = agent }, entry, subType, date.Value, dateSpan,
                    fatalities, fatalitySpan, estimated, injured, partial, civilianVictim));
            return byEachAgent;
        }
        return FromRoles(context, sentence, trigger, anchor, roles, entry, subType, date.Value, dateSpan, fatalities, fatalitySpan, estimated, injured, partial,
            civilianVictim);
    }

    private IEnumerable<ExtractedEvent> FromRoles(ExtractionContext context, Sentence sentence, TriggerMention trigger, TriggerMention anchor, Roles roles,
        TriggerEntry entry, string subType, PartialDate date, TextSpan? dateSpan, int? fatalities, TextSpan? fatalitySpan, bool fatalitiesEstimated,
        int? injured, bool partial, bool oneCivilian = false)
    {
        var document = context.Document;
        document.Claims.TryGetValue(sentence.Index, out var claim);
        // "القصف الجوي والبري", "غارات جوية وقصف مدفعي", "قصفا بريا وجويا": air and ground strikes in one phrase are two events.
        var subTypes = (entry.IsStrike || subType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling) && AirAndGround(document, sentence, trigger)
            ? new[] { AcledTaxonomy.AirStrike, AcledTaxonomy.Shelling } : new[] { subType };
        foreach (var kind in subTypes)
        foreach (var place in PlacesOrHome(context, sentence, anchor, trigger, entry, roles))
        {
            // ("التحقيق في اختفاء الصحفي": a disappearance spoken of as a known case, with no place of its own, is no report
            // of it — the article's place is not where he was taken; "اختفى في مدينة إسطنبول", "اختفى بعد دخوله القنصلية
            // السعودية في إسطنبول" name the town after the verb)
            if (entry.SubjectIsVictim && !WhereTheyVanished(document, place, trigger, sentence)) continue;
            string? iso2 = place.Place?.CountryCode;
            var evidence = new List<FieldEvidence> { new("trigger", trigger.Span), new("location", place.Span) };
            if (roles.Actor1 is not null) evidence.Add(new("actor1", roles.Actor1.Span));
            if (roles.Actor2 is not null) evidence.Add(new("actor2", roles.Actor2.Span));
            if (dateSpan is { } ds) evidence.Add(new("date", ds));
            if (fatalitySpan is { } fs) evidence.Add(new("fatalities", fs));
            // (a condemner reacted to the act: its span is evidence of that, not of a claim)
            if (claim is not null) evidence.Add(new(claim.Reaction ? "condemner" : "claim", claim.SourceSpan));
            yield return new ExtractedEvent
            {
                Id = "",
                DocumentId = document.Id,
                EventType = entry.EventType,
                SubEventType = kind,
                Date = date,
                Actor1 = context.Code(roles.Actor1?.BestFor(iso2, document.Published?.Year), iso2)
                         ?? (entry.StateAgent && iso2 is not null ? catalog.StateForce(iso2, "military", document.Published?.Year) : null)
                         ?? (entry.UnnamedAgent && iso2 is not null
                             ? entry.SubEventType == "Disrupted weapons use" ? catalog.StateForce(iso2, "military", document.Published?.Year)
                             // (an arrest by no one named: the force of the place, ForceOfThePlace)
                             : entry.SubEventType == "Arrests" ? ForceOfThePlace(iso2, document.Published?.Year)
                             : catalog.GenericOf(entry.EventType == AcledTaxonomy.Riots ? "generic-rioters" : "generic-uag", iso2, document.Published?.Year) : null),
                AssocActor1 = roles.Assoc1.Select(a => context.Code(a.BestFor(iso2, document.Published?.Year), iso2)!).ToList(),
                Actor2 = context.Code(roles.Actor2?.BestFor(iso2, document.Published?.Year), iso2)
                         ?? (oneCivilian && iso2 is not null ? context.CiviliansOf(iso2, document.Published?.Year) : null),
                Location = place,
                Fatalities = fatalities,
                FatalitiesEstimated = fatalitiesEstimated,
                Injured = injured,
                Claim = claim,
                PartialControl = partial,
                // (a report with no date of its own is more often background or comment: read by hand on unseen
                // articles, 13 of 23 such events were not events, against 3 of 17 with a date)
                Confidence = Math.Round(entry.Weight * (roles.Actor1 is null ? 0.7 : 1.0) * (place.Confidence > 0 ? Math.Min(1, 0.5 + place.Confidence / 2) : 0.6)
                                        * (dateSpan is null ? 0.8 : 1.0), 2),
                Rule = $"triggers.tsv:{entry.Line} {entry.Pos} \"{document.Slice(trigger.Span)}\"",
                TriggerPos = entry.Pos,
                EvidenceSentences = new[] { sentence.Span },
                FieldEvidence = evidence,
            };
        }
    }

    // "… التي استهدفت", "… الذي طال": a relative pronoun at <paramref name="at"/> whose verb is a trigger of striking.
    // "الضربات التي نفذتها الولايات المتحدة … في محيط دمشق": the strike noun with the article, a relative pronoun, a verb of
    // carrying out, then the doer; a place after it in the sentence.
    private static bool CarriedOutBy(Document document, Sentence sentence, TriggerMention trigger, ActorMention doer)
    {
        int rel = trigger.LastToken + 1;
        if (rel + 1 >= sentence.EndToken || doer.FirstToken != rel + 2 || !document.Tokens[trigger.FirstToken].Norm.StartsWith("ال", StringComparison.Ordinal)
            || document.Tokens[rel].Norm is not ("التي" or "الذي") || document.Tokens[rel + 1].Norm is not ("نفذتها" or "شنتها" or "وجهتها" or "نفذها" or "شنها" or "وجهها"))
            return false;
        return ResolvedPlaceAfter(document, sentence, doer.LastToken);
    }

    // A verb of carrying out or launching right before the doer, the strike noun its object a few words after the doer, and a
    // place the sentence resolves after it.
    private static bool StruckByTheSubject(Document document, Sentence sentence, TriggerMention trigger, ActorMention doer)
    {
        int verb = doer.FirstToken - 1;
        if (verb < sentence.FirstToken || document.Tokens[verb].NormWithoutWa is not ("نفذت" or "نفذ" or "شنت" or "شن" or "وجهت" or "وجه")
            || trigger.FirstToken <= doer.LastToken || trigger.FirstToken - doer.LastToken > 5) return false;
        for (int k = doer.LastToken + 1; k < trigger.FirstToken; k++)
            if (document.Tokens[k].Kind == TokenKind.Punctuation) return false;
        return ResolvedPlaceAfter(document, sentence, trigger.LastToken);
    }

    // A place the gazetteer resolved, after token k and within the sentence: where the strikes just named fell.
    private static bool ResolvedPlaceAfter(Document document, Sentence sentence, int k) =>
        document.Places.Exists(p => p.FirstToken > k && p.LastToken < sentence.EndToken && p.IsResolved);

    private static bool StruckInARelativeClause(Document document, Sentence sentence, int at, List<TriggerMention> sentenceTriggers)
    {
        if (at + 1 >= sentence.EndToken || document.Tokens[at].Norm is not ("التي" or "الذي" or "اللتي" or "التى" or "الذى")) return false;
        foreach (var o in sentenceTriggers)
            if (o.FirstToken == at + 1 && o.Entries.Any(e => e.EventType == AcledTaxonomy.Explosions)) return true;
        return false;
    }

    // "الصواريخ الإسرائيلية استهدفت مواقع", "واستهدفت الصواريخ الإسرائيلية كتائب الدفاع الجوي": a verb of striking
    // right after the strike noun's nationality, or right before the strike noun, has it as its subject.
    private static bool StrikingVerbAround(Sentence sentence, TriggerMention trigger, int after, List<TriggerMention> sentenceTriggers)
    {
        foreach (var o in sentenceTriggers)
            if (o != trigger && (o.FirstToken == after || o.LastToken == trigger.FirstToken - 1 && o.FirstToken >= sentence.FirstToken)
                && o.Entries.Any(e => e.EventType == AcledTaxonomy.Explosions && e.Pos == "verb"))
                return true;
        return false;
    }

    // "تبادل القصف الإسرائيلي الإيراني": the two nationality adjectives right after a word of exchange, each a state's
    // forces, when they are of two countries.
    private (ActorMention First, ActorMention Second)? ExchangeBetweenNations(Document document, Sentence sentence, TriggerMention trigger, bool air)
    {
        if (BareLemma(document.Tokens[trigger.FirstToken]) != "تبادل") return null;
        var found = NationalForcesFrom(document, sentence, trigger.LastToken + 1, air, sideBySide: true);
        return found is { Count: >= 2 } && found[0].Actor.Country != found[1].Actor.Country ? (found[0], found[1]) : null;
    }

    // Nationality adjectives right after a strike noun, joined by و: each names a state's forces.
    private List<ActorMention>? NationalAgents(Document document, Sentence sentence, TriggerMention trigger, bool air)
    {
        int i = trigger.LastToken + 1;
        // "غارات جوية يعتقد أنها روسية", "يرجح أنها إسرائيلية"
        for (int k = 0; k < 3 && i < sentence.EndToken && HedgeWords.Contains(document.Tokens[i].Norm); k++) i++;
        if (i < sentence.EndToken && document.Tokens[i].Norm is "انها" or "انه") i++;
        // "قصفا حكوميا", "الغارات الحكومية": the government's forces, of the country where the strike falls.
        if (i < sentence.EndToken && document.Tokens[i].Lemma is "حكومي" or "حكوميه" or "حكوميا" && catalog.TryGet("generic-military", out var military))
        {
            var span = document.Tokens[i].Span;
            return new List<ActorMention> { new(span, document.Slice(span), i, i, military, "nationality") };
        }
        // "إن طائرة حربية، يعتقد أنها روسية، قصفت مدينة حرستا": the hedged nationality of the aircraft, between commas,
        // before the verb of striking
        if (trigger.Entries.Any(e => e.Pos == "verb") && HedgedNationalityBefore(document, sentence, trigger.FirstToken) is { } hedged)
            return new List<ActorMention> { NationalForce(document, hedged, air) };
        // "تعرضت منطقة نصيب لقصف عنيف من قبل الطائرات الحربية السورية والروسية": the aircraft of two nations the strike
        // came from, one strike each (as "غارات روسية وسورية")
        if (AircraftOfNationsAfter(document, sentence, i, air) is { Count: > 1 } fromAircraft) return fromAircraft;
        return NationalForcesFrom(document, sentence, i, air, sideBySide: false);
    }

    private List<ActorMention>? AircraftOfNationsAfter(Document document, Sentence sentence, int i, bool air)
    {
        var tokens = document.Tokens;
        if (i >= sentence.EndToken || tokens[i].Norm != "من") return null;
        if (++i < sentence.EndToken && tokens[i].Norm == "قبل") i++;
        if (i >= sentence.EndToken || BareLemma(tokens[i]) is not ("طايرات" or "طيران" or "مقاتلات" or "مروحيات")) return null;
        if (++i < sentence.EndToken && BareLemma(tokens[i]) is "حربيه" or "حربي") i++;
        return NationalForcesFrom(document, sentence, i, air, sideBySide: false);
    }

    // The state forces of the nationality adjectives from token i on, joined by و ("غارات روسية وسورية") — or, with
    // sideBySide, standing side by side too ("تبادل القصف الإسرائيلي الإيراني"); null when there is none.
    private List<ActorMention>? NationalForcesFrom(Document document, Sentence sentence, int i, bool air, bool sideBySide)
    {
        List<ActorMention>? forces = null;
        while (i < sentence.EndToken && catalog.AdjectiveMatcher.LongestAt(document.Tokens, i, sentence.EndToken) is { } m)
        {
            (forces ??= new()).Add(NationalForce(document, m, air));
            i = m.Last + 1;
            if (i < sentence.EndToken && document.Tokens[i].Norm == "و") i++;
            else if (!sideBySide && (i >= sentence.EndToken || !document.Tokens[i].StartsWithWa)) break;
        }
        return forces;
    }

    // The state's military forces a nationality adjective names, as a mention of the adjective.
    private ActorMention NationalForce(Document document, PhraseMatcher<Nationality>.Match adjective, bool air)
    {
        var span = new TextSpan(document.Tokens[adjective.First].Span.Start, document.Tokens[adjective.Last].Span.End);
        var force = catalog.StateForce(adjective.Values[0].Iso2, "military", document.Published?.Year, air);
        return new ActorMention(span, document.Slice(span), adjective.First, adjective.Last, force, "nationality");
    }

    // "يعتقد أنها روسية،" ending right before <paramref name="at"/> (a comma between): the adjective's match, or null.
    private PhraseMatcher<Nationality>.Match? HedgedNationalityBefore(Document document, Sentence sentence, int at)
    {
        var tokens = document.Tokens;
        int end = at - 1;
        if (end > sentence.FirstToken && tokens[end].Kind == TokenKind.Punctuation) end--;
        for (int start = end; start >= Math.Max(sentence.FirstToken + 2, end - 2); start--)
            if (tokens[start - 1].Norm is "انها" or "انه" or "بانها" or "بانه" && HedgeWords.Contains(tokens[start - 2].Norm)
                && catalog.AdjectiveMatcher.LongestAt(tokens, start, end + 1) is { } m && m.Last == end)
                return m;
        return null;
    }

    // (A catalog name that starts with the act names its agent: "غارات التحالف الدولي" is the coalition's strikes;
    // a force named by its weapon, "المدفعية المصرية", is still a name; but "جبهة النصرة" is no front of a battle.)
    private static bool InsideName(ExtractionContext context, TriggerMention t)
    {
        foreach (var a in context.ActorsAround(t.FirstToken))
            if (a.Rule != "anaphora" && a.FirstToken <= t.FirstToken && t.LastToken <= a.LastToken && a.LastToken - a.FirstToken > t.LastToken - t.FirstToken
                && !(a.Rule == "alias" && a.FirstToken == t.FirstToken && !t.Entries.All(e => e.EventType == AcledTaxonomy.Battles)))
                return true;
        return false;
    }

    private const int HeadVerbReach = 20;

    private static bool IsInstrument(TriggerMention t) => t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && t.Instrumental;

    private static TriggerMention? HeadVerb(List<TriggerMention> sentenceTriggers, TriggerMention trigger)
    {
        if (trigger.Entries.Any(e => e.Pos == "verb")) return null;
        // Only an instrument of the verb: "بالمدفعية", "بقذائف".
        if (!IsInstrument(trigger)) return null;
        TriggerMention? head = null;
        foreach (var t in sentenceTriggers)
            if (t.LastToken < trigger.FirstToken && trigger.FirstToken - t.LastToken <= HeadVerbReach && t.Entries.Any(e => e.Pos == "verb"))
                head = t;   // the nearest verb before the noun
        return head;
    }

    // Rows whose conditions say more win: a civilian target or an actor type beats the plain reading.
    private static int Specificity(TriggerEntry e) =>
        (e.CivilianTarget || e.ArmedTarget ? 4 : 0) + (e.ActorCondition is null ? 0 : 2) + (e.NeedsKilled ? 1 : 0) + (e.Weak ? 0 : 1);

    // The entries most specific first, ties in their order (what a stable OrderByDescending(Specificity) gives),
    // without sorting or copying when they are in that order already, as nearly all are.
    private static IReadOnlyList<TriggerEntry> BySpecificity(IReadOnlyList<TriggerEntry> entries)
    {
        int i = 1;
        while (i < entries.Count && Specificity(entries[i]) <= Specificity(entries[i - 1])) i++;
        if (i >= entries.Count) return entries;
        var sorted = entries.ToArray();
        var keys = new int[sorted.Length];
        for (int k = 0; k < sorted.Length; k++) keys[k] = Specificity(sorted[k]);
        // (insertion sort: stable, and the lists are a few entries long)
        for (int k = 1; k < sorted.Length; k++)
        {
            var (entry, key) = (sorted[k], keys[k]);
            int j = k - 1;
            for (; j >= 0 && keys[j] < key; j--) (sorted[j + 1], keys[j + 1]) = (sorted[j], keys[j]);
            (sorted[j + 1], keys[j + 1]) = (entry, key);
        }
        return sorted;
    }

    /// <summary>
    /// One clause, one story: at each place only the event type ACLED ranks first survives (a battle over a
    /// protest, violence over a strategic development), a territory change includes the fighting that won it,
    /// and a demonstration that turns to clashes is a riot, not a battle. A contrastive clause
    /// (<paramref name="clauseOf"/>) tells another story.
    /// </summary>
    /// <remarks>Runs for every sentence that gave events: what every call does is plain loops; the recodings only some
    /// sentences need keep their LINQ.</remarks>
    private static List<ExtractedEvent> Subsume(Document document, List<ExtractedEvent> events, IReadOnlyList<ActorRef> shooters, Func<ExtractedEvent, (int, int)> clauseOf,
        Func<ExtractedEvent, bool> foughtBefore)
    {
        var asRiots = new List<ExtractedEvent>(events.Count);
        foreach (var e in events) asRiots.Add(AsRiot(e));
        events = asRiots;
        // "خرجت تظاهرات عند الحدود حيث اندلعت مواجهات أسفرت عن مقتل فلسطينيين برصاص الجيش": clashes where a protest
        // is, with no armed group named (only a state force, or no one), are the protest turned riot.
        // "خرجت تظاهرات … برصاص الشرطة": a state force's fire on people where a protest is, is force used on the protesters.
        if (events.Any(e => e.EventType == AcledTaxonomy.Protests))
            events = events.Select(e => !events.Any(p => p.EventType == AcledTaxonomy.Protests && SamePlace(p, e)) ? e
                : e.EventType == AcledTaxonomy.Battles && !NamesArmedGroup(e)
                    ? e with { EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration", Actor1 = null, Actor2 = StateForceOf(e) }
                : e.SubEventType == "Attack" && e.Actor1 is { Inter: 1 or 8, IsState: true } && e.Actor2 is null or { Inter: 7 }
                    ? e with { EventType = AcledTaxonomy.Protests, SubEventType = "Excessive force against protesters", Actor1 = null, Actor2 = e.Actor1 }
                : e).ToList();
        // "وقتل الجمعة 4 متظاهرين برصاص القوات الأمنية التي قمعت احتجاجات خرجت في البصرة": demonstrators a state force
        // shot dead met force, not a peaceful protest (ACLED's excessive force against protesters, the force as actor 2).
        // With no shooter named ("وأتى هذا بعد مظاهرات بقطاع غزة خلّفت 17 قتيلا") a peaceful protest that left dead met
        // force all the same: ACLED's peaceful protest has no fatalities.
        bool MetForce(ExtractedEvent e) => e.Fatalities > 0
            && (e.SubEventType == "Peaceful protest" || shooters.Count > 0 && e.SubEventType == "Protest with intervention");
        if (events.Any(MetForce))
            events = events.Select(e => !MetForce(e) ? e
                : e with
                {
                    SubEventType = "Excessive force against protesters",
                    Actor2 = shooters.Count == 0 || e.Actor2 is { IsState: true } ? e.Actor2 : shooters[0].WithEventCountry(e.Location?.Place?.CountryCode),
                }).ToList();
        // "مقتل 6 فلسطينيين برصاص الجيش الإسرائيلي خلال مواجهات على الحدود": clashes whose only sides are a state force
        // and people it shot (no armed group) are a riot, the shooting its toll.
        if (shooters.Count > 0 && events.Any(c => PeopleClashWith(c, shooters) is not null))
            events = events.Where(e => !(e.SubEventType == "Attack" && shooters.Any(f => f.PlainName == e.Actor1?.PlainName)))
                .Select(e => PeopleClashWith(e, shooters) is { } force
                    ? e with { EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration", Actor1 = null,
                               Actor2 = force.WithEventCountry(e.Location?.Place?.CountryCode) }
                    : e).ToList();
        // (wherever the fighting is placed when the sentence tells it came before the ground was taken)
        bool Covers(ExtractedEvent ground, ExtractedEvent clash) =>
            ground.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes && (SamePlace(ground, clash) || foughtBefore(clash));
        List<ExtractedEvent>? coveredClashes = null;
        foreach (var e in events)
            if (e.SubEventType == AcledTaxonomy.ArmedClash)
                foreach (var o in events)
                    if (Covers(o, e)) { (coveredClashes ??= new List<ExtractedEvent>()).Add(e); break; }
        // ("فجر انتحاري نفسه في معسكر …، مما أسفر عن مقتل 4 عسكريين في هجوم أعلنت حركة الشباب مسؤوليتها عنه": the bare
        // word "هجوم" in the clause of a bombing names that bombing again — no battle that outranks it)
        List<ExtractedEvent>? bombingRetold = null;
        foreach (var e in events)
            if (e.SubEventType == AcledTaxonomy.ArmedClash && AttackWordOnly(e, document))
                foreach (var o in events)
                    if (o.SubEventType is "Suicide bomb" or "Remote explosive/landmine/IED" && SamePlace(o, e) && clauseOf(o) == clauseOf(e))
                    {
                        (bombingRetold ??= new List<ExtractedEvent>()).Add(e);
                        break;
                    }
        if (bombingRetold is not null) events = events.Where(e => !bombingRetold.Contains(e)).ToList();
        var kept = new List<ExtractedEvent>(events.Count);
        foreach (var e in events)
        {
            // Air strikes are their own events even beside a battle (ground fighting does not include them).
            // (within its clause: a contrastive one, "فيما رشق مستوطنون سيارات فلسطينية", tells of another act)
            // (the cheap tests first: SamePlace builds place keys; all these tests are pure, so their order changes nothing)
            bool outranked = false;
            if (e.SubEventType != AcledTaxonomy.AirStrike)
                foreach (var o in events)
                    // (nor an act the clause dates apart: "وبعد عملية عسكرية … في 19 يونيو، أبرمت روسيا وفصائل معارضة … الجمعة اتفاقا")
                    // (nor the clash arrests came after: "ألقت السلطات القبض على نحو 300 شخص بعد اشتباكات بين الشرطة ومحتجين")
                    if (AcledTaxonomy.Precedence(o.EventType) < AcledTaxonomy.Precedence(e.EventType) && SamePlace(o, e) && clauseOf(o) == clauseOf(e)
                        && !(o.Date.Precision == DatePrecision.Day && e.Date.Precision == DatePrecision.Day && Math.Abs(o.Date.Date.DayNumber - e.Date.Date.DayNumber) > 2)
                        && !(e.SubEventType == "Arrests" && foughtBefore(o)))
                    {
                        outranked = true;
                        break;
                    }
            if (!outranked && !(coveredClashes is not null && coveredClashes.Contains(e))) kept.Add(e);
        }
        return kept;
    }

    // An event read from the bare word of attack alone ("هجوم", "الهجوم", "هجمات"), no word of fighting or weapon.
    // (the trigger's words as the text writes them: only noun rows hold these single words)
    private static bool AttackWordOnly(ExtractedEvent e, Document document) =>
        document.Slice(TriggerOf(e)) is "هجوم" or "الهجوم" or "هجمات" or "الهجمات";

    // The force a clash of people faced: its named sides are only people (civilians) and a state force whose fire the
    // sentence tells of (that force, named as a side or only as the shooter). Null for any other clash.
    private static ActorRef? PeopleClashWith(ExtractedEvent e, IReadOnlyList<ActorRef> shooters)
    {
        if (e.SubEventType != AcledTaxonomy.ArmedClash || NamesArmedGroup(e)) return null;
        bool Shooter(ActorRef? a) => a is not null && shooters.Any(f => f.PlainName == a.PlainName);
        if (!(e.Actor1 is null or { Inter: 7 } || Shooter(e.Actor1)) || !(e.Actor2 is null or { Inter: 7 } || Shooter(e.Actor2))) return null;
        return Shooter(e.Actor1) ? e.Actor1 : Shooter(e.Actor2) ? e.Actor2 : shooters[0];
    }

    // The state force of a clash, whom rioters faced (the dead it names are no side).
    private static ActorRef? StateForceOf(ExtractedEvent e) =>
        e.Actor1 is { IsState: true } ? e.Actor1 : e.Actor2 is { IsState: true } ? e.Actor2 : null;

    private static bool NamesArmedGroup(ExtractedEvent e) => e.Actor1 is { Inter: 2 or 3 or 4 } || e.Actor2 is { Inter: 2 or 3 or 4 };

    // "إسرائيليين أصيبا أحدهما جندي في هجوم طعن": an attack whose victim is a state's armed force is no violence against
    // civilians (ACLED's attacks hit civilians only) but a clash with that force.
    private static ExtractedEvent AttackOnForces(ExtractedEvent e) =>
        e is { EventType: AcledTaxonomy.ViolenceAgainstCivilians, SubEventType: "Attack", Actor2.Kind: "military" or "police" }
            ? e with { EventType = AcledTaxonomy.Battles, SubEventType = AcledTaxonomy.ArmedClash }
            : e;

    // Clashes between demonstrators and security forces are ACLED riots (Violent demonstration), with the
    // demonstrators recoded as rioters.
    private static ExtractedEvent AsRiot(ExtractedEvent e)
    {
        if (e.EventType != AcledTaxonomy.Battles) return e;
        var (demonstrators, other) = e.Actor1?.Inter is 5 or 6 ? (e.Actor1, e.Actor2) : e.Actor2?.Inter is 5 or 6 ? (e.Actor2, e.Actor1) : (null, null);
        if (demonstrators is null) return e;
        var rioters = demonstrators.Inter == 5 ? demonstrators : AsRioters(demonstrators);
        return e with { EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration", Actor1 = rioters, Actor2 = other };
    }

    // "الغارات الإسرائيلية على سوريا … مقتل 11 إيرانيا" after "عشرات الأهداف الإيرانية": a foreign nation's people killed
    // by a strike or a battle abroad, where the article names that nation's forces in the war, are those forces.
    private static ExtractedEvent ForeignDeadAreItsForces(ExtractedEvent e, ExtractionContext context)
    {
        // (people killed: a ship of the nation hit, "ناقلة نفط سعودية", is its civilians' still)
        if (e.Actor2 is not { Inter: 7, Country: { } nation } || e.Location?.Place?.CountryCode is not { } there || nation == there
            || e.EventType is not (AcledTaxonomy.Explosions or AcledTaxonomy.Battles) || e.Fatalities is not > 0) return e;
        foreach (var a in context.Actors)
            if (a.Actor is { IsState: true, Kind: "military" } force && force.Country == nation)
                return e with { Actor2 = context.Code(force, there) };
        return e;
    }

    // "محتجين … يلقون قنابل حارقة عليه": incendiary bombs thrown by hand are a crowd's firebombs, not an air raid's —
    // a violent demonstration, the force whose post it hit facing it.
    private ExtractedEvent ThrownByHand(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != AcledTaxonomy.AirStrike || context.TriggerAt(TriggerOf(e)) is not { } trigger
            || e.Location?.Place?.CountryCode is not { } country) return e;
        var tokens = context.Document.Tokens;
        bool thrown = false;
        for (int k = Math.Max(0, trigger.FirstToken - 2); k < trigger.FirstToken && !thrown; k++)
            thrown = ThrowingVerbs.Contains(tokens[k].Lemma) || ThrowingVerbs.Contains(tokens[k].Norm);
        // ("وكان الطيران المروحي التابع لنظام الأسد القى 28 برميلا متفجرا": what aircraft drop is no crowd's throw)
        if (thrown && context.SentenceHasAirWord(TriggerSentence(e, context), _airWords)) return e;
        if (!thrown || CrowdOf("generic-rioters", country, e) is not { } rioters) return e;
        return e with
        {
            EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration", Actor1 = rioters,
            Actor2 = e.Actor1 is { IsState: true } force ? force : e.Actor2 is { IsState: true } hit ? hit : null, AssocActor1 = Array.Empty<ActorRef>(),
        };
    }

    // "ألقى مئات من أنصار حركة حماس الحجارة على الجنود الإسرائيليين … وأطلق الجنود قنابل الغاز المسيل للدموع": a crowd
    // that threw stones at the force that fired tear gas at it rioted — a violent demonstration, that force facing it.
    private ExtractedEvent StonesThrownAtTheForce(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Protest with intervention" || e.Location?.Place?.CountryCode is not { } country) return e;
        var sentence = TriggerSentence(e, context);
        var tokens = context.Document.Tokens;
        bool stones = false;
        for (int k = sentence.FirstToken; k < sentence.EndToken && !stones; k++)
        {
            if (!ExtractionContext.IsStoneWord(tokens[k])) continue;
            for (int v = Math.Max(sentence.FirstToken, k - 10); v < k && !stones; v++)
                stones = ThrowingVerbs.Contains(tokens[v].Norm) || tokens[v].Lemma is "القي" or "رشق" or "رمي" or "قذف";
        }
        if (!stones || CrowdOf("generic-rioters", country, e) is not { } rioters) return e;
        return e with
        {
            EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration", Actor1 = rioters,
            Actor2 = e.Actor2 is { IsState: true } force ? force : e.Actor1 is { IsState: true } f1 ? f1 : e.Actor2, AssocActor1 = Array.Empty<ActorRef>(),
        };
    }

    private static readonly HashSet<string> ThrowingVerbs = new(StringComparer.Ordinal)
    {
        "يلقون", "يلقي", "القوا", "القي", "والقوا", "ويلقون", "رشقوا", "يرشقون", "ورشقوا", "ويرشقون", "رموا", "يرمون", "ورموا", "قذفوا", "يقذفون",
    };

    private static bool Worshippers(Document document, Sentence sentence) => AnyWordOf(document, sentence, WorshipperWords);

    // "الذي استهدف رجال الطوارئ … أثناء أدائهم صلاة الظهر": the act fell on men at prayer — in a mosque, though none is
    // named.
    private static bool AtPrayer(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        for (int k = trigger.LastToken + 2; k < sentence.EndToken && k <= trigger.LastToken + 20; k++)
            // (the prayer with its preposition too: "أثناء أدائهم لصلاة الظهر")
            if (tokens[k].LemmaWithoutArticle == "صلاه" && tokens[k - 1].Norm is var w
                && (w.StartsWith("اداء", StringComparison.Ordinal) || w.StartsWith("اداي", StringComparison.Ordinal) || w is "اثناء" or "وقت" or "خلال"))
                return true;
        return false;
    }

    private static readonly HashSet<string> WorshipperWords = new(StringComparer.Ordinal) { "مصلين", "المصلين", "مصلون", "المصلون" };

    // The same gazetteer place; places the gazetteer lacks are the same when written the same.
    // (or one town under two entries at one point: a row of Marsad's extra places kept beside GeoNames' own — "زنجبار",
    // listed so that it is not Zanzibar — the two spellings of a report may each find one)
    private static bool SamePlace(ExtractedEvent a, ExtractedEvent b) =>
        a.Location is { } pa && b.Location is { } pb
            ? ExtractionContext.PlaceKey(pa) == ExtractionContext.PlaceKey(pb) || ExtraBesideGeoNames(pa, pb)
            : a.Location == b.Location;

    // A town of Marsad's extra places (a negative id) and a GeoNames town under a kilometre apart, both told as such.
    private static bool ExtraBesideGeoNames(PlaceMention a, PlaceMention b) =>
        a is { GeoPrecision: 1, Relation: null, Place: { FeatureClass: "P" } x } && b is { GeoPrecision: 1, Relation: null, Place: { FeatureClass: "P" } y }
        && x.GeonameId < 0 != y.GeonameId < 0 && x.CountryCode == y.CountryCode
        && GeoDistance.Km(x.Latitude, x.Longitude, y.Latitude, y.Longitude) < 1.0;

    // (air words and air strikes of another clause, past "بينما" or "في حين", tell nothing of this one)
    private bool IsAir(ExtractionContext context, Sentence sentence, TriggerMention trigger, Roles roles, List<TriggerMention> sentenceTriggers, int answer)
    {
        if (roles.Actor1?.Actor.Air == true) return true;
        var tokens = context.Document.Tokens;
        // (nor do those of the answer, past the comma that closes the act it answers: "وردا على قصف الحوثيين …، نفذت
        // طائرات التحالف غارات")
        int close = context.AnsweredActEnd(sentence, trigger, answer);
        foreach (var t in sentenceTriggers)
            if (t.FirstToken > answer && !(close > 0 && t.FirstToken > close) && t.Entries.Any(e => e.SubEventType == AcledTaxonomy.AirStrike) && !context.FliesNothing(sentence, t.FirstToken)
                && !ContrastClause.SharplyBetween(tokens, Math.Min(t.FirstToken, trigger.FirstToken), Math.Max(t.FirstToken, trigger.FirstToken))) return true;
        // (an answered strike is air only by its own words: "غارات تركية ردا على قصف الوحدات الكردية")
        return answer < 0 && context.ClauseHasAirWord(sentence, trigger.FirstToken, _airWords);
    }

    private static HashSet<string> AirWords(ActorCatalog catalog)
    {
        // Only one-word air nouns ("طائرات", "مقاتلات", "طيران") fly by themselves: the words of a longer one do not
        // ("الجيش" of "طيران الجيش", "الاستراتيجية" of "القاذفات الاستراتيجية", "حربية" of "الطائرات الحربية").
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var noun in catalog.ForceNouns.Where(f => f.Air))
            if (ArabicNormalizer.Matching.Normalize(noun.NounAr) is var w && !w.Contains(' ') && w.Length > 3) words.Add(w);
        // ("سلاح الجو السوري قصف", "قصفت من الجو": the air itself)
        foreach (var w in new[] { "جوي", "جويه", "الجوي", "الجويه", "جوا", "جويا", "الجو" }) words.Add(w);
        return words;
    }

    // Verbs of a crowd going out or gathering ("خرج آلاف", "تجمع مئات", "نزل الآلاف إلى الشوارع", "احتشد").
    private static readonly HashSet<string> GatheringVerbs = new(StringComparer.Ordinal)
    {
        "خرج", "خرجت", "تجمع", "تجمعت", "نزل", "نزلت", "احتشد", "احتشدت", "تجمهر",
        // (the crowd the verb's own suffix: "حيث خرجوا إلى الشوارع محتجين")
        "خرجوا", "تجمعوا", "نزلوا", "احتشدوا", "تجمهروا",
    };

    // ("وقطع المتظاهرون الطرق الرئيسية في مدينة الحلة": protesters who block the roads are out protesting there)
    private static readonly HashSet<string> BlockingVerbs = new(StringComparer.Ordinal)
    {
        "قطع", "قطعوا", "اغلق", "اغلقوا", "سد", "سدوا",
    };

    /// <summary>Merges reports of one event, links contradicting territorial claims, fills opponents, numbers the events.</summary>
    private List<ExtractedEvent> Finish(ExtractionContext context, List<ExtractedEvent> found, List<TriggerMention> triggers)
    {
        // Who fought whom elsewhere in the article, for battles reported with one side only.
        // (an unidentified group is no one's known enemy: "انفجار عبوة ناسفة على السياج" does not make the article's
        // strikes hit it rather than the group the article names)
        var opponents = new Dictionary<string, List<ActorRef>>(StringComparer.Ordinal);
        foreach (var o in found.Where(o => o.Actor1 is not null && o.Actor2 is not null && !o.Actor1.IsUnidentified && !o.Actor2.IsUnidentified))
        {
            (opponents.TryGetValue(o.Actor1!.PlainName, out var l1) ? l1 : opponents[o.Actor1.PlainName] = new()).Add(o.Actor2!);
            (opponents.TryGetValue(o.Actor2!.PlainName, out var l2) ? l2 : opponents[o.Actor2.PlainName] = new()).Add(o.Actor1);
        }
        // (the places and days the article tells of demonstrations: a clash with people there is those demonstrators')
        var demonstrations = found.Where(o => o.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots).ToList();
        var airForces = AirForces(context);
        // (one event at a time through every step, as a chain of Selects would take it, without the chain's delegates and iterators)
        var filled = new List<ExtractedEvent>(found.Count);
        foreach (var found1 in found)
        {
            var e = ThroughItsForces(SidesOfTheArticle(found1, found), context);
            e = BombersAreArmedGroups(e, context);
            e = NoCiviliansInADeal(e);
            e = StrikeToldBefore(e, found, context);
            e = LikeTheOneBefore(e, found, context);
            e = FillOpponent(e, opponents, airForces, context);
            if (e is { Actor1: null, SubEventType: AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes }) continue;
            e = GovernmentStrike(e, context);
            e = FromTheAir(e, airForces, context);
            e = MissilesFlown(e, context);
            e = PointedAt(e, context);
            e = DetainedByTheForce(e);
            e = InteriorArrests(e, context);
            e = ArrestedByTheCountry(e, context);
            e = SeniorPartnerFirst(e, context);
            e = PeopleOfThePlace(e, context);
            e = NoCiviliansFaceAProtest(e);
            e = CiviliansNotTheStronghold(e, context);
            e = ThrownByHand(e, context);
            e = StonesThrownAtTheForce(e, context);
            e = ForeignDeadAreItsForces(e, context);
            e = AsRiot(e);
            e = FixCivilianAgent(e, context);
            e = AttackOnForces(e);
            e = DemonstratorsFirst(e);
            e = StateFirstInAClash(e, context);
            e = DistinctAssociates(e);
            e = TerritoryByAgent(e, context);
            e = NoOneFightsItself(e);
            e = ConfrontationAtADemonstration(e, demonstrations, context);
            if (StrikeOnTheCrowd(e, demonstrations)) continue;
            e = PoliceAtHome(e, context);
            e = OnTheSidesGround(e, context);
            e = StrikesFallAcross(e, context);
            e = PoliceFacedTheCrowd(e, context);
            e = StruckByNoOneNamed(e, context);
            e = BombedByNoOneNamed(e, context);
            e = AbductedByNoOneNamed(e, context);
            // ("وجرت الضربات الأخرى قرب كركوك والفلوجة": strikes that name neither side go on the report of the strikes told
            // before them — that striker's, on that side)
            if (e is { SubEventType: AcledTaxonomy.AirStrike, Actor1: null, Actor2: null } && filled.LastOrDefault(o => o.SubEventType == AcledTaxonomy.AirStrike) is { Actor1: { } striker } told)
                e = e with { Actor1 = striker, Actor2 = told.Actor2 };
            if (!(e.Actor1 is not null && !CiviliansInABattle(e) && !ArrestAbroadByDefault(e, context) && !FoughtInABystandersCapital(e, context))) continue;
            if (ForeignActAfar(e)) continue;
            e = ArrestLikeTheOneBefore(e, filled, context);
            filled.Add(DatedElsewhere(e, context, triggers));
        }
        // (suicide attacks told of as a kind, and mines lying in wait, before they join one told as an act)
        filled.RemoveAll(e => SuicideAttacksInGeneral(e, context) || MinesLyingInWait(e, context));
        filled = RetoldAttacks(filled, context);
        var merged = new List<ExtractedEvent>();
        foreach (var list in GroupReports(filled, context.Sides, e => AnotherOfItsKind(e, context), e => TheBomberAgain(e, context)))
        {
            var fatalityCount = MergedFatalities(list);
            // (a named striker before an unknown one)
            // (of allies' reports of one battle, the one naming the country's own side: the army, not the coalition behind it)
            // (a side hit the report names before one the article's usual foe filled in: "قتل 5 مدنيين … في قصف عشوائي لميليشيات
            // الحوثي" over "مستمرون في القصف العشوائي" given the coalition)
            var best = list.OrderByDescending(e => e.Actor1 is not { IsUnidentified: true }).ThenByDescending(e => e.Actor2 is not null)
                .ThenByDescending(e => e.FieldEvidence.Any(f => f.Field == "actor2")).ThenByDescending(e => e.SubEventType == AcledTaxonomy.ArmedClash && LocalSides(e))
                .ThenByDescending(e => e.Date.Precision == DatePrecision.Day)
                .ThenByDescending(e => e.Claim is { Inherited: false }).ThenByDescending(e => e.Confidence).First();
            // (reports dated to different days: the earliest is the act's, later ones the days it was spoken of; an undated
            // report, at the publication day for want of a better one, gives way to any that dates the act)
            var earliest = list.Where(e => e.Date.Precision == DatePrecision.Day).OrderBy(e => e.Date.Date.DayNumber).FirstOrDefault();
            merged.Add(best with
            {
                Date = earliest?.Date ?? best.Date,
                EvidenceSentences = list.SelectMany(e => e.EvidenceSentences).Distinct().OrderBy(s => s.Start).ToList(),
                FieldEvidence = list.SelectMany(e => e.FieldEvidence).Distinct().ToList(),
                Fatalities = fatalityCount.Count,
                FatalitiesEstimated = fatalityCount.Estimated,
                PartialControl = list.Any(e => e.PartialControl),
                // (not the claim of a report joined for want of an agent: "وأدانت فرنسا الهجوم" claims nothing of it)
                Claim = best.Claim ?? list.Where(e => SameForce(e.Actor1, best.Actor1)).Select(e => e.Claim).FirstOrDefault(c => c is not null),
                Confidence = Math.Round(Math.Min(1, best.Confidence + 0.05 * (list.Count - 1)), 2),
            });
        }
        merged = TollsToldAfter(context, merged, triggers);
        merged = OneChemicalAttackPerPlace(merged);
        merged = OneDisappearancePerPlace(merged);
        merged = VanishedThenKilled(merged);
        merged = AttackedToTakeThem(merged);
        merged = TransferToldAsTaken(merged);
        merged = GassedByTheStrikers(merged);
        merged = PalestiniansFacingIsrael(merged, context.Document);
        for (int i = 0; i < merged.Count; i++) merged[i] = ArrestsOfTheCrowd(merged[i], context);
        merged = CollapseDemonstrations(merged);
        for (int i = 0; i < merged.Count; i++) merged[i] = DeadlyAttackOfAGroup(merged[i]);
        merged = OneSuicideBombing(merged, context);
        merged = KilledByTheBombing(merged, context);
        merged = KilledByTheSameToll(merged);
        merged = OneArson(merged, context);
        merged = InterceptedNotStruck(merged, context.Document, triggers);
        merged = AttackWasTheStrike(merged, context.Document);
        merged = AttacksNamedForTheirTown(merged, context);
        merged = SummaryFolding.Fold(merged.OrderBy(e => e.EvidenceSentences[0].Start).ToList());
        merged = HeadlinesRetold(merged, context);
        merged = UnnamedHeadlines(merged, context);
        merged = HeadlinesWithoutAPlace(merged, context);
        merged = HeadlinesOfTheSameToll(merged, context);
        merged = UndatedHeadlines(merged, context);
        merged = HeadlineMassacres(merged, context);
        // (after the folds: a retelling that names no one folds into the report that dates the attack first)
        merged = AccusedOfGassing(merged, context);
        merged = ClaimedByAGroup(merged, context);
        merged = PlacelessRetellings(merged, context);
        // (after the folds, which join a region's report to its town's when the article tells both)
        merged = PlaceToldAfter(context, merged, triggers);
        merged = SplitSharedTolls(merged, context);
        merged = OldActsRetold(merged, context, triggers);
        // (after the folds, which join a region's strike to its town's, and after the attack's force is known)
        merged = StrikeThatGassed(merged, context);
        merged.RemoveAll(e => StrikesInGeneral(e, context) || NowhereButACountry(e) || PlacedFromAfar(e, context));
        merged = FeatureBackground(merged, context);
        // (last: the article's one deadly act is known only once the rest are dropped or folded)
        merged = TheOneActsDead(merged, context, triggers);
        for (int i = 0; i < merged.Count; i++)
        {
            // (after the folds too: "هجمات كيماوية سابقة للنظام" joined to the attack it names)
            merged[i] = NoOneFightsItself(merged[i]) with { Id = $"{context.Document.Id}-{i + 1}" };
        }
        return LinkContradictions(merged);
    }

    // "وقتل 83 مسلحا من ميليشيات الحوثي في مواجهات مع المقاومة وغارات لتحالف دعم الشرعية": one toll told for several
    // events is shared among them evenly (as ACLED's coders split a joint toll), the first taking what does not divide.
    // (a toll told in the events' own sentence: one a summary already shared out, SummaryFolding, is not split again)
    private static List<ExtractedEvent> SplitSharedTolls(List<ExtractedEvent> events, ExtractionContext context)
    {
        // (the one toll told in the trigger's own sentence: reports merged into the event bring tolls of their own)
        static TextSpan? Toll(ExtractedEvent e, ExtractionContext context)
        {
            var sentence = TriggerSentence(e, context).Span;
            var tolls = e.FieldEvidence.Where(f => f.Field == "fatalities" && sentence.Contains(f.Span)).Select(f => f.Span).Distinct().ToList();
            return tolls.Count == 1 ? tolls[0] : null;
        }
        var shared = Enumerable.Range(0, events.Count)
            .Where(i => events[i].Fatalities is > 0 && !events[i].FatalitiesEstimated)
            .Select(i => (Index: i, Toll: Toll(events[i], context)))
            .Where(x => x.Toll is not null)
            .GroupBy(x => (x.Toll!.Value, events[x.Index].Fatalities!.Value), x => x.Index).Where(g => g.Count() > 1).ToList();
        foreach (var group in shared)
        {
            var (_, total) = group.Key;
            var members = group.ToList();
            // ("شهدت مدينة دوما قصفا عنيفا، يعتقد أنه بغاز الكلور، أدى إلى مقتل نحو 100 شخص": a toll a chemical attack shares
            // with the strikes that carried it is the gas's, whole)
            int gasAt = members.FindIndex(k => events[k].SubEventType == "Chemical weapon");
            if (gasAt >= 0)
            {
                int gas = members[gasAt];
                foreach (int k in members)
                    if (k != gas && events[k].EventType == AcledTaxonomy.Explosions) events[k] = events[k] with { Fatalities = null };
                continue;
            }
            // ("تبادل إطلاق النار بعد ثلاثة أيام على هجوم انتحاري … أسفر عن مقتل 32 شخصا": acts of different days share no
            // toll — it is the one told right before it)
            if (members.Select(k => events[k].Date).Distinct().Count() > 1)
            {
                var toll = group.Key.Item1;
                int owner = members.OrderByDescending(k => TriggerOf(events[k]).Start < toll.Start ? TriggerOf(events[k]).Start : -1).First();
                foreach (int k in members)
                    if (k != owner) events[k] = events[k] with { Fatalities = null };
                continue;
            }
            // ("كثفت طائرات التحالف غاراتها … حيث قتل 47 متمردا و5 من القوات الموالية لهادي في معارك عنيفة": a toll told as
            // fallen in acts named after it is theirs — the acts told before it took none of it)
            var tollSpan = group.Key.Item1;
            var fallenIn = members.Where(k => TriggerOf(events[k]).Start > tollSpan.End).ToList();
            // (the acts before it in a clause of their own, "حيث" opening the toll's: not "أدت المعارك إلى مقتل 37 …، كما قتل
            // 58 في غارات", whose first act caused the toll)
            if (fallenIn.Count > 0 && total >= fallenIn.Count
                && members.All(k => fallenIn.Contains(k) || TriggerOf(events[k]).End < tollSpan.Start && WhereBetween(context.Document, TriggerOf(events[k]).End, tollSpan.Start))
                && FallenIn(context.Document, TriggerOf(events[fallenIn.MinBy(k => TriggerOf(events[k]).Start)])))
            {
                foreach (int k in members.Except(fallenIn)) events[k] = events[k] with { Fatalities = null };
                members = fallenIn;
            }
            if (total < members.Count) continue;
            for (int k = 0; k < members.Count; k++)
                events[members[k]] = events[members[k]] with { Fatalities = total / members.Count + (k < total % members.Count ? 1 : 0) };
        }
        return events;
    }

    // "حيث" between two offsets: a clause telling what happened there opens.
    private static bool WhereBetween(Document document, int from, int to)
    {
        var tokens = document.Tokens;
        for (int i = ExtractionContext.FirstAtOrAfter(tokens, x => x.Span.Start, from); i < tokens.Count && tokens[i].Span.Start < to; i++)
            if (tokens[i].Norm is "حيث") return true;
        return false;
    }

    // The trigger is told as what the dead fell in: "في معارك", "خلال اشتباكات", "جراء الغارات", "إثر قصف".
    private static bool FallenIn(Document document, TextSpan trigger)
    {
        var tokens = document.Tokens;
        int t = ExtractionContext.FirstAtOrAfter(tokens, x => x.Span.Start, trigger.Start);
        if (t <= 0 || t >= tokens.Count) return false;
        return tokens[t - 1].Norm is "في" or "خلال" or "جراء" or "اثر" or "بسبب" or "عقب";
    }

    // "خلال المواجهات شرقي قطاع غزة" in a report of the day's marches: a clash of a force with people where and when the
    // article tells of demonstrations is those demonstrators rioting (ACLED's violent demonstration), not a battle.
    // (so is a force's clash with no one named: "مواجهات عنيفة" of the Israeli army at the Gaza border on a day of marches —
    // the people of the place)
    private ExtractedEvent ConfrontationAtADemonstration(ExtractedEvent e, List<ExtractedEvent> demonstrations, ExtractionContext context)
    {
        bool withNoOne = e is { SubEventType: AcledTaxonomy.ArmedClash, Actor2: null, Actor1.IsState: true };
        // ("اندلعت مواجهات بين عشرات الشبان وقوات الاحتلال عند مدخل الخليل": confrontations — not fighting, "اشتباكات" —
        // of the people of a place with the occupying force are a riot there, whether or not the article tells of a march)
        // (in the occupied West Bank and Gaza, where the people face the occupying army; elsewhere a march told makes it one)
        // (people named: a force's confrontations with no one stay its clash unless a march is told)
        bool confronted = CiviliansInABattle(e) && e.Location?.Place?.CountryCode is { } land
                          && Occupied.Any(o => o.Land == land) && ConfrontationsNoun(e, context.Document);
        if (!CiviliansInABattle(e) && !withNoOne || demonstrations.Count == 0 && !confronted) return e;
        var (people, force) = withNoOne ? (null, e.Actor1) : e.Actor1?.Inter == 7 ? (e.Actor1, e.Actor2) : (e.Actor2!, e.Actor1);
        if (force is null || !force.IsState) return e;
        if (!confronted && !demonstrations.Any(d => Math.Abs(d.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 1
                                                    && SameOrWithin(d, e)))
            return e;
        if ((people?.Country ?? e.Location?.Place?.CountryCode) is not { } home || withNoOne && home == force.Country
            || catalog.GenericOf("generic-rioters", home, e.Date.Date.Year) is not { } rioters) return e;
        return e with { EventType = AcledTaxonomy.Riots, SubEventType = "Violent demonstration", Actor1 = rioters, Actor2 = force };
    }

    // The event's trigger is the noun of confrontations ("مواجهات", "المواجهات"), not of armed fighting.
    private static bool ConfrontationsNoun(ExtractedEvent e, Document document) =>
        e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is { } trigger
        && ArabicNormalizer.Matching.Normalize(document.Text.Substring(trigger.Span.Start, trigger.Span.Length)) is var words
        && words.Split(' ').Any(w => w.StartsWith("مواجه", StringComparison.Ordinal) || w.StartsWith("المواجه", StringComparison.Ordinal) || w.StartsWith("ومواجه", StringComparison.Ordinal))
        && !words.Contains("مسلح", StringComparison.Ordinal);

    // "استخدم الجيش الإسرائيلي طائرات دون طيار لإسقاط قنابل غاز فوق المحتجين": a strike or bombing whose target is the
    // crowd of a demonstration the article tells of, there and then, is the force used on that demonstration — part of
    // it (its riot or excessive force), no air strike of its own.
    private static bool StrikeOnTheCrowd(ExtractedEvent e, List<ExtractedEvent> demonstrations) =>
        e is { EventType: AcledTaxonomy.Explosions } && (e.Actor2 is { Inter: 5 or 6 } || e.Actor1 is { Inter: 5 or 6 })
        && demonstrations.Any(d => Math.Abs(d.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 1 && SameOrWithin(d, e));

    // "قتل متظاهر في الديوانية", "مظاهرة فرقت": force used on protesters, or a protest broken up, with no force named is
    // the police's of the place (ACLED's Police Forces of X, the usual actor 2 of both).
    private ExtractedEvent PoliceFacedTheCrowd(ExtractedEvent e, ExtractionContext context)
    {
        if (e.Actor2 is not null || e.Location?.Place?.CountryCode is not { } there) return e;
        // (in the West Bank and Gaza the crowd faces the occupying army, Israel's — rioters there too: the stones and fire
        // of a violent demonstration are thrown at it)
        bool occupied = Occupied.Any(o => o.Land == there);
        if (!(e.SubEventType is "Excessive force against protesters" or "Protest with intervention" || occupied && e.SubEventType == "Violent demonstration"))
            return e;
        return e with { Actor2 = context.Code(ForceOfThePlace(there, e.Date.Date.Year), there) };
    }

    // The state's force at a place when the text names none — facing a crowd, arresting: its police, and under
    // occupation the occupier's army (Israel's in the West Bank and Gaza: the territory's army_in_territory).
    private ActorRef ForceOfThePlace(string there, int? year) =>
        catalog.ArmyCountryIn(there) is var army && army != there
            ? catalog.StateForce(army, "military", year) : catalog.StateForce(there, "police", year);

    // A state's police arrest at home: "أعلنت السلطات البحرينية اعتقال 14 إيرانيا" in a digest whose town is Idlib is in
    // Bahrain. An arrest by a police force placed in another country moves to the article's place in the police's own
    // (not in a territory its state's forces hold: Israel's police arrest in the West Bank).
    private ExtractedEvent PoliceAtHome(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Arrests" || e.Actor1 is not { Kind: "police", Country: { } home } || e.Location?.Place?.CountryCode is not { } there
            || there == home || catalog.ArmyCountryIn(there) == home) return e;
        return context.PlaceIn(home) is { } place ? e with { Location = place } : e;
    }

    // "قتال امتد من ليل الأربعاء حتى فجر الخميس، بين الجيش الإسرائيلي وحركة حماس" in an article set in Montreal (a
    // row over Canada): violence told with no place of its own, that the article's town put far from the Middle East,
    // North Africa and their neighbours, was on its sides' ground — the town the article names in the country of the
    // non-state side, else of the state's. (With none named there it stays where it was.)
    private static ExtractedEvent OnTheSidesGround(ExtractedEvent e, ExtractionContext context)
    {
        // ("وكان الرصاص الإسرائيلي أسفر عن مقتل 19 فلسطينيا في يوم الأرض … مع بدء مسيرة العودة" in a story from Paris: a
        // crowd of another land, its protest told with no place of its own, marched at home — the capital too)
        if (e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots && e.Actor1 is { Inter: 5 or 6, Country: { } crowd }
            && e.Location?.Place is { } far && far.CountryCode != crowd && !InTheRegion(far.Latitude, far.Longitude)
            && !ToldInItsSentence(e, context, "location") && context.PlaceIn(crowd) is { Place: { } crowdHome } crowdPlace
            && !ExtractionContext.IsCountry(crowdPlace) && InTheRegion(crowdHome.Latitude, crowdHome.Longitude))
            return e with { Location = crowdPlace, Actor2 = e.Actor2 is { IsState: true, Country: { } forceHome } && forceHome == far.CountryCode ? null : e.Actor2 };
        if (e.EventType is not (AcledTaxonomy.Battles or AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians)
            || e.Location?.Place is not { } place || InTheRegion(place.Latitude, place.Longitude) || ToldInItsSentence(e, context, "location")
            // (a capital far off is dropped instead, FoughtInABystandersCapital: the article is about its government)
            || place.FeatureCode == "PPLC") return e;
        foreach (var side in new[] { e.Actor1, e.Actor2 }.Where(a => a is { Inter: not 7, Country: not null }).OrderBy(a => a!.IsState))
            if (side!.Country != place.CountryCode && context.PlaceIn(side.Country!) is { Place: { } home } there
                && !ExtractionContext.IsCountry(there) && InTheRegion(home.Latitude, home.Longitude))
                return e with { Location = there };
        return e;
    }

    // "وبعيد الغارات الإسرائيلية … إطلاق صاروخ على جنوب إسرائيل": a state's own country named by its quarter is where
    // others' rockets land, not where its own strikes fall — those fall where its target is (the target's country, else the
    // article's place abroad).
    private static ExtractedEvent StrikesFallAcross(ExtractedEvent e, ExtractionContext context)
    {
        if (e.EventType != AcledTaxonomy.Explosions || e.Actor1 is not { IsState: true, Country: { } own }
            || e.Location is not { Place: { FeatureCode: "ADM1" } region } quarter || region.CountryCode != own || !NamedByItsQuarter(quarter)) return e;
        var across = e.Actor2?.Country is { } theirs && theirs != own ? context.PlaceIn(theirs)
            : context.MainPlace is { Place: { } main } && main.CountryCode != own ? context.MainPlace : null;
        return across is null || ExtractionContext.IsCountry(across) ? e
            : e with { Location = across, FieldEvidence = e.FieldEvidence.Where(f => f.Field != "location").Append(new FieldEvidence("location", across.Span)).ToList() };
    }

    // "جنوب إسرائيل", "شمالي لبنان": a region named by a compass word before its country.
    private static bool NamedByItsQuarter(PlaceMention p)
    {
        int space = p.Surface.IndexOf(' ');
        return space > 0 && GeoLexicon.Relations.TryGetValue(ArabicNormalizer.Matching.Normalize(p.Surface[..space]), out var relation)
            && relation is "north of" or "south of" or "east of" or "west of";
    }

    /// <summary>
    /// "مؤتمر للأمن في ميونخ" after Israel's word on an Iranian drone, "الغارات الجوية" a US envoy condemns in
    /// Washington: violence placed far from the region (Europe, the Americas, East Asia) by sides none of whom is of
    /// that country — a foreign force, or an unknown one whose victims are only the place's people — is the talk of
    /// diplomats and papers there, not an act there. (A country's own police or army acting at home stays: "اعتقلت
    /// الشرطة البلجيكية …".)
    /// </summary>
    private static bool ForeignActAfar(ExtractedEvent e)
    {
        if (e.Location?.Place is not { } place || InTheRegion(place.Latitude, place.Longitude) || e.SubEventType == "Arrests"
            || e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots) return false;
        if (e.Actor1 is not { } agent) return true;
        if (agent.IsUnidentified) return e.Actor2 is null or { Inter: 7 };
        return agent.Country != place.CountryCode;
    }

    // The region of the conflicts Marsad codes, roughly: from Morocco and the Sahel to Afghanistan, from the Horn of Africa
    // to the Caucasus.
    private static bool InTheRegion(double latitude, double longitude) => latitude is >= -5 and <= 43 && longitude is >= -20 and <= 75;

    // A clash is between armed sides (ACLED): fighting whose only named other side, once the article is read, is the
    // civilians who fled it or died in it ("نزح الآلاف بسبب القتال", "قتل 289 مدنيا في المعارك") tells of no one clash.
    private static bool CiviliansInABattle(ExtractedEvent e) =>
        e.SubEventType == AcledTaxonomy.ArmedClash && (e.Actor1?.Inter == 7 || e.Actor2?.Inter == 7);

    /// <summary>
    /// One demonstration per place and day: an article that calls it a protest in one sentence and tells of
    /// clashes and tear gas in another describes one event, coded at its most severe (riot, then excessive force,
    /// then intervention, then peaceful).
    /// </summary>
    private static List<ExtractedEvent> CollapseDemonstrations(List<ExtractedEvent> events)
    {
        static int Severity(ExtractedEvent e) => e.SubEventType switch
        {
            "Violent demonstration" or "Mob violence" => 0,
            "Excessive force against protesters" => 1,
            "Protest with intervention" => 2,
            _ => 3,
        };
        var demos = events.Where(e => e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots).ToList();
        var result = events.Except(demos).ToList();
        foreach (var e in demos.OrderBy(Severity))
        {
            // ("احتجاجات عنيفة في محافظة البصرة" and "اقتحم متظاهرون … في البصرة": the province's is the city's)
            int i = result.FindIndex(o => o.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots
                                          && SameOrWithin(o, e)
                                          && Math.Abs(o.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 1);
            if (i < 0) { result.Add(e); continue; }
            var kept = result[i];
            // A mob at a place and day where people demonstrated is those demonstrators rioting (ACLED's violent
            // demonstration): "اندلعت الاشتباكات إثر احتجاجات أتباع الطريقة".
            if (kept.SubEventType == "Mob violence" && e.EventType == AcledTaxonomy.Protests)
                kept = kept with { SubEventType = "Violent demonstration" };
            result[i] = Absorb(kept, e);
        }
        return result;
    }

    // One act told twice: the kept report takes the other's evidence, its finer place, its lowest toll, and the victim
    // and source it lacked.
    private static ExtractedEvent Absorb(ExtractedEvent kept, ExtractedEvent e)
    {
        var fatalityCount = MergedFatalities([kept, e]);
        return kept with
        {
            Location = SummaryFolding.Holds(kept.Location, e.Location) ? e.Location : kept.Location,
            EvidenceSentences = kept.EvidenceWith(e),
            FieldEvidence = kept.FieldEvidence.Concat(e.FieldEvidence).Distinct().ToList(),
            Fatalities = fatalityCount.Count,
            FatalitiesEstimated = fatalityCount.Estimated,
            Actor2 = kept.Actor2 ?? e.Actor2,
            Claim = kept.Claim ?? e.Claim,
        };
    }

    // The same place, or a province or region and a place in it.
    private static bool SameOrWithin(ExtractedEvent a, ExtractedEvent b) =>
        SamePlace(a, b) || SummaryFolding.Holds(a.Location, b.Location) || SummaryFolding.Holds(b.Location, a.Location);

    // Reports of one event: the lowest figure given; "خسائر بشرية" (several, 3) only when no report gives one.
    private static (int? Count, bool Estimated) MergedFatalities(IReadOnlyList<ExtractedEvent> reports)
    {
        var counted = reports.Where(e => e.Fatalities is not null).ToList();
        var figures = counted.Where(e => !e.FatalitiesEstimated).ToList();
        return ((figures.Count > 0 ? figures : counted).Select(e => e.Fatalities).Min(), figures.Count == 0 && counted.Count > 0);
    }

    // "لقي الجنيدي مصرعه خلال مواجهات مع الجيش الوطني", "مقتل جندي لبناني في اشتباكات مع مسلحين": a clash told by a word
    // that names no initiator, its armed group named after it or not at all, in a sentence that tells no attack either,
    // has the state's forces first — as ACLED's coders write it (and as "بين" clashes already are); "شنوا هجوماً … قبل أن
    // تندلع اشتباكات" keeps the attacker first.
    private static ExtractedEvent StateFirstInAClash(ExtractedEvent e, ExtractionContext context)
    {
        if (e is not { SubEventType: AcledTaxonomy.ArmedClash, Actor1.Inter: 2 or 3 or 4, Actor2.IsState: true }) return e;
        var tokens = context.Document.Tokens;
        var trigger = TriggerOf(e);
        int t = ExtractionContext.FirstAtOrAfter(tokens, k => k.Span.Start, trigger.Start);
        if (t >= tokens.Count || !ClashWords.Contains(tokens[t].Lemma)) return e;
        // (a side named before the fighting is its subject: "إن الحوثيين قتلوا العشرات … في معارك", "وخاض المقاتلون
        // الأكراد … معارك مع القوات التركية")
        if (e.FieldEvidence.FirstOrDefault(f => f.Field == "actor1") is { } named && named.Span.Start < trigger.Start) return e;
        var sentence = TriggerSentence(e, context);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (AttackWords.Contains(tokens[i].Lemma)) return e;
        return e with { Actor1 = e.Actor2, Actor2 = e.Actor1, AssocActor1 = e.AssocActor2, AssocActor2 = e.AssocActor1 };
    }

    // Words of fighting that name no side as its starter.
    private static readonly HashSet<string> ClashWords = DefiniteArticle.WithAndWithout(
        "اشتباك", "اشتباكات", "اشتباكا", "مواجهات", "مواجهه", "معارك", "معركه", "قتال", "اشتبك", "اشتبكت", "اشتبكوا");

    // Words of an attack, an ambush or a raid: someone started it.
    private static readonly HashSet<string> AttackWords = DefiniteArticle.WithAndWithout(
        "هجوم", "هجوما", "هجمات", "هاجم", "هاجمت", "هاجموا", "شن", "شنت", "شنوا", "تسلل", "تسللوا", "تسللت", "اقتحام", "اقتحم",
        "اقتحموا", "اقتحمت", "كمين", "كمينا", "استهدف", "استهدفت", "استهدفوا", "محاوله");

    // "تجمع نحو مائة شخص في بروكلين احتجاجا على مقتل براون واعتقلت الشرطة عددا منهم": arrests the sentence tells at a
    // gathering of protest are the force's intervention in that protest (ACLED: protest with intervention, the protesters
    // as actor 1) — one event with the protest itself, CollapseDemonstrations. (Not arrests on a charge of inciting one.)
    private ExtractedEvent ArrestsOfTheCrowd(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Arrests" || e.Actor1 is not { IsState: true } force || e.Actor2 is { Inter: not (6 or 7) }
            || e.Location?.Place?.CountryCode is not { } where) return e;
        var tokens = context.Document.Tokens;
        // (the detained a crowd demands freed, "للمطالبة بالإفراج عن المحتجزين", were held before it)
        if (e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is { } told
            && context.Document.Text.AsSpan(told.Span.Start, told.Span.End - told.Span.Start).ToString() is var word
            && (word.Contains("محتجز") || word.Contains("معتقل"))) return e;
        bool protest = false;
        foreach (var span in e.EvidenceSentences.Take(1))
            for (int i = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, span.Start); i < tokens.Count && tokens[i].Span.End <= span.End; i++)
            {
                string w = BareLemma(tokens[i]);
                // ("ألقت السلطات القبض على 300 شخص بعد اشتباكات بين الشرطة ومحتجين": arrests after the protest, or beside a
                // fight with it, are of their own)
                // (the lemma, its article off: "بتهمة" is "تهمه" once the segmenter takes its ب off)
                if (w is "تهمه" or "بتهمه" or "تحريض" or "دعوه" or "بالدعوه" or "بعد" or "وبعد" or "اثر" or "عقب"
                    or "مواجهات" or "اشتباكات" or "صدامات" or "مواجهه") return e;
                protest |= w is "احتجاجا" or "متظاهرين" or "محتجين" or "مظاهره" or "مظاهرات" or "تظاهره" or "تظاهرات" or "اعتصام" or "تجمهر" or "متظاهرون" or "محتجون";
            }
        return protest && CrowdOf("generic-protesters", where, e) is { } crowd
            ? e with { EventType = AcledTaxonomy.Protests, SubEventType = "Protest with intervention", Actor1 = crowd, Actor2 = force }
            : e;
    }

    // "ألقى مستوطنون زجاجات حارقة على منزل … مما أدى إلى استشهاد رضيع": a named group that riots (settlers), not a crowd,
    // killing people it set upon, attacked them (ACLED: violence against civilians, the group as actor 1) — a mob's
    // violence or property destroyed is what it did when no one died.
    // (after the reports are merged: the toll may be told in another sentence than the fire; the group is the mob's
    // associate by then, DemonstratorsFirst)
    private ExtractedEvent DeadlyAttackOfAGroup(ExtractedEvent e)
    {
        if (e.SubEventType is not ("Mob violence" or "Looting/property destruction") || e.Fatalities is not > 0 || e.Actor2 is { Inter: not 7 }) return e;
        static bool NamedRioters(ActorRef? a) => a is { Inter: 5 } && !a.Id.StartsWith("generic-", StringComparison.Ordinal);
        var group = NamedRioters(e.Actor1) ? e.Actor1! : e.AssocActor1.FirstOrDefault(NamedRioters);
        if (group is null) return e;
        var victims = e.Actor2 ?? (e.Location?.Place?.CountryCode is { } where ? CrowdOf("generic-civilians", where, e) : null);
        return victims is null ? e
            : e with
            {
                EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Attack", Actor1 = group, Actor2 = victims,
                AssocActor1 = e.AssocActor1.Where(a => a != group).ToList(),
            };
    }

    // In protests and riots the demonstrators are actor 1 (ACLED), whoever the sentence names first; in a riot they
    // are rioters. A riot with no demonstrators in it (settlers or villagers throwing stones) is mob violence, whose
    // actor 1 is the rioters of the mob's country with the mob's own group as associate.
    private ExtractedEvent DemonstratorsFirst(ExtractedEvent e)
    {
        if (e.EventType is not (AcledTaxonomy.Protests or AcledTaxonomy.Riots)) return e;
        if (e.Actor2?.Inter is 5 or 6 && e.Actor1?.Inter is not (5 or 6)) e = e with { Actor1 = e.Actor2, Actor2 = e.Actor1 };
        // "وتظاهر المئات في طهران": a crowd no word names is the place's protesters (ACLED's Protesters (Country)).
        if (e.Actor1 is null && e.SubEventType != "Mob violence" && e.Location?.Place?.CountryCode is { } where
            && CrowdOf(e.EventType == AcledTaxonomy.Protests ? "generic-protesters" : "generic-rioters", where, e) is { } unnamed)
            e = e with { Actor1 = unnamed };
        // "وأدت احتجاجات الجمعة إلى مقتل 3 أشخاص", "إضراب شامل يعم فلسطين": a protest's actor 1 is its protesters (of the
        // place's country); people named in it are the crowd, a state force is who faced it, a group marched along.
        if (e.EventType == AcledTaxonomy.Protests && e.Actor1 is { Inter: not (5 or 6) } named
            // (a group's protesters are its people's: Hamas's in Jerusalem are Palestinian; those facing a state are the place's)
            && (named.IsState ? e.Location?.Place?.CountryCode ?? named.Country : named.Country ?? e.Location?.Place?.CountryCode) is { } country
            && CrowdOf("generic-protesters", country, e) is { } crowd)
        {
            e = named.Inter == 7 ? e with { Actor1 = crowd }
                : named.IsState ? e with { Actor1 = crowd, Actor2 = e.Actor2 ?? named }
                : e with { Actor1 = crowd, AssocActor1 = e.AssocActor1.Prepend(named).ToList() };
        }
        if (e.SubEventType is "Violent demonstration" or "Mob violence" && e.Actor1 is { } mob && mob.Country is { } home
            && (mob.Inter is 3 or 4 or 7 || mob.Inter == 5 && !mob.Id.StartsWith("generic-", StringComparison.Ordinal))
            && CrowdOf("generic-rioters", home, e) is { } rioters)
            e = e with
            {
                SubEventType = "Mob violence",
                Actor1 = rioters,
                AssocActor1 = e.AssocActor1.Prepend(mob).ToList(),
            };
        if (e.EventType == AcledTaxonomy.Riots && e.Actor1 is { Inter: 6 } protesters)
            e = e with { Actor1 = AsRioters(protesters) };
        // "تجددت المواجهات بين المتظاهرين والجيش الإسرائيلي": a riot's actor 1 is its rioters, whom a state force faced.
        if (e.SubEventType == "Violent demonstration" && e.Actor1 is { IsState: true } faced
            && (e.Actor2?.Country ?? e.Location?.Place?.CountryCode) is { } people && CrowdOf("generic-rioters", people, e) is { } riotersFaced)
            e = e with { Actor1 = riotersFaced, Actor2 = faced };
        return e;
    }

    // The protesters or rioters of a country, coded for the event's place (a foreign crowd is inter 8 there).
    private ActorRef? CrowdOf(string genericId, string iso2, ExtractedEvent e) =>
        catalog.GenericOf(genericId, iso2, e.Date.Date.Year)?.WithEventCountry(e.Location?.Place?.CountryCode);

    // An associate is named once and is neither side itself: "القوات المشتركة وعلى رأسها ألوية العمالقة" twice in a
    // sentence, or a force both fought and listed with its ally, gives one associate or none.
    private static ExtractedEvent DistinctAssociates(ExtractedEvent e)
    {
        if (e.AssocActor1.Count == 0) return e;
        var kept = e.AssocActor1.Where(a => a.PlainName != e.Actor1?.PlainName && a.PlainName != e.Actor2?.PlainName)
            .DistinctBy(a => a.PlainName).ToList();
        return kept.Count == e.AssocActor1.Count ? e : e with { AssocActor1 = kept };
    }

    // Protesters in a riot are its rioters: "Protesters (Iraq)" becomes "Rioters (Iraq)", inter 5.
    private static ActorRef AsRioters(ActorRef protesters) => protesters with
    {
        Name = protesters.Name.Replace("Protesters", "Rioters", StringComparison.Ordinal), Inter = 5, HomeInter = 5, Kind = "rioters",
    };

    // Civilians are never the agent of violence (ACLED): a civilian "actor1" is the victim.
    private ExtractedEvent FixCivilianAgent(ExtractedEvent e, ExtractionContext context)
    {
        if (e.Actor1 is not { Inter: 7 } || e.EventType is AcledTaxonomy.Protests) return e;
        // ("أعلن الجيش الإسرائيلي أن ناشطين فلسطينيين أطلقوا قذائف هاون": "activists" who fire or fight, no one else
        // named for them, are gunmen — the unidentified armed group of their country, as the wires' word means)
        if (e.Actor2 is null or { Inter: not 7 } && e.SubEventType is AcledTaxonomy.Shelling or AcledTaxonomy.ArmedClash
            && e.FieldEvidence.FirstOrDefault(f => f.Field == "actor1") is { } named && named.Span.End <= TriggerOf(e).Start
            && context.Document.Slice(named.Span).Split(' ')[0] is var word && ArabicNormalizer.Matching.Normalize(word) is "ناشطين" or "ناشطون" or "نشطاء" or "ناشطو"
            && catalog.GenericOf("generic-uag", e.Actor1.Country ?? e.Location?.Place?.CountryCode ?? "", e.Date.Date.Year) is { } gunmen)
            return e with { Actor1 = gunmen };
        // (civilians on both sides, "الصحفي السعودي" and "السلطات … التركية" read as people: no agent is named)
        return e.Actor2 is null or { Inter: 7 } ? e with { Actor1 = null } : e with { Actor1 = e.Actor2, Actor2 = e.Actor1 };
    }

    // A territory change is the government's or a non-state actor's by the agent as finally coded: "الجيش الوطني" is a
    // rebel army's name in Syria but Yemen's army on the west coast (the agent's catalog entry is chosen by the place).
    // (a militia that fights on the government's side of its war, sides.tsv — Yemen's Giants Brigades and joint
    // resistance forces — takes ground for the government too: ACLED's "government forces or their affiliates")
    // (a foreign state's army takes ground as ACLED's non-state actor does — Turkey's in Afrin — unless it fights on the
    // side of the country's own government: "a non-state actor or foreign state actor captures territory")
    private ExtractedEvent TerritoryByAgent(ExtractedEvent e, ExtractionContext context) =>
        e.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes && e.Actor1 is { } agent
            ? e with { SubEventType = agent.IsState && !ForeignAndHostile(agent, e, context) || ProGovernment(agent, e, context) ? AcledTaxonomy.GovernmentRegains : AcledTaxonomy.NonStateOvertakes }
            : e;

    // (a militia, or a foreign coalition, on the side of the country's army: "استعاد التحالف العربي الذي تقوده السعودية
    // جانبا كبيرا من عدن")
    private bool ProGovernment(ActorRef agent, ExtractedEvent e, ExtractionContext context) =>
        agent.Inter is 3 or 8 && (e.Location?.Place?.CountryCode ?? agent.Country) is { } iso2
        && catalog.GenericOf("generic-military", iso2, e.Date.Date.Year) is { IsState: true } army && context.Sides.Allied(agent, army);

    private bool ForeignAndHostile(ActorRef state, ExtractedEvent e, ExtractionContext context) =>
        state.Country is { } own && e.Location?.Place?.CountryCode is { } where && own != where
        && !(catalog.GenericOf("generic-military", where, e.Date.Date.Year) is { IsState: true } army && context.Sides.Allied(state, army));

    // An event its own sentence does not date takes the day another sentence gives it (see DayFromAnotherReport).
    // (triggers: those not inside a name — "منظمة حظر الأسلحة الكيميائية" reports no attack)
    private static ExtractedEvent DatedElsewhere(ExtractedEvent e, ExtractionContext context, List<TriggerMention> triggers)
    {
        if (e.Date.Precision != DatePrecision.Week || e.Location is null || e.FieldEvidence.Any(f => f.Field == "date")) return e;
        if (e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is not { } trigger
            || context.DayFromAnotherReport(e.SubEventType, e.Location, e.EvidenceSentences, trigger.Span, triggers) is not { } day) return e;
        return e with { Date = day.Date, FieldEvidence = e.FieldEvidence.Append(new FieldEvidence("date", day.Span)).ToList() };
    }

    // "… أن اشتباكات عنيفة تدور … في معسكر العند، ودمر طيران التحالف العربي دبابتين و4 مركبات عسكرية للحوثيين": aircraft
    // right after a past verb of destroying or striking that opens a clause of its own (", و") strike on their own — the
    // strong word of the clause before does not speak for them.
    private static bool AircraftActAfterAComma(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        int verb = trigger.FirstToken - 1;
        if (verb - 1 < sentence.FirstToken || !AircraftNouns.Contains(tokens[trigger.FirstToken].LemmaWithoutArticle)) return false;
        if (!tokens[verb].StartsWithWa || tokens[verb - 1].Surface is not ("،" or ",")) return false;
        return tokens[verb].NormWithoutWa is "دمر" or "دمرت" or "استهدف" or "استهدفت" or "قصف" or "قصفت" or "ضرب" or "ضربت" or "اغار" or "اغارت";
    }

    // ("صاروخين إسرائيليين استهدفا مستودعات أسلحة لحزب الله قرب المطار"): every strong trigger of the sentence left
    // standing names weapons stored or seized — in a strike, often its target — which speak for no fighting and no strike
    private static bool OnlyWeaponsStrong(List<TriggerMention> sentenceTriggers, SentenceSuppression suppressed)
    {
        for (int j = 0; j < sentenceTriggers.Count; j++)
            if (!sentenceTriggers[j].IsWeak && !suppressed[j] && !sentenceTriggers[j].Entries.All(e => e.SubEventType == "Disrupted weapons use"))
                return false;
        return true;
    }

    // Every strong trigger of the sentence that was not suppressed stands past a contrast ("فيما", "في حين", "بينما")
    // that follows the weak trigger k.
    private static bool ClauseOfItsOwn(Document document, List<TriggerMention> sentenceTriggers, SentenceSuppression suppressed, int k)
    {
        var weak = sentenceTriggers[k];
        for (int j = 0; j < sentenceTriggers.Count; j++)
        {
            var other = sentenceTriggers[j];
            if (other.IsWeak || suppressed[j]) continue;
            if (other.FirstToken < weak.LastToken || !ContrastClause.Between(document.Tokens, weak.LastToken, other.FirstToken)) return false;
        }
        return true;
    }

    // Past verbs of fighting: an act with both armed sides named (objectOfVerb); the present, "التي تقاتل تنظيم داعش",
    // tells who someone's enemy is.
    private static readonly HashSet<string> FoughtVerbs = new(StringComparer.Ordinal) { "قاتل", "قاتلت", "قاتلوا", "قاتلا" };

    // A verb of killing, striking or capturing: its object follows its subject closely (objectOfVerb).
    private static bool TakesItsObjectAfterItsSubject(string lemma) =>
        KillingVerbs.Active.Contains(lemma) || KillingVerbs.PuttingToDeath.Contains(lemma) || FiniteStrikeVerbs.Contains(lemma) || CapturingVerbs.Contains(lemma)
        || AttackingVerbs.Contains(lemma) || FoughtVerbs.Contains(lemma);

    // "عمليات عسكرية", "عملية أمنية": operations of a military or a security force (not "العملية" alone, nor an offensive
    // or a campaign, which armed groups run too; nor, with the article, the operation told before whose toll this is:
    // "وأسفرت العملية العسكرية عن مقتل 20 مسلحا")
    // The side named right after the verb of running an operation that follows it ("عملية أمنية نفذتها قوة عراقية",
    // "عملية عسكرية نوعية نفذتها قوة مشتركة") — a force noun with its nationality the state's military — or null.
    private ActorMention? RunBy(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        int k = trigger.LastToken + 1;
        if (k < sentence.EndToken && tokens[k].Lemma is "نوعيه" or "واسعه" or "خاصه" or "مشتركه") k++;
        // ("العملية الإرهابية التي نفذتها «داعش»": the relative pronoun, with a past verb — "المقابر الجماعية التي ينفذها أعضاء
        // تنظيم داعش" is what they do — and quotation marks round the name)
        bool relative = k < sentence.EndToken && tokens[k].Norm is "التي" or "الذي";
        if (relative) k++;
        if (k + 1 >= sentence.EndToken || tokens[k].Norm is not ("نفذتها" or "نفذها" or "شنتها" or "شنها" or "نفذتهما")
            && (relative || tokens[k].Norm is not ("تنفذها" or "ينفذها"))) return null;
        int name = k + 1 < sentence.EndToken - 1 && IsQuoteMark(tokens[k + 1]) ? k + 2 : k + 1;
        if (document.Actors.Find(x => x.FirstToken == name) is { } named) return named;
        return k + 2 < sentence.EndToken && BareLemma(tokens[k + 1]) is "قوه" or "قوات" or "وحده" or "وحدات"
               && catalog.AdjectiveMatcher.LongestAt(tokens, k + 2, sentence.EndToken) is { } nation && nation.First == k + 2
            ? NationalForce(document, nation, air: false) : null;
    }

    private static bool StateOperationWords(Document document, TriggerMention trigger) =>
        trigger.LastToken == trigger.FirstToken + 1 && document.Tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true }
        && BareLemma(document.Tokens[trigger.FirstToken]) is "عمليات" or "عمليه"
        && BareLemma(document.Tokens[trigger.LastToken]) is "عسكريه" or "امنيه";

    // Verbs of attacking, weak alone ("هاجم الوزير المعارضة" is words): with an armed subject and object, an attack.
    private static readonly HashSet<string> AttackingVerbs = new(StringComparer.Ordinal) { "هاجم", "هاجمت", "هاجموا", "هاجما" };

    // An armed side: a rebel, political or identity militia, a foreign force, or a state's military or police (not its
    // government, whose men speak: "هاجم الرئيس التركي الحزب").
    private static bool ArmedForce(ActorMention a) =>
        a.Actor.Inter is 2 or 3 or 4 or 8
        || a.Actor.Kind is "military" or "police";

    // Verbs of capturing, whose object after the subject is whom they took ("وأسرت قوات المقاومة عددا من مسلحي
    // الميليشيات"); not "ياسر", a name far more often than "he captures".
    // ("أن الشرطة أوقفت 251 شخصا": and the verb of detaining, weak alone — "أوقفت الحكومة المساعدات" — whose object a side)
    private static readonly HashSet<string> CapturingVerbs = new(StringComparer.Ordinal) { "اسرت", "اسروا", "تاسر", "ياسرون", "اوقف", "اوقفت", "اوقفوا" };

    private static readonly HashSet<string> DetainingVerbs = new(StringComparer.Ordinal) { "اوقف", "اوقفت", "اوقفوا" };

    // Whom "أوقف" detained: people or men of a group right after it, past their count — not a state or a country
    // ("أوقفت الولايات المتحدة بيانا أعدته الكويت", "أوقفت تمويلها لجبهة النصرة": what was stopped is a thing).
    private static bool PeopleDetained(Document document, TriggerMention trigger, ActorMention obj)
    {
        if (obj.Rule == "country" || obj.Actor.IsState || document.Tokens[obj.FirstToken].HasProclitic("ل")) return false;
        int k = PastTheCountEndingAt(document, obj.FirstToken - 1);
        if (k > trigger.LastToken && document.Tokens[k].Norm is "نحو" or "قرابه" or "حوالي") k--;
        // ("أوقفت قوة من الجيش اللبناني 23 شخصا": the subject named by its unit, "قوة من", right after the verb)
        return k == trigger.LastToken || document.Actors.Exists(a => a.LastToken == k && SubjectRightAfter(document, trigger, a));
    }

    // The word at <paramref name="at"/> opens its sentence or clause (after punctuation or "قد"), with no proclitic but و
    // or ف: where a verb stands, not a noun.
    private static bool ClauseOpens(Document document, Sentence sentence, int at)
    {
        var t = document.Tokens[at];
        if (t.HasProclitic("ل") || t.HasProclitic("ب") || t.HasProclitic("ك")) return false;
        // ("من جهة أخرى استشهد شرطي", "كما قتل"): or after a phrase that moves the story on
        return at == sentence.FirstToken || document.Tokens[at - 1].Surface is "،" or "," or ":" or "؛"
               || document.Tokens[at - 1].Norm is "قد" or "وقد" or "كما" or "فيما" or "بينما" or "ميدانيا" or "وميدانيا"
               || at - 3 >= sentence.FirstToken && document.Tokens[at - 1].Norm is "اخري" or "ثانيه" && document.Tokens[at - 2].Norm == "جهه";
    }

    // The state forces named right after a verb of killing that opens its clause, a few words before the trigger.
    private static ActorMention? ForcesKilledBefore(Document document, Sentence sentence, TriggerMention trigger)
    {
        foreach (var a in document.Actors)
        {
            if (a.FirstToken < sentence.FirstToken || a.FirstToken < trigger.FirstToken - 8) continue;
            if (a.FirstToken >= trigger.FirstToken) break;
            if (a.Actor is { Inter: 1 or 8, IsState: true } && KilledByTheVerbBefore(document, sentence, a)) return a;
        }
        return null;
    }

    // A verb of losing before the subject that comes right before the trigger: "فقد الحوثيون السيطرة", "خسرت قوات النظام السيطرة".
    private static bool LostBefore(Document document, Sentence sentence, TriggerMention trigger, ActorMention? subject)
    {
        if (subject is null || subject.LastToken >= trigger.FirstToken || trigger.FirstToken - subject.LastToken > 2) return false;
        int v = subject.FirstToken - 1;
        return v >= sentence.FirstToken && LosingVerbs.Contains(document.Tokens[v].NormWithoutWa);
    }

    private static readonly HashSet<string> LosingVerbs = new(StringComparer.Ordinal) { "فقد", "فقدت", "فقدوا", "خسر", "خسرت", "خسروا" };

    // An ascribing verb after the trigger, its subject between it and "إلى", then the side: "نسبته الحكومة الى داعش".
    private static bool AscribedTo(Document document, Sentence sentence, TriggerMention trigger, ActorMention side)
    {
        int to = side.FirstToken - 1;
        if (to <= trigger.LastToken || document.Tokens[to].Norm != "الي") return false;
        for (int k = to - 1; k > trigger.LastToken && k >= to - 4 && k >= sentence.FirstToken; k--)
            if (AscribingVerbs.Contains(document.Tokens[k].Norm)) return true;
        return false;
    }

    // "نسبته السلطات إلى …": a verb ascribing the act its pronoun stands for to someone.
    private static readonly HashSet<string> AscribingVerbs = new(StringComparer.Ordinal) { "نسبته", "نسبتها", "ونسبته", "ونسبتها", "نسبه", "ونسبه", "نسبها" };

    // Words that say who carried an attack out ("هجوم شنه مسلحون", "نفذه تنظيم", "تبناه"), or its owner right after it
    // ("في هجوم لتنظيم داعش").
    private static bool CarriedOutBySomeone(Document document, Sentence sentence, TriggerMention trigger)
    {
        foreach (var a in document.Actors)
        {
            if (a.FirstToken > trigger.LastToken + 2) break;
            if (a.FirstToken > trigger.LastToken) return true;
        }
        for (int i = trigger.LastToken + 1; i < sentence.EndToken; i++)
            if (ExtractionContext.CarryingOutVerbs.Contains(document.Tokens[i].Norm) || document.Tokens[i].Norm is "شنوها" or "نفذوها" or "تبناه" or "تبنته" or "تبني" or "تبنت"
                || document.Tokens[i].Norm == "قبل" && document.Tokens[i - 1].Norm == "من"
                // ("في هجوم … تم نسبه إلى المتمردين الأكراد": one ascribed to someone)
                || AscribingVerbs.Contains(document.Tokens[i].Norm) || document.Tokens[i].Norm is "نسبت" or "ونسبت") return true;
        return false;
    }

    // A count right before the protesters' noun and a verb of gathering right before the count ("تجمع قرابة ستة آلاف
    // متظاهر", "احتشد نحو 500 محتج": the number layer's count holds its word of about).
    private static bool CountedProtestersGathered(Document document, Sentence sentence, TriggerMention trigger)
    {
        int k = PastTheCountEndingAt(document, trigger.FirstToken - 1);
        return k != trigger.FirstToken - 1 && k >= sentence.FirstToken
               && (GatheringVerbs.Contains(document.Tokens[k].Lemma) || GatheringVerbs.Contains(BareLemma(document.Tokens[k])));
    }

    // The token before the count that ends at token k ("قتل 13 شخصا": the verb), or k itself when no count ends there.
    private static int PastTheCountEndingAt(Document document, int k)
    {
        foreach (var n in document.Numbers)
            if (n.LastToken == k) return n.FirstToken - 1;
        return k;
    }

    // The dead a verb of killing that opens its clause counts ("قتل 13 شخصا"), or the noun of killing ("مقتل سبعة جنود").
    private static bool CountedDead(Document document, Sentence sentence, ActorMention victim)
    {
        if (KilledByTheVerbBefore(document, sentence, victim)) return true;
        int k = PastTheCountEndingAt(document, victim.FirstToken - 1);
        return k >= sentence.FirstToken && BareLemma(document.Tokens[k]) is "مقتل" or "مصرع";
    }

    // "قتل شرطي وأصيب 4 آخرون … في انفجار", "قتل ثلاثة جنود في هجوم": the one named right after a verb of killing that opens
    // its clause, or after its figure, is its dead (the passive, unmarked in writing) — named without the article: "وقتلت
    // الشرطة المهاجم" is the active verb and its subject.
    private static bool KilledByTheVerbBefore(Document document, Sentence sentence, ActorMention victim)
    {
        int verb = victim.FirstToken - 1;
        // ("وقتل ضابطا شرطة", "قتل ثلاثة من عناصر الجيش": the men of the force, or a count of them, may stand between;
        // a force named bare must be indefinite — "قتل الجيش" is what the army did)
        if (verb > sentence.FirstToken && MenOfAForce.Contains(document.Tokens[verb].Norm)) verb--;
        else if (document.Tokens[victim.FirstToken].Form.Analysis is { HasArticle: true }) return false;
        // (not hundreds of them, a campaign's toll: "وقتل المئات من أفراد الجيش والشرطة في هجمات")
        if (verb > sentence.FirstToken && document.Tokens[verb].Norm == "من" && document.Numbers.Exists(n => n.LastToken == verb - 1 && n.Value < 100)) verb--;
        verb = PastTheCountEndingAt(document, verb);
        // ("استشهد شرطي مصري": or the verb of falling a martyr)
        return verb >= sentence.FirstToken && (KillingVerbs.PassiveOpening.Contains(BareLemma(document.Tokens[verb])) || BareLemma(document.Tokens[verb]) is "استشهد" or "استشهدت")
               && ClauseOpens(document, sentence, verb);
    }

    // "تمكن الجيش من قتل", "قيادة العمليات تمكنت من قتل": the killing a side managed, the side beside the verb of managing.
    private static bool AchievedBy(Document document, Sentence sentence, TriggerMention killing, ActorMention side)
    {
        int from = killing.FirstToken - 1;
        if (from - 2 < sentence.FirstToken || document.Tokens[from].Norm != "من") return false;
        return side.LastToken == from - 2 && ExtractionContext.IsAchievedWord(document.Tokens[from - 1])
               || side.LastToken == from - 1 && side.FirstToken > sentence.FirstToken && ExtractionContext.IsAchievedWord(document.Tokens[side.FirstToken - 1]);
    }

    // "نفسه", "نفسها", "أنفسهم" within the verb's clause, a few words on: the verb's subject did it to itself.
    private static bool ReflexiveAfter(Document document, Sentence sentence, TriggerMention verb)
    {
        for (int k = verb.LastToken + 1; k < Math.Min(sentence.EndToken, verb.LastToken + 9); k++)
        {
            var t = document.Tokens[k];
            if (t.Kind == TokenKind.Punctuation) return false;
            // (not the emphatic after a definite noun, "منزل المطلوب نفسه", "في اليوم نفسه" — unless that noun is the
            // verb's subject right after it, "فجر الانتحاري نفسه")
            if (t.Norm is "نفسه" or "نفسها" or "انفسهم" or "نفسيهما")
                return k - 1 == verb.LastToken + 1 || document.Tokens[k - 1].Form.Analysis is not { HasArticle: true };
        }
        return false;
    }

    // Where a named object starts with its count before it ("عشرة من صيادي السمك", "خمسة أشخاص").
    private static int CountedFrom(Document document, ActorMention obj)
    {
        int end = obj.FirstToken - 1;
        if (end > 0 && document.Tokens[end].Norm == "من") end--;
        foreach (var n in document.Numbers)
            if (n.LastToken == end) return n.FirstToken;
        return obj.FirstToken;
    }

    // People counted right before a plural past verb of arrest, "251 شخصا اعتقلوا": the passive's subject.
    private static bool CountedBeforeAPluralArrest(Document document, TriggerMention trigger, ActorMention people) =>
        people.Actor.Inter is 5 or 6 or 7 && people.LastToken == trigger.FirstToken - 1 && trigger.FirstToken == trigger.LastToken
        && PassivePluralArrests.Contains(document.Tokens[trigger.FirstToken].NormWithoutWa) && CountedFrom(document, people) < people.FirstToken;

    // Plural (and dual) past verbs of arrest, read as passives after the people they count. (Not "احتجزوا": "أنقذت فرق
    // الدفاع المدني 7 أشخاص احتجزوا داخل شقة" were trapped by a fire.)
    private static readonly HashSet<string> PassivePluralArrests = new(StringComparer.Ordinal) { "اعتقلوا", "اعتقلا" };

    // ("حادث التفجير الذي تعرض له مسجد الطوارئ الخاصة بأبها", "عملية تفجير إرهابية … في المسجد", "تفجير استهدف سوقا"):
    // a bombing told with the site it struck — a mosque, a market, a checkpoint — or its site or victims happened,
    // whoever set it off.
    private static bool BombingOfASite(Document document, Sentence sentence, TriggerMention trigger, TriggerEntry entry)
    {
        if (entry.SubEventType is not ("Remote explosive/landmine/IED" or "Suicide bomb")) return false;
        var tokens = document.Tokens;
        // ("نقلها من موقع التفجير", "مصابي التفجير الإرهابي": the site or the victims of the bombing, the noun in construct before it)
        if (trigger.FirstToken > sentence.FirstToken && tokens[trigger.FirstToken - 1].LemmaWithoutArticle is "موقع" or "مكان" or "مسرح" or "ضحايا"
                or "مصابي" or "شهداء" or "جرحي" or "قتلي") return true;
        // ("أدان التفجير الذي وقع يوم الاثنين في بلدة سروج التركية": or told as having taken place, a relative clause of
        // occurring right after it)
        // (a day told in it: an old bombing retold, "التفجير الذي وقع في مسجد العنود", is not dated by the article)
        if (trigger.LastToken + 2 < sentence.EndToken && tokens[trigger.LastToken + 1].Norm is "الذي" or "التي"
            && tokens[trigger.LastToken + 2].NormWithoutWa is "وقع" or "وقعت" or "حدث" or "حدثت" or "جري" or "جرت"
            && document.Dates.Exists(d => d.FirstToken > trigger.LastToken + 2 && d.FirstToken <= trigger.LastToken + 5)) return true;
        // (the site in the trigger's own words too: "تفجير مسجد قوة الطوارئ", a building blown up with people in it)
        return SiteAfter(document, sentence, trigger);
    }

    // An armed group's men taken by the state's force named last before the trigger in its sentence ("أن الجهات الأمنية …
    // تمكنت من الإطاحة بتنظيم"), or, none named, by the state's police (UnnamedAgent): the entry and roles of that arrest.
    private (TriggerEntry, Roles) TakenByTheStateBefore(Document document, Sentence sentence, TriggerMention trigger, TriggerEntry e, Roles roles, ActorMention taken)
    {
        var taker = document.Actors.LastOrDefault(a => a.FirstToken >= sentence.FirstToken && a.LastToken < trigger.FirstToken
                                                       && a.Actor.Inter == 1 && _authorities.CanArrest(a.Actor));
        return (taker is null ? e with { UnnamedAgent = true } : e, roles with { Actor1 = taker, Actor2 = taken, TargetMarked = true });
    }

    // The perfect verb of setting fire (its object may be people or things: the clause tells which)
    private static readonly HashSet<string> SettingAlight = new(StringComparer.Ordinal) { "احرق", "احرقت", "احرقوا" };

    // Verbs and verbal nouns of burning people (the phrase row of burning, its first word).
    private static readonly HashSet<string> BurningWords = new(StringComparer.Ordinal)
    {
        "حرق", "احراق", "حرقه", "حرقها", "حرقهم", "احراقه", "احراقها", "احرقوه", "احرقوها", "احرقوا",
    };

    // A gathering place (BombedSites) the act's clause says it struck or happened in: after "في", "داخل" or a verb of
    // targeting, within twenty words of the trigger ("الذي استهدف مسجدا", "الذي وقع في مسجد قوات الطوارئ"; not a place
    // named for something else, "تنديدا بنقل السفارة").
    private static bool SiteStruck(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        for (int k = trigger.LastToken + 2; k < sentence.EndToken && k <= trigger.LastToken + 20; k++)
        {
            if (tokens[k].Surface is "." or "؛" or "؟") return false;
            if (!BombedSites.Contains(tokens[k].LemmaWithoutArticle)) continue;
            var before = tokens[k - 1];
            // ("بمسجد قوات الطوارئ": in it, the preposition joined)
            if (tokens[k].HasProclitic("ب") || before.NormWithoutWa is "في" or "داخل" || TargetingWords.Contains(BareLemma(before))) return true;
        }
        return false;
    }

    // A mosque, market, hotel or other place where people gather (BombedSites) within twelve words after the trigger,
    // in its sentence.
    private static bool SiteAfter(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        for (int k = trigger.FirstToken + 1; k < sentence.EndToken && k <= trigger.LastToken + 12; k++)
        {
            if (tokens[k].Surface is "." or "؛" or "؟") return false;
            if (BombedSites.Contains(tokens[k].LemmaWithoutArticle)) return true;
        }
        return false;
    }

    // (without their article: looked up after DefiniteArticle.Off)
    private static readonly HashSet<string> BombedSites = new(StringComparer.Ordinal)
    {
        "مسجد", "جامع", "مصلي", "كنيسه", "حسينيه", "سوق", "سوقا", "حاجز", "حاجزا", "دوريه", "موكب", "موكبا", "حافله", "فندق", "مطعم",
        "مقهي", "ملعب", "جنازه", "مجلس", "سفاره",
        // (indefinite objects take the accusative alif: "التفجير الذي استهدف مسجدا")
        "مسجدا", "جامعا", "فندقا", "مطعما", "ملعبا", "مجلسا",
    };

    // The subject right after a verb, or after a unit of it right after the verb ("قتلت قوات من جيش الاحتلال الأسير";
    // as the subject, "عناصر من" act too — after a word of death they are its dead, which is why IsActingUnit lacks them).
    private static bool SubjectRightAfter(Document document, TriggerMention verb, ActorMention subject) =>
        subject.FirstToken == verb.LastToken + 1
        // ("أعدم «داعش» 23 شخصا": the subject in quotes)
        || subject.FirstToken == verb.LastToken + 2 && document.Tokens[verb.LastToken + 1].Surface is "«" or "“" or "\""
        || subject.FirstToken == verb.LastToken + 3 && document.Tokens[verb.LastToken + 2].Norm == "من"
           && (ExtractionContext.IsActingUnit(document.Tokens[verb.LastToken + 1].Norm) || document.Tokens[verb.LastToken + 1].Norm == "عناصر");

    // Men of a force named in construct before it ("ضابطا شرطة", the dual; "عناصر الأمن", "أفراد الجيش").
    private static readonly HashSet<string> MenOfAForce = new(StringComparer.Ordinal)
    {
        "ضابطا", "ضابطي", "ضباط", "عناصر", "افراد", "منتسبي", "مجندي", "جنود",
    };

    // The side named right before the victims, only a verb or a count between: "حرق مستوطنين رضيعا", "مليشيات أحرقت
    // ثلاثة شبان" — not one a clause further back ("حملت الرئاسة سلطات الاحتلال مسؤولية استشهاد الرضيع").
    private static ActorMention? DoerRightBefore(ExtractionContext context, Sentence sentence, ActorMention victims)
    {
        if (context.ActorEndingBefore(victims.FirstToken, sentence) is not { Actor.Inter: not 7 } doer)
            return null;
        var tokens = context.Document.Tokens;
        int words = 0;   // the one word allowed between is the verb ("أحرقت"), any more is another clause
        for (int i = doer.LastToken + 1; i < victims.FirstToken; i++)
        {
            if (tokens[i].Kind == TokenKind.Number || context.Document.Numbers.Exists(n => n.FirstToken <= i && i <= n.LastToken)) continue;
            if (tokens[i].Kind != TokenKind.ArabicWord || ++words > 1) return null;
        }
        return doer;
    }

    // Civilians named at most four words before the trigger, no punctuation between (a count between is allowed: "شبان"; so
    // is a name or an age set off in quotes or brackets: "الطفل علي دوابشة (18 شهرا) قتل حرقا").
    private static ActorMention? CiviliansRightBefore(ExtractionContext context, Sentence sentence, TriggerMention trigger) =>
        context.ActorEndingBefore(trigger.FirstToken, sentence) is { Actor.Inter: 7 } civilians && WordsBetween(context.Document, civilians.LastToken, trigger.FirstToken, 3)
            ? civilians : null;

    // At most so many words between two tokens and no punctuation, a name set off in quotes or brackets aside: "الطفل
    // الرضيع «علي سعد الدوابشة» الذي أحرقه المستوطنون" — the quoted name is the child's, the clause after it goes on about him.
    private static bool WordsBetween(Document document, int before, int after, int most)
    {
        var tokens = document.Tokens;
        int words = 0;
        for (int k = before + 1; k < after; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation) { if (++words > most) return false; continue; }
            string close = tokens[k].Surface switch { "«" => "»", "(" => ")", "\"" => "\"", "“" => "”", _ => "" };
            if (close.Length == 0) return false;
            int end = k + 1;
            while (end < after && end <= k + 6 && tokens[end].Surface != close && tokens[end].Kind != TokenKind.Punctuation) end++;
            if (end >= after || tokens[end].Surface != close || end == k + 1) return false;
            k = end;
        }
        return true;
    }

    // "انفجار قنبلة", "تفجير عبوة ناسفة", "انفجار سيارة مفخخة": a word of blast with the bomb named right after it.
    // The act told as what someone died by: "بتفجير", "في تفجير", "جراء تفجير", "إثر انفجار".
    // (or the bombing is the subject of what it caused: "أسفر تفجير قرب سوق شعبية عن مقتل", "أن تفجيرا مماثلا قرب سوق
    // شعبية أدى إلى مقتل شخص")
    private static bool DiedBy(Document document, Sentence sentence, TriggerMention trigger) =>
        trigger.Instrumental || trigger.FirstToken > sentence.FirstToken
        && (document.Tokens[trigger.FirstToken - 1].Norm is "في" or "جراء" or "اثر" or "بسبب" or "نتيجه" or "بفعل"
            || ConsequenceVerbs.Contains(document.Tokens[trigger.FirstToken - 1].Norm))
        || ConsequenceAfter(document, sentence, trigger);

    private static bool ConsequenceAfter(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 12); i++)
        {
            if (document.Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (ConsequenceVerbs.Contains(document.Tokens[i].Norm)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ConsequenceVerbs = new(StringComparer.Ordinal)
    {
        "ادي", "اسفر", "اوقع", "خلف", "تسبب", "واسفر", "وادي", "واوقع", "ادت", "اسفرت", "اوقعت", "خلفت", "تسببت", "اسفرا", "اديا",
    };

    private static bool BlastOfABomb(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        if (BareLemma(tokens[trigger.FirstToken]) is not ("انفجار" or "انفجارات" or "تفجير" or "تفجيرات")) return false;
        int next = trigger.FirstToken + 1;
        return next < sentence.EndToken && BareLemma(tokens[next]) is "قنبله" or "قنابل" or "عبوه" or "عبوات" or "سياره" or "سيارات" or "لغم" or "الغام" or "دراجه";
    }

    // What is struck when chemical weapons are named as a target: their sites, stores and programme.
    private static readonly HashSet<string> ChemicalTargetWords = new(StringComparer.Ordinal)
    {
        "اهداف", "مواقع", "موقع", "منشات", "منشاه", "مخازن", "مخزن", "مستودعات", "مراكز", "مركز", "مقرات", "برنامج", "مصانع", "مختبرات",
    };

    // Both sides of the event fight at home: no foreign force (inter 8) among them.
    private static bool LocalSides(ExtractedEvent e) => e.Actor1 is not { Inter: 8 } && e.Actor2 is not { Inter: 8 };

    /// <summary>
    /// Reports of one event: same sub-type and place, dates within two days, and the same agent — or one report
    /// with no agent of its own, which joins the others; allies' reports of one clash against one foe are one clash.
    /// </summary>
    private static List<List<ExtractedEvent>> GroupReports(List<ExtractedEvent> events, Sides sides, Func<ExtractedEvent, bool> another,
        Func<ExtractedEvent, bool> theBomberAgain)
    {
        // (allies on one side of a battle, "الجيش" and "التحالف" against the Houthis at a place on a day, fight one battle)
        bool OneSide(ActorRef? a, ActorRef? b) => SameForce(a, b) || a is not null && b is not null && sides.Allied(a, b);
        var groups = new List<List<ExtractedEvent>>();
        foreach (var e in events.OrderByDescending(e => e.Actor2 is not null))
        {
            // The target may be named differently in each report ("the militias", "the security directorate"):
            // the agent, the place, the day and the kind of event decide.
            // A battle reported from either side ("X clashed with Y", "Y clashed with X") is one battle.
            var home = groups.FirstOrDefault(g => g.Any(o => o.SubEventType == e.SubEventType && SamePlace(o, e)
                && (Math.Abs(o.Date.Date.DayNumber - e.Date.Date.DayNumber) <= 2 || OneBombingOneUndated(o, e, theBomberAgain))
                && (SameForce(o.Actor1, e.Actor1)
                    // ("ألقت شرطة الحدود الإسرائيلية السبت القبض على إيطاليين" and "أوقفت القوات الإسرائيلية السبت إيطاليين":
                    // one arrest that reports give to a state's police and to its army)
                    || OneStatesArrest(o, e)
                    || e.EventType == AcledTaxonomy.Battles && e.Actor2 is not null && SidesReversed(o, e)
                    || e.SubEventType == AcledTaxonomy.ArmedClash && e.Actor2 is not null && o.Actor2 is not null
                       && (OneSide(o.Actor1, e.Actor1) && OneSide(o.Actor2, e.Actor2) || OneSide(o.Actor1, e.Actor2) && OneSide(o.Actor2, e.Actor1))
                    // (a strike whose striker is unknown at the place and day of a named one's is that strike, told by its dead;
                    // so is an attack by "unknown gunmen" that a group claimed: "تبنى تنظيم داعش اغتيال مرشح … مسلحين مجهولين")
                    || e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians
                       && (e.Actor1 is { IsUnidentified: true } || o.Actor1 is { IsUnidentified: true })
                    // ("جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية ماتع": two words of one act, placed by the
                    // one mention of the place, are one report when each reads as agent the side the other reads as hit —
                    // not "غارات روسية وسورية", two agents striking one town)
                    || o.Location is { } there && e.Location is { } here && there.Span == here.Span
                       && (SameForce(o.Actor1, e.Actor2) || SameForce(o.Actor2, e.Actor1)))));
            // ("وقتل سبعة آخرون في تفجير آخر شرقي المدينة": another of its kind is its own event)
            if (home is null || another(e)) groups.Add(new List<ExtractedEvent> { e });
            else home.Add(e);
        }
        return groups;
    }

    // "في تفجير آخر", "وفي هجوم ثان", "بغارة أخرى": the noun of the event, after the preposition it happened in or by, is
    // followed by a word of another of its kind (not a verb's object, "استعادوا آخر معقل": the last stronghold).
    private static bool AnotherOfItsKind(ExtractedEvent e, ExtractionContext context)
    {
        if (e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is not { } told) return false;
        var tokens = context.Document.Tokens;
        int first = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, told.Span.Start);
        int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, told.Span.End);
        bool inOrBy = first < tokens.Count && (tokens[first].HasProclitic("ب") || first > 0 && tokens[first - 1].Norm is "في" or "وفي" or "جراء" or "اثر" or "خلال");
        return inOrBy && k < tokens.Count && tokens[k].Norm is "اخر" or "اخري" or "ثان" or "ثاني" or "ثانيه";
    }

    // The country's name, placed at its capital (precision 3).
    private static PlaceMention AtItsCapital(PlaceMention country, Place seat) =>
        new(country.Span, country.Surface, country.FirstToken, country.LastToken, seat, 3, "capital of the country", 0.5);

    // "أعلنت السلطات البحرينية اعتقال 14 إيرانيا" with no place of its own: a state's authorities arrest at home — at
    // its capital, as ACLED's coders place a national act with no town (precision 3), told by the force's own name.
    private IReadOnlyList<PlaceMention> PlacesOrHome(ExtractionContext context, Sentence sentence, TriggerMention anchor, TriggerMention trigger,
        TriggerEntry entry, Roles roles)
    {
        var places = TheCapital(context, sentence, trigger, context.PlacesFor(sentence, anchor, trigger));
        // "احتجاجات الأردن … وتظاهر الآلاف في المدن والبلدات الرئيسية": a country's protests that neither the sentence
        // nor the article puts in a town are the capital's (precision 3), as ACLED's coders place a national wave
        if (places.Count == 0 && entry.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots && capitalOf is not null
            && context.OnlyCountry() is { } land && capitalOf(land.Place!.CountryCode) is { } seat)
            return new[] { AtItsCapital(land, seat) };
        // (and so are those the sentence puts in the country alone: "أكبر الاحتجاجات التي يشهدها الأردن")
        if (places is [{ Place: not null } only] && ExtractionContext.IsCountry(only) && entry.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots
            && capitalOf is not null && capitalOf(only.Place.CountryCode) is { } itsSeat)
            return new[] { AtItsCapital(only, itsSeat) };
        if (places.Count == 0 && entry.SubEventType == "Arrests" && ArrestAtTheOutletsHome(context, trigger, roles) is { } outletsHome)
            return new[] { outletsHome };
        if (entry.SubEventType != "Arrests" || capitalOf is null
            || roles.Actor1 is not { Actor: { IsState: true, Country: { } iso2 } } arrester || capitalOf(iso2) is not { } home)
            return places;
        // (only when the sentence names no place and what the article gives it lies in another country: a digest's
        // "أعلنت السلطات البحرينية اعتقال 14 إيرانيا" after a story from Iraq)
        // (nor when the arrested belong where the article is: "اعتقلت السلطات الإسرائيلية التميمي" in an article set in the
        // West Bank arrests Palestinians there — only people of a third country, "14 إيرانيا", say nothing of the place)
        foreach (var p in places)
            // (with no one named as arrested, "اعتقال 14 إيرانيا", nothing ties the arrest to the article's place either)
            if (p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken || p.Place?.CountryCode == iso2
                // (a people the text names, "14 إيرانيا" — not "مواطنين" given the article's country for want of any)
                || roles.Actor2 is { Rule: not "generic" } held && held.Actor.Country is { } theirs && theirs == p.Place?.CountryCode) return places;
        return new[] { new PlaceMention(arrester.Span, arrester.Surface, arrester.FirstToken, arrester.LastToken, home, 3, "capital of the arresting state", 0.5) };
    }

    // An arrest by a state's police and one by its army, told of one day and place, are one arrest in two reports.
    internal static bool OneStatesArrest(ExtractedEvent a, ExtractedEvent b) =>
        a.SubEventType == "Arrests" && b.SubEventType == "Arrests"
        && a.Actor1 is { IsState: true, Country: { } state } && b.Actor1 is { IsState: true } && b.Actor1.Country == state;

    // The armed side named between a word of death and the clash, not the side it fought: whose dead are counted.
    private static ActorMention? FallenBefore(ExtractionContext context, int from, int to, ActorMention foughtWith)
    {
        foreach (var a in context.Document.Actors)
            if (a.FirstToken >= from && a.LastToken < to && a.Actor.Inter is 1 or 2 or 3 or 4 or 8 && !SameForce(a.Actor, foughtWith.Actor)
                && !context.Sides.Allied(a.Actor, foughtWith.Actor)) return a;
        return null;
    }

    // "X clashed with Y" and "Y clashed with X": each report's actor 1 is the other's actor 2.
    internal static bool SidesReversed(ExtractedEvent a, ExtractedEvent b) => SameForce(a.Actor1, b.Actor2) && SameForce(a.Actor2, b.Actor1);

    // The same force under two of its catalog names (the LNA and "the Libyan armed forces") is one agent.
    internal static bool SameForce(ActorRef? a, ActorRef? b) =>
        a?.PlainName == b?.PlainName || a is not null && b is not null && (HasBranch(a.Name) || HasBranch(b.Name))
        && Records.RecordBuilder.ColumnName(a) is { } x && Records.RecordBuilder.ColumnName(b) is { } y && ActorNames.WithoutDates(x) == ActorNames.WithoutDates(y);

    // "Military Forces of Libya (2014-) Libyan National Army": a branch after the date range (what ColumnName drops).
    private static bool HasBranch(string name)
    {
        for (int i = name.IndexOf(')'); i >= 0 && i + 1 < name.Length; i = name.IndexOf(')', i + 1))
            if (char.IsWhiteSpace(name[i + 1])) return true;
        return false;
    }

    // The actors the article shows flying: named by an air force alias or with an aircraft word ("طائرات التحالف").
    private List<ActorRef> AirForces(ExtractionContext context)
    {
        var found = new List<ActorRef>();
        foreach (var a in context.Actors)
            if (Flies(context.Document, a) && !IsAirDefence(a) && !found.Any(f => f.PlainName == a.Actor.PlainName)) found.Add(a.Actor);
        return found;
    }

    // An aircraft word with ب after the trigger in its sentence ("بطائرتين من دون طيار", "بالطائرات المسيرة").
    private bool FlownWith(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 17); i++)
            if (document.Tokens[i].HasProclitic("ب") && _airWords.Of(document.Tokens[i])) return true;
        return false;
    }

    // "قام سلاح الجو بتفجير", "سلاح الجو قام بتفجير": the subject, named beside "قام" right before the verbal noun with ب,
    // when it is aircraft or an air force.
    private ActorMention? AirForceDidIt(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        if (!tokens[trigger.FirstToken].HasProclitic("ب")) return null;
        int did = trigger.FirstToken - 1;
        foreach (var a in context.Actors)
            if (a.LastToken == trigger.FirstToken - 1 && a.FirstToken - 1 >= sentence.FirstToken) did = a.FirstToken - 1;
        if (did < sentence.FirstToken || tokens[did].Lemma is not ("قام" or "قامت" or "قاموا")) return null;
        foreach (var a in context.Actors)
            if ((a.LastToken == did - 1 || a.FirstToken == did + 1) && a.FirstToken >= sentence.FirstToken && AircraftNamed(context.Document, a) && !IsAirDefence(a))
                return a;
        return null;
    }

    // The words of aircraft inside an actor's mention: "طائرات التحالف", "مقاتلات إف-16 تركية".
    private bool AircraftNamed(Document document, ActorMention a)
    {
        for (int i = a.FirstToken; i <= a.LastToken; i++)
            if (_airWords.Of(document.Tokens[i])) return true;
        return false;
    }

    // A mention that names aircraft: an air force alias, or an aircraft word in it ("طائرات التحالف", "الطيران الروسي").
    private bool Flies(Document document, ActorMention? a)
    {
        if (a is null) return false;
        if (a.Actor.Air || AircraftNamed(document, a)) return true;
        // ("مقاتلات تابعة للتحالف العربي": aircraft that belong to it, named just before)
        int k = a.FirstToken - 1;
        return k >= 1 && ActorRecognizer.IsBelongingWord(document.Tokens[k]) && _airWords.Of(document.Tokens[k - 1]);
    }

    // "الهجوم الصاروخي على قاعدة التيفور" that Damascus and Moscow lay on Israel: the missiles of a force that strikes from
    // the air (air-powers.tsv) were fired from its aircraft, as ACLED codes Israel's strikes on Syria — unless the
    // sentence names a ground weapon.
    private ExtractedEvent MissilesFlown(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != AcledTaxonomy.Shelling || !_airPowers.Contains(e.Actor1)) return e;
        var document = context.Document;
        if (context.TriggerAt(TriggerOf(e)) is not { } trigger) return e;
        // ("تستعد إسرائيل لرد إيراني على قصفها لمواقع عسكرية قرب حمص": a bare strike word whose striker was found only
        // now — by its pronoun, or by the sides of the article — is flown by an air power as it is when named)
        if (trigger.Entries.Any(x => x.IsStrike) && e.FieldEvidence.All(f => f.Field != "actor1")
            && !NamesGroundWeapon(document, TriggerSentence(e, context)))
            return e with { SubEventType = AcledTaxonomy.AirStrike };
        if (!NamesMissiles(document, trigger) || NamesGroundWeapon(document, TriggerSentence(e, context), missilesAreNoGroundWord: true)) return e;
        return e with { SubEventType = AcledTaxonomy.AirStrike };
    }

    // Armed groups on the ground rarely strike from the air: an air strike given to one, or to no one, is its side's
    // air force when the article shows one flying ("قوات المقاومة … بمساندة طيران التحالف").
    private ExtractedEvent FromTheAir(ExtractedEvent e, List<ActorRef> airForces, ExtractionContext context)
    {
        // ("قتل 40 شخصا في الغارات الجوية على دوما": a strike told by whom it killed, with no one named for it, was flown
        // by the air force the article shows flying — the country's own, or one that flies over other lands (Israel's,
        // Russia's, a coalition's: air-powers.tsv); with none, it stays unknown and is dropped)
        // (so was one on a group that does not fly: "وكانت طائرة استطلاع قصفت موقعا للمقاومة ببيت لاهيا")
        if (e.SubEventType == AcledTaxonomy.AirStrike && e.Actor1 is null && !RetoldWithoutPlace(e, context)
            && (e.Actor2 is null or { Inter: 7 } || e.Actor2 is { IsState: false } groundSide && !airForces.Any(f => f.PlainName == groundSide.PlainName))
            && airForces.FirstOrDefault(f => !f.IsUnidentified && (f.IsState && f.Country == e.Location?.Place?.CountryCode || _airPowers.Contains(f))
                                             && !(e.Actor2 is { Inter: not 7 } hit && (hit.PlainName == f.PlainName || context.Sides.Allied(f, hit)))) is { } flier)
            return e with { Actor1 = context.Code(flier, e.Location?.Place?.CountryCode) };
        // ("أعلن الجيش الإسرائيلي أن طائرة عسكرية استهدفت تسعة أهداف في قطاع غزة": a strike by aircraft no one is named
        // for, which an air power's own forces announce in its sentence, was theirs)
        if (e.SubEventType == AcledTaxonomy.AirStrike && e.Actor1 is null && e.Claim is { Inherited: false } claim
            && claim.Sentence == TriggerSentence(e, context).Index
            && context.Document.Actors.FirstOrDefault(a => a.Span.Start >= claim.SourceSpan.Start && a.Span.End <= claim.SourceSpan.End
                                                           && a.Actor is { Kind: "military" } && _airPowers.Contains(a.Actor)) is { } announcer
            && !(e.Actor2 is { } struck && (struck.PlainName == announcer.Actor.PlainName || context.Sides.Allied(announcer.Actor, struck))))
            return e with { Actor1 = context.Code(announcer.Actor, e.Location?.Place?.CountryCode) };
        // ("قتل 16 طفلا في غارة نفذتها طائرات لم يعرف ما إذا كانت سورية أو روسية قرب مدرسة في قرية بمحافظة إدلب": a
        // strike told by its dead at a place of its own, with no air force to give it to, was flown by an unidentified
        // state's aircraft, as ACLED codes it)
        if (e.SubEventType == AcledTaxonomy.AirStrike && e.Actor1 is null && e.Actor2 is { Inter: 7 } && e.Fatalities > 0
            && ToldInItsSentence(e, context, "location") && Unidentified(e) is { } unknown)
            return e with { Actor1 = context.Code(unknown, e.Location?.Place?.CountryCode) };
        // ("ودمرت الغارات 3 مركبات تقل مسلحين حوثيين" after "طيران التحالف": an armed group that does not fly, named with
        // an air force the article shows flying against it, was hit by that air force)
        if (e.SubEventType == AcledTaxonomy.AirStrike && e.Actor1 is { IsState: false, Inter: not 8 } ground && e.Actor2 is { } flier2
            && !airForces.Any(f => f.PlainName == ground.PlainName) && airForces.Any(f => f.PlainName == flier2.PlainName)
            && !context.Sides.Allied(ground, flier2))
            return e with { Actor1 = flier2, Actor2 = ground };
        // ("بمقتل القيادي الحوثي … في غارة للطيران", "تكثيف الغارات الجوية … هيئة تحرير الشام": an armed group that does not
        // fly, the article showing an air force flying that is not its ally, was what the strike hit — not by a drone)
        if (e.SubEventType == AcledTaxonomy.AirStrike && e.Actor1 is { IsState: false, Inter: not 8, IsUnidentified: false } grounded
            && !airForces.Any(f => f.PlainName == grounded.PlainName) && !_airPowers.Contains(grounded) && !(ByDrone(e, context.Document) && _airPowers.FliesDrones(grounded))
            && airForces.FirstOrDefault(f => !f.IsUnidentified && (f.IsState || f.Inter == 8 || _airPowers.Contains(f)) && !context.Sides.Allied(f, grounded)
                                             && f.PlainName != e.Actor2?.PlainName) is { } striker
            && !(e.Actor2 is { } other && airForces.Any(f => f.PlainName == other.PlainName)))
            return e with { Actor1 = context.Code(striker, e.Location?.Place?.CountryCode), Actor2 = grounded };
        // ("وطال القصف تجمعا للحوثيين في شرق مديرية باجل، بالإضافة إلى غارتين" after the Yemeni army's advance and the
        // coalition's strikes: a country's army that does not fly, with a foreign air force allied to it flying, did not
        // fly the strike either)
        if (e.SubEventType != AcledTaxonomy.AirStrike || e.Actor1 is not { } agent || agent.Inter == 8 || airForces.Count == 0) return e;
        if (agent.IsState && (_airPowers.Contains(agent) || agent.Air)) return e;
        if (airForces.Any(f => f.PlainName == agent.PlainName)) return e;
        var ally = airForces.FirstOrDefault(f => context.Sides.Allied(f, agent)
            && (agent.IsState ? f.Inter == 8 || f.Kind == "external" : f.IsState || f.Inter == 8 || f.Kind == "external"));
        if (ally is null) return e;
        return e with
        {
            Actor1 = context.Code(ally, e.Location?.Place?.CountryCode),
            AssocActor1 = e.AssocActor1.Prepend(agent).ToList(),
        };
    }

    // "اتفاق يقضي بخروج المسلحين والمدنيين من دوما": the civilians a deal moves are no party to it — ACLED's agreement is
    // between armed sides (the other one found in the article, FillOpponent).
    // (nor are they the side that left ground it handed over: "بعد انتهاء عملية إجلاء مقاتلين ومدنيين")
    // (nor the side ground was taken from: "سيطرت قوات النظام على أكثر من 25 بالمئة من الغوطة الشرقية، … بالتزامن مع قصف
    // عنيف دفع مئات المدنيين إلى النزوح" — the armed side the article shows it fighting lost it)
    private static ExtractedEvent NoCiviliansInADeal(ExtractedEvent e) =>
        e is { SubEventType: "Agreement" or "Non-violent transfer of territory" or AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes, Actor2.Inter: 7 }
            ? e with { Actor2 = null } : e;

    // No side faces itself: an actor 2 that is actor 1 again is dropped.
    private static ExtractedEvent NoOneFightsItself(ExtractedEvent e) =>
        e.Actor2 is not null && e.Actor2.PlainName == e.Actor1?.PlainName ? e with { Actor2 = null } : e;

    // The side named after the trigger, as actor 1 or 2, that is not <paramref name="first"/>: the other side when the
    // sentence's structure has put <paramref name="first"/> in actor 1's place (a foiler, a force that managed a taking).
    // (not an ally of the first: "من السيطرة على منطقة الكود بمشاركة طيران وبارجات التحالف العربي")
    private static ActorMention? OtherSideAfter(Roles roles, TriggerMention trigger, ActorMention first, Sides sides) =>
        new[] { roles.Actor1, roles.Actor2 }.FirstOrDefault(a => a is not null && a.FirstToken > trigger.LastToken && a.Actor.PlainName != first.Actor.PlainName
                                                                 && !sides.Allied(a.Actor, first.Actor));

    // ("جراء قصف حكومي بأربع قذائف مدفعية استهدف بلدة حمورية", "غارات حكومية"): a strike or attack the adjective "حكومي"
    // gives to the government, no one named, is the army of the country it fell in.
    private ExtractedEvent GovernmentStrike(ExtractedEvent e, ExtractionContext context)
    {
        if (e.Actor1 is { IsUnidentified: false } || e.EventType is not (AcledTaxonomy.Explosions or AcledTaxonomy.Battles)
            || e.Location?.Place?.CountryCode is not { Length: 2 } country || context.TriggerAt(TriggerOf(e)) is not { } trigger) return e;
        var tokens = context.Document.Tokens;
        // (the adjective on the trigger or on a strike noun just before it: "قصف حكومي بأربع قذائف مدفعية")
        for (int k = Math.Max(1, trigger.FirstToken - 4); k < Math.Min(tokens.Count, trigger.LastToken + 3); k++)
        {
            if (tokens[k].Norm is not ("حكومي" or "حكوميه" or "الحكومي" or "الحكوميه" or "حكوميا")) continue;
            int noun = k - 1;
            if (noun > 0 && (StrikeAdjectives.IsAir(tokens[noun]) || StrikeAdjectives.IsGround(tokens[noun]))) noun--;
            if (noun == trigger.LastToken || GovernmentStrikeNouns.Contains(tokens[noun].LemmaWithoutArticle))
                return catalog.TryGet("generic-military", out var army) ? e with { Actor1 = context.Code(army, country) } : e;
        }
        return e;
    }

    private static readonly HashSet<string> GovernmentStrikeNouns = new(StringComparer.Ordinal)
    {
        "قصف", "غارات", "غاره", "ضربات", "ضربه", "هجوم", "هجمات", "قذايف", "عمليات", "حمله",
    };

    // A town named within a clause after the verb of disappearing, in its sentence.
    // (sixteen words on at most — punctuation and the words of a date not counted: "واختفى خاشقجي، المنتقد لسياسات الحكومة
    // السعودية، في الثاني من أكتوبر/ تشرين الأول بعدما زار قنصلية بلاده في مدينة إسطنبول")
    private static bool WhereTheyVanished(Document document, PlaceMention place, TriggerMention trigger, Sentence sentence)
    {
        if (place.Place is null || ExtractionContext.IsCountry(place) || place.FirstToken <= trigger.LastToken || place.LastToken >= sentence.EndToken) return false;
        int words = 0;
        for (int k = trigger.LastToken + 1; k < place.FirstToken; k++)
        {
            // (not past "، و": "قصة اختفاء الكاتب جمال خاشقجي، وذلك في المقابلة التي أجريت بالعاصمة الرياض" places the talk)
            // (but "، وهو أحد منتقدي ولي العهد،" is an apposition on him)
            if (document.Tokens[k].IsComma && document.Tokens[k + 1].HasProclitic("و")
                && document.Tokens[k + 1].Norm is not ("وهو" or "وهي" or "وهم" or "وهما")) return false;
            if (document.Tokens[k].IsWord && !document.Dates.Exists(d => d.FirstToken <= k && k <= d.LastToken)) words++;
        }
        return words <= 16;
    }

    // A strike its trigger tells was flown by a drone ("طائرة مسيرة", "طائرة بدون طيار", "درون").
    private static bool ByDrone(ExtractedEvent e, Document document)
    {
        string words = document.Slice(TriggerOf(e));
        return words.Contains("مسير", StringComparison.Ordinal) || words.Contains("طيار", StringComparison.Ordinal) || words.Contains("درون", StringComparison.Ordinal);
    }

    // "وقتل ثمانية مدنيين في الغارات": a definite strike whose sentence names no place and no day of its own is one told
    // before — its toll goes to that one (LaterTolls), it is no strike of its own.
    private static bool RetoldWithoutPlace(ExtractedEvent e, ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        var trigger = TriggerOf(e);
        int t = ExtractionContext.FirstAtOrAfter(tokens, k => k.Span.Start, trigger.Start);
        if (t >= tokens.Count || tokens[t].Span.Start != trigger.Start || tokens[t].Form.Analysis is not { HasArticle: true }) return false;
        var sentence = TriggerSentence(e, context);
        return !ToldIn(e, sentence, "location") && !ToldIn(e, sentence, "date");
    }

    // "استمرار الضربات الجوية غير القانونية للتحالف …", "عن الغارات الجوية غير القانونية": strikes named by a definite
    // noun with no place, day or dead of their own in the sentence are the war's strikes in general — no one strike.
    // (alone: a retelling joined to a report of one strike is that strike's — "ولم تدل إسرائيل بأي تعليق على الضربة الجوية")
    private static bool StrikesInGeneral(ExtractedEvent e, ExtractionContext context) =>
        e.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling && e.Fatalities is null && e.EvidenceSentences.Count == 1 && RetoldWithoutPlace(e, context);

    // "منفذو العمليات الانتحارية أدوات", "والعمليات الانتحارية في ازدياد": suicide attacks named by a definite plural with
    // no place, day or dead of their own in the sentence are such attacks as a kind — no one attack.
    private static bool SuicideAttacksInGeneral(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Suicide bomb" || e.Fatalities is not null) return false;
        var tokens = context.Document.Tokens;
        int t = ExtractionContext.FirstAtOrAfter(tokens, k => k.Span.Start, TriggerOf(e).Start);
        return t < tokens.Count && tokens[t].Norm is "العمليات" or "والعمليات" or "الهجمات" or "والهجمات" or "التفجيرات" or "والتفجيرات"
               && RetoldWithoutPlace(e, context);
    }

    // "غارات إسرائيلية على سوريا", "ضربات جوية في اليمن": an act the text places in nothing finer than a country has no
    // place ACLED could code (on the held-out sets read so far, 12 of 13 such events were false alarms). Protests and
    // arrests stand at the arresting state's capital or the country (PlacesOrHome) and are kept. (A compass word,
    // "بغارة أميركية شرقي اليمن", does not make the country a place either: the event would stand at its middle.)
    private static bool NowhereButACountry(ExtractedEvent e) =>
        e.EventType is not (AcledTaxonomy.Protests or AcledTaxonomy.Riots) && e.SubEventType != "Arrests" && e.Location?.Place is { FeatureCode: var code } && code.StartsWith("PCL", StringComparison.Ordinal);

    // "قتل رقيب شرطة، وأصيب ثلاثة مجندين، بأعيرة نارية أطلقها مجهولون": the dead right after the passive that opens the
    // clause are the weapon's, however the wounded set them off from it.
    private static bool OpensAKilling(Document document, Sentence sentence, ActorMention dead)
    {
        for (int k = Math.Max(sentence.FirstToken, dead.FirstToken - 2); k < dead.FirstToken; k++)
            if (KillingVerbs.PassiveOpening.Contains(document.Tokens[k].Lemma)) return true;
        return false;
    }

    // Was the event's field found in its trigger's sentence (not taken from the article around it)?
    private static bool ToldInItsSentence(ExtractedEvent e, ExtractionContext context, string field) => ToldIn(e, TriggerSentence(e, context), field);

    private static bool ToldIn(ExtractedEvent e, Sentence sentence, string field) =>
        e.FieldEvidence.FirstOrDefault(f => f.Field == field) is { } told && sentence.Span.Contains(told.Span);

    // (the sentences are ordered and touch: the first that ends after the trigger's start holds it)
    private static Sentence TriggerSentence(ExtractedEvent e, ExtractionContext context) => TriggerSentence(e, context.Document);

    private static Sentence TriggerSentence(ExtractedEvent e, Document document)
    {
        var sentences = document.Sentences;
        return sentences[ExtractionContext.FirstAtOrAfter(sentences, x => x.Span.End, TriggerOf(e).Start + 1)];
    }

    // "اجتماع في موسكو … الغارات الإسرائيلية على مواقع حزب الله": a fight between two named countries' sides that only the
    // article's place puts in a third country's capital (where leaders met or spoke) is placed wrong — dropped rather
    // than misplaced (a town of a war, "الجولان", "إدلب", may host two foreign sides).
    private static bool FoughtInABystandersCapital(ExtractedEvent e, ExtractionContext context) =>
        e.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions
        && e.Actor1 is { Country: { } one } && e.Location?.Place is { CountryCode: { } there, FeatureCode: "PPLC" }
        // (people hit take the country of the place, so they tell nothing of it: a chemical attack talked of in Washington)
        // (a side of no one country, the Islamic State, is no more at home there: "هجوم قوات سوريا الديمقراطية على داعش" told in Paris)
        && there != one && (e.Actor2 is { Inter: not 7 } two ? two.Country is not { } other || there != other : e.SubEventType == "Chemical weapon")
        && !ToldInItsSentence(e, context, "location");

    // "وأعلن الجيش الليبي إلقاء القبض على قيادي في داعش" in an article set in Aleppo: a state arrests at home, so an
    // arrest the article's place stands in for, in another country, is placed wrong — dropped rather than misplaced.
    // (except where a state's forces arrest under occupation: Israel's in the West Bank and Gaza)
    private static bool ArrestAbroadByDefault(ExtractedEvent e, ExtractionContext context) =>
        e.SubEventType == "Arrests" && e.Actor1 is { IsState: true, Country: { } home } && e.Location?.Place?.CountryCode is { } there && there != home
        && !Occupied.Contains((home, there)) && !ToldInItsSentence(e, context, "location");

    private static readonly HashSet<(string Force, string Land)> Occupied = new() { ("IL", "PS") };

    // A state fights, strikes and arrests through its forces (ACLED codes "Military Forces of X", "Police Forces of X"):
    // "الحكومة السورية شنت هجمات" is the Syrian military's attack. The UN or the African Union as a body acts in no
    // violence ("حصلت الأمم المتحدة على تقارير تفيد بأن القتال …" names who reports it).
    private ExtractedEvent ThroughItsForces(ExtractedEvent e, ExtractionContext context)
    {
        bool violent = e.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians;
        string? kind = violent ? "military" : e.SubEventType == "Arrests" ? "police" : null;
        if (kind is null) return e;
        ActorRef? Force(ActorRef? a) =>
            a is { Kind: "government", Country: { } home }
                ? context.Code(catalog.StateForce(home, kind, e.Date.Date.Year, e.SubEventType == AcledTaxonomy.AirStrike), e.Location?.Place?.CountryCode)
                : a;
        e = e with { Actor1 = Force(e.Actor1), Actor2 = violent ? Force(e.Actor2) : e.Actor2 };
        if (violent && e.Actor1?.Id is "un" or "au") e = e with { Actor1 = null };
        return e;
    }

    // Bombs, mines and grenades are set by armed groups; the police or soldiers named with one are what it hit
    // ("انفجار سيارة مفخخة … أصيب خمسة أشخاص، بين مدنيين ورجال شرطة"). A state force as the bomber becomes the target, and
    // the bomber is the armed group named, else an unidentified armed group of the country.
    private ExtractedEvent BombersAreArmedGroups(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType is not ("Remote explosive/landmine/IED" or "Suicide bomb" or "Grenade") || e.Actor1 is not { IsState: true } state) return e;
        // (not a weapon the force left behind that went off: "انفجار صاروخ من مخلفات الاحتلال الإسرائيلي" — LeftBehindBy)
        if (LeftBehindAfter(e, context)) return e;
        if (e.Actor2 is { IsState: false, Inter: not 7 } group) return e with { Actor1 = group, Actor2 = state, AssocActor1 = Array.Empty<ActorRef>() };
        var country = e.Location?.Place?.CountryCode ?? state.Country;
        if (country is null || !catalog.TryGet("generic-uag", out var uag)) return e;
        return e with
        {
            Actor1 = context.Code(uag, country),
            Actor2 = e.Actor2 is { Inter: 7 } ? e.Actor2 : state,
            AssocActor1 = Array.Empty<ActorRef>(),
        };
    }

    // The event's blast is one LeftBehindBy gave to the force that left the weapon behind (the same test on the same
    // trigger: "مخلفات" a few words after it, a force named right after — not the bare word anywhere near).
    private static bool LeftBehindAfter(ExtractedEvent e, ExtractionContext context)
    {
        var span = TriggerOf(e);
        return context.Document.Triggers.Find(t => t.Span == span) is { } trigger
               && LeftBehindBy(context, context.Document, TriggerSentence(e, context), trigger) is not null;
    }

    // A battle with no opponent in its sentence: the article's usual opponent of that actor.
    // (no allies to leave out: read only by MostMentionedOpponent)
    private static readonly HashSet<string> NoAllies = new(StringComparer.Ordinal);

    // A verb of announcing before the trigger with the actor between it and the trigger: "أعلن المتحدث باسم حركة حماس …
    // التوصل لاتفاق", "وأعلنت حركة الجهاد الإسلامي التوصل إلى".
    private static bool AnnouncedBy(Document document, Sentence sentence, TriggerMention trigger, ActorMention actor)
    {
        if (actor.LastToken >= trigger.FirstToken) return false;
        for (int i = actor.FirstToken - 1; i >= Math.Max(sentence.FirstToken, actor.FirstToken - 4); i--)
            if (AnnouncingVerbs.Contains(document.Tokens[i].Norm)) return true;
        return false;
    }

    private static readonly HashSet<string> AnnouncingVerbs = new(StringComparer.Ordinal)
    {
        "اعلن", "اعلنت", "واعلن", "واعلنت", "اكد", "اكدت", "واكد", "واكدت", "اعلنوا", "واعلنوا",
    };

    // A bomb planted or worn ("تفجير مسجد قوات الطوارئ", a suicide attack) is no state's act against a foe it is not
    // named for: a country the article names (its king condemning it) is no bomber.
    private static bool Planted(ExtractedEvent e) => e.SubEventType is "Remote explosive/landmine/IED" or "Suicide bomb";

    // "وقتل 20 شخصا الجمعة في اشتباكات عنيفة في محافظة مأرب": people killed in fighting the sentence names no side of —
    // kept for the sides the article shows fighting (SidesOfTheArticle), dropped when it shows none (not a headline's
    // "مقتل 50 عنصرا في معارك بيت الفقيه", which the body tells with its sides)
    private static bool DiedInUntoldSidesFighting(ExtractionContext context, Sentence sentence, TriggerMention trigger, TriggerEntry entry, bool killed) =>
        killed && entry is { SubEventType: AcledTaxonomy.ArmedClash, Pos: "noun" } && trigger.FirstToken > sentence.FirstToken
        && context.Document.Tokens[trigger.FirstToken - 1].Norm is "في" or "خلال" or "اثر" or "جراء" or "اثناء" && !context.InTitle(sentence);

    // A clash with no armed side named (its dead counted as people) is fought by the sides the article's other clashes
    // in that country were fought by: the pair it names most often.
    private static ExtractedEvent SidesOfTheArticle(ExtractedEvent e, List<ExtractedEvent> found)
    {
        if (e is not { SubEventType: AcledTaxonomy.ArmedClash, Actor1: null } || e.Actor2 is { Inter: not 7 } || e.Location?.Place?.CountryCode is not { } land)
            return e;
        var pair = found.Where(o => o.SubEventType == AcledTaxonomy.ArmedClash && o.Actor1 is { IsUnidentified: false } && o.Actor2 is { IsUnidentified: false, Inter: not 7 }
                                    && o.Location?.Place?.CountryCode == land)
            .GroupBy(o => (o.Actor1!.PlainName, o.Actor2!.PlainName)).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
        return pair is null ? e : e with { Actor1 = pair.Actor1, Actor2 = pair.Actor2 };
    }

    private ExtractedEvent FillOpponent(ExtractedEvent e, Dictionary<string, List<ActorRef>> opponents, List<ActorRef> airForces, ExtractionContext context)
    {
        // An agreement with one named party: the agent is that party's opponent in the article.
        // (an armed group that agreed to a truce made it with its usual opponent)
        // (the article's usual opponent of a side, coded for the event's place)
        ActorRef? OpponentOf(ActorRef side, HashSet<string> allies) =>
            context.MostMentionedOpponent(side, allies) is { } other ? context.Code(other, e.Location?.Place?.CountryCode) : null;
        if (e.SubEventType == "Agreement" && e.Actor1 is { Inter: 2 or 3 or 4 } agreed && e.Actor2 is null)
            return OpponentOf(agreed, NoAllies) is { } party ? e with { Actor2 = party } : e;
        // (ground handed over: "استعادت قوات النظام منطقة القلمون بعد انتهاء عملية إجلاء" — from the side it fought)
        if (e.SubEventType == "Non-violent transfer of territory" && e.Actor1 is { } receiver && e.Actor2 is null)
            return OpponentOf(receiver, e.AssocActor1.Select(a => a.PlainName).ToHashSet()) is { } leaver ? e with { Actor2 = leaver } : e;
        // (so is the side a group left its ground to)
        if (e.SubEventType is "Agreement" or "Non-violent transfer of territory" && e.Actor1 is null && e.Actor2 is { } left)
            return OpponentOf(left, NoAllies) is { } taker ? e with { Actor1 = taker } : e;
        // (ground taken from a side, no taker named: by the side the article shows it facing, else no one)
        if (e.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes && e.Actor1 is null && e.Actor2 is { } loser)
            return OpponentOf(loser, NoAllies) is { } taker ? e with { Actor1 = taker } : e;
        // Only what was hit is named ("قصف استهدف مواقع الحوثيين"): the one who hits it is its usual opponent here.
        if (e.Actor1 is null && e.Actor2 is { Inter: 1 or 2 or 3 or 4 or 8 } hit && e.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions)
        {
            // (not the side that condemns the act in the report's own words: "نددت الكويت بإطلاق صواريخ … على إسرائيل")
            string? condemner = context.Condemner(e.Claim);
            var foes = (opponents.TryGetValue(hit.PlainName, out var against) ? against : new List<ActorRef>())
                .Where(a => a.PlainName != hit.PlainName && a.PlainName != condemner && !context.Sides.Allied(a, hit) && a.Inter is not (6 or 7) && ExtractionContext.Fights(a))
                .GroupBy(a => a.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First()).ToList();
            // ("واستهدفت الغارات تجمعات للحوثيين" after "مقاتلات التحالف": from the air, a foe the article shows flying,
            // else an air force flying there against it — not its foe on the ground)
            var attacker = (e.SubEventType == AcledTaxonomy.AirStrike
                    ? foes.FirstOrDefault(a => airForces.Any(f => f.PlainName == a.PlainName))
                      ?? airForces.FirstOrDefault(f => !f.IsUnidentified && f.PlainName != hit.PlainName && !context.Sides.Allied(f, hit)
                                                     && (f.IsState && f.Country == e.Location?.Place?.CountryCode || _airPowers.Contains(f)))
                    : null)
                ?? foes.FirstOrDefault(a => !Planted(e) || !a.IsState)
                ?? (context.MostMentionedOpponent(hit, condemner is null ? new HashSet<string>() : new HashSet<string> { condemner }) is { } usual && !(Planted(e) && usual.IsState) ? usual : null)
                ?? Unidentified(e);
            return attacker is null ? e : PeopleGassed(e with { Actor1 = context.Code(attacker, e.Location?.Place?.CountryCode) }, context);
        }
        // (a chemical attack no one is named for is an unidentified group's)
        if (e.SubEventType == "Chemical weapon")
            return PeopleGassed(e.Actor1 is null && Unidentified(e) is { } someone ? e with { Actor1 = context.Code(someone, e.Location?.Place?.CountryCode) } : e, context);
        // (a strike told as hitting a town, no one or only its people named, is an unidentified force's, the people whom it
        // hit: "تعرضت مدينة دوما لقصف جوي", "قتل خمسة مدنيين في غارة جوية استهدفت بلدة" — see StrikeOnAPlace)
        if (e.Actor1 is null or { Inter: 7 } && e.Actor2 is null or { Inter: 7 } && e.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling
            && e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is { } struck && context.StruckTown(struck.Span))
            return Unidentified(e) is { } striker ? e with { Actor1 = context.Code(striker, e.Location?.Place?.CountryCode), Actor2 = e.Actor2 ?? e.Actor1 } : e;
        // Battles always have two sides; strikes and shelling nearly always hit the other side of the article's war.
        // (a weapon stopped is the other side's: "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا" in a war with the Houthis)
        if (e.Actor2 is not null || e.Actor1 is null || e.EventType is not (AcledTaxonomy.Battles or AcledTaxonomy.Explosions) && e.SubEventType != "Disrupted weapons use") return e;
        if (e.EventType == AcledTaxonomy.Explosions && e.Actor1.Inter is not (1 or 2 or 3 or 8)) return e;
        if (e.EventType == AcledTaxonomy.Explosions && e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is { } trigger)
        {
            // "قتل 18 مدنيا … في غارات جوية للطيران الروسي": the civilians its toll counts are whom the strike hit.
            // (told in the report's own words: of the reports of one strike merged, it names the side hit before one whose
            // side hit is the article's usual foe)
            var toll = e.FieldEvidence.FirstOrDefault(f => f.Field == "fatalities");
            if (toll is not null && context.CiviliansCounted(toll.Span, e.Location?.Place?.CountryCode) is { } counted)
                return e with { Actor2 = context.Code(counted, e.Location?.Place?.CountryCode), FieldEvidence = e.FieldEvidence.Append(new FieldEvidence("actor2", toll.Span)).ToList() };
            // ("الهجوم الانتحاري الذي اوقع 32 قتيلا ومئة جريح في سوروتش"): a bomb planted or worn, its toll counting plain dead
            // — no side named for them — killed the people of the place, not the article's other armed side
            if (toll is not null && Planted(e) && context.PlainDeadCounted(toll.Span)
                && e.Location?.Place?.CountryCode is { } bombed && context.CiviliansOf(bombed, e.Date.Date.Year) is { } bombedPeople)
                return e with { Actor2 = bombedPeople, FieldEvidence = e.FieldEvidence.Append(new FieldEvidence("actor2", toll.Span)).ToList() };
            // ("حالات اختناق بين المدنيين … إثر قصف جوي شنته قوات النظام السوري على مدينة دوما": the civilians its sentence
            // tells were hurt are whom it hit, not the article's other armed side)
            if (e.Location?.Place?.CountryCode is { } land && context.CiviliansHurtIn(TriggerSentence(e, context), land) is { } hurt)
                return e with { Actor2 = hurt };
            if (context.AimsAtCivilianObjects(trigger.Span) || context.PlaceUnderwent(trigger.Span)) return e;
            // "استهدفت قوات النظام مدينة قلعة المضيق … مما تسبب بسقوط قتلى وعشرات الجرحى": the unnamed dead and wounded
            // of a strike on a place are its people (ACLED codes them as civilians), not the article's other armed side.
            if (context.UnnamedCasualties(trigger.Span) && e.Location?.Place?.CountryCode is { } home && context.CiviliansOf(home, e.Date.Date.Year) is { } people)
                return e with { Actor2 = people };
        }
        string me = e.Actor1.PlainName;
        var allies = e.AssocActor1.Select(a => a.PlainName).ToHashSet();
        var opponent = (opponents.TryGetValue(me, out var known) ? known : new List<ActorRef>())
            .Where(a => a.PlainName != me && !allies.Contains(a.PlainName) && !context.Sides.Allied(a, e.Actor1)
                        && a.Inter is not (6 or 7) && ExtractionContext.Fights(a)   // the other side of a war is armed: civilians are a target only where named
                        && !ThirdState(e, a))
            .GroupBy(a => a.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault()
            ?? context.MostMentionedOpponent(e.Actor1, allies);
        if (opponent is null || ThirdState(e, opponent)) return e;
        var facing = context.Code(opponent, e.Location?.Place?.CountryCode);
        // ("وجاء التقدم عقب اشتباكات مع مسلحي تنظيم داعش": a clash that names only the armed group was fought by the
        // state the article shows facing it — its actor 1, as the blind coders put the state first in 74 of 97 such clashes)
        // (not when the clause names the state and its role — "وقوات النظام تصدت لهجوم شنه تنظيم داعش": the attacker first)
        if (e.SubEventType == AcledTaxonomy.ArmedClash && e.Actor1.Inter is 2 or 3 or 4 && facing is { Inter: 1, IsState: true }
            && !NamedInItsSentence(e, facing, context))
            return e with { Actor1 = facing, Actor2 = e.Actor1, AssocActor1 = Array.Empty<ActorRef>(), AssocActor2 = e.AssocActor1 };
        return e with { Actor2 = facing };
    }

    // "الضربات الجوية الروسية والسورية على محافظة إدلب" in an article that also quotes Washington and Ankara: a state's
    // strike or battle is not aimed at the foreign states the article names — they are its diplomacy, not its war (the
    // blind coders gave a state's force another country's force abroad as its foe in 7 of 291 battles and strikes).
    // (a foreign coalition is such a third party too: "قصف إسرائيلي … على غزة" in an article that also tells of the
    // Saudi-led coalition's strikes in Yemen is not aimed at the coalition)
    private static bool ThirdState(ExtractedEvent e, ActorRef candidate) =>
        e.Actor1 is { IsState: true } or { Inter: 8 } && e.Location?.Place?.CountryCode is { } here
        && (candidate is { IsState: true, Country: { } theirs } && theirs != here && theirs != e.Actor1.Country
            || candidate is { Inter: 8, IsState: false, Country: null } && candidate.PlainName != e.Actor1.PlainName && e.Actor1.IsState);

    // A person recalled by the family name (NamedPersonRecall) right before the verb, after "أن": "أن خاشقجي قتل".
    private static bool RecalledPersonBefore(Document document, ActorMention person, TriggerMention trigger) =>
        person.Rule == "person" && person.LastToken == trigger.FirstToken - 1 && person.FirstToken > 0
        && document.Tokens[person.FirstToken - 1].Norm is "ان" or "بان" or "وان" or "انه";

    private static bool NamedInItsSentence(ExtractedEvent e, ActorRef actor, ExtractionContext context)
    {
        var sentence = TriggerSentence(e, context).Span;
        foreach (var a in context.Document.Actors)
            if (sentence.Contains(a.Span) && a.Actor.PlainName == actor.PlainName) return true;
        return false;
    }

    // A protest faces a state's force or no one (ACLED): the people named beside it ("حركة احتجاجية للفلسطينيين",
    // "قتل عشرات المتظاهرين") are the protesters themselves, not a second side.
    private static ExtractedEvent NoCiviliansFaceAProtest(ExtractedEvent e) =>
        e is { EventType: AcledTaxonomy.Protests, Actor2.Inter: 7 } ? e with { Actor2 = null } : e;

    // Those arrested or abducted with no group named are people of the place: ACLED codes "اعتقلت ميليشيا الحوثي 12
    // شخصا في مديرية زبيد", "حملة اعتقالات طالت العشرات" with Civilians of the country as actor2, not an empty side;
    // so are the owners of homes destroyed with none named ("هدمت جرافات الاحتلال منزلين في بلدة يطا").
    // (people counted by their nationality are of their country, wherever they were taken: "اعتقل الجيش الاسرائيلي عشرة
    // فلسطينيين في مدينة القدس", "أوقفت 23 شخصا من التابعية السورية")
    private ExtractedEvent PeopleOfThePlace(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType is not ("Arrests" or "Abduction/forced disappearance" or "Looting/property destruction") || e.Actor1 is null) return e;
        // (the people read as civilians of the place where a nationality counts them otherwise: "23 شخصا من التابعية السورية")
        if (e.Actor2 is { Inter: 7 } taken && taken.Id.StartsWith("generic-civilians", StringComparison.Ordinal))
            return NationalityCountedAfter(e, context) is { } theirs && theirs != taken.Country && context.CiviliansOf(theirs, e.Date.Date.Year) is { } them
                ? e with { Actor2 = them } : e;
        return e.Actor2 is null && (NationalityCountedAfter(e, context) ?? e.Location?.Place?.CountryCode) is { } where && context.CiviliansOf(where, e.Date.Date.Year) is { } people
            ? e with { Actor2 = people }
            : e;
    }

    // The country of the people counted after the trigger in its sentence — a count then a nationality ("عشرة فلسطينيين"),
    // or "من التابعية/الجنسية" and one ("23 شخصا من التابعية السورية") — or null.
    private string? NationalityCountedAfter(ExtractedEvent e, ExtractionContext context)
    {
        const int Reach = 10;
        if (e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is not { } trigger) return null;
        var document = context.Document;
        var tokens = document.Tokens;
        var sentence = TriggerSentence(e, context);
        int start = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, trigger.Span.End);
        var numbers = document.Numbers;
        int c = ExtractionContext.FirstAtOrAfter(numbers, n => n.FirstToken, start);
        for (int k = start; k < Math.Min(sentence.EndToken - 1, start + Reach); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return null;
            if (tokens[k].Norm is "التابعيه" or "الجنسيه" && k > 0 && tokens[k - 1].Norm == "من"
                && _adjectiveCountries.TryGetValue(tokens[k + 1].Norm, out var ofIt)) return ofIt;
            // (the numbers are in text order: the one starting here, if any, is the next not yet passed)
            while (c < numbers.Count && numbers[c].FirstToken < k) c++;
            if (c < numbers.Count && numbers[c].FirstToken == k && numbers[c].LastToken + 1 < sentence.EndToken
                && _adjectiveCountries.TryGetValue(tokens[numbers[c].LastToken + 1].Norm, out var counted)) return counted;
        }
        return null;
    }

    // "قتل 15 مدنيا جراء الغارات … على بلدة هجين، آخر معاقل تنظيم داعش": a strike whose toll counts civilians hit them —
    // the armed group named only as the one whose stronghold the place is describes the place, it is not the target.
    private static ExtractedEvent CiviliansNotTheStronghold(ExtractedEvent e, ExtractionContext context)
    {
        if (e.EventType != AcledTaxonomy.Explosions || e.Actor2 is not { Inter: 2 or 3 or 4 }
            || e.FieldEvidence.FirstOrDefault(f => f.Field == "actor2") is not { } side
            || e.FieldEvidence.FirstOrDefault(f => f.Field == "fatalities") is not { } toll
            || context.CiviliansCounted(toll.Span, e.Location?.Place?.CountryCode) is not { } civilians) return e;
        var tokens = context.Document.Tokens;
        int at = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, side.Span.Start);
        for (int k = at - 1; k >= Math.Max(0, at - 2); k--)
            if (tokens[k].Lemma is "معاقل" or "معقل" or "المعاقل" or "المعقل")
                return e with { Actor2 = context.Code(civilians, e.Location?.Place?.CountryCode), FieldEvidence = e.FieldEvidence.Where(f => f.Field != "actor2").Append(new FieldEvidence("actor2", toll.Span)).ToList() };
        return e;
    }

    private static bool IsQuoteMark(Token t) => t.Surface is "«" or "»" or "“" or "”" or "\"" or "'" or "‘" or "’";

    // Punctuation strictly between two tokens, other than a comma that closes a date ("فجر الأول من أمس،").
    // (a quotation mark around a name, "أعدم تنظيم «داعش» 23 شخصا", closes no clause)
    private static bool PunctuationOutsideDates(Document document, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (document.Tokens[k].Kind == TokenKind.Punctuation && !IsQuoteMark(document.Tokens[k]) && !document.Dates.Exists(d => d.LastToken == k - 1 && d.FirstToken > from)
                // ("وأسرت قوات المقاومة الشعبية، السبت، العشرات": nor the comma that opens a day the next one closes)
                && !document.Dates.Exists(d => d.FirstToken == k + 1 && d.LastToken + 1 < to && document.Tokens[d.LastToken + 1].Kind == TokenKind.Punctuation))
                return true;
        return false;
    }

    // The tokens of dates strictly between two tokens.
    private static int DateTokensBetween(Document document, int from, int to)
    {
        int n = 0;
        foreach (var d in document.Dates)
            if (d.FirstToken > from && d.LastToken < to) n += d.LastToken - d.FirstToken + 1;
        return n;
    }

    // ("وأعلنت الشرطة إصابة 40 فردا من قوات الأمن في مواجهات مع بعض المحتجين، وأكدت اعتقال العشرات"): protesters,
    // rioters or civilians do not detain the state's police or army named with them — the force detained them.
    private static ExtractedEvent DetainedByTheForce(ExtractedEvent e) =>
        e.SubEventType is "Arrests" or "Abduction/forced disappearance" && e.Actor1 is { Inter: 5 or 6 or 7 } people
        && e.Actor2 is { IsState: true, Kind: "police" or "military" or "intelligence" } force
            ? e with { EventType = AcledTaxonomy.StrategicDevelopments, SubEventType = "Arrests", Actor1 = force, Actor2 = people }
            : e;

    // "وزارة الداخلية البحرينية، التي أعلنت القبض على 14 إيرانيا": an arrest a ministry of the interior announces, its
    // state named only as a country or its army, was made by that state's police (ACLED's police forces).
    // (no arrester named at all: the state of the ministry's adjective, "وزارة الداخلية التونسية", else of the place)
    private ExtractedEvent InteriorArrests(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Arrests" || e.Actor1 is not (null or { IsState: true, Kind: "military" }) || e.Claim is not { } claim
            || !(claim.SourceName?.Contains("Interior", StringComparison.Ordinal) == true || claim.Source.Contains("الداخلية", StringComparison.Ordinal)))
            return e;
        string? state = e.Actor1?.Country ?? NationOf(context.Document, claim.SourceSpan) ?? e.Location?.Place?.CountryCode;
        return state is not null && catalog.StateForce(state, "police", e.Date.Date.Year) is { } police ? e with { Actor1 = police } : e;
    }

    // The nation a nationality adjective inside the span names ("وزارة الداخلية البحرينية"), or null.
    private string? NationOf(Document document, TextSpan span)
    {
        var tokens = document.Tokens;
        for (int i = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, span.Start); i < tokens.Count && tokens[i].Span.End <= span.End; i++)
            if (catalog.AdjectiveMatcher.LongestAt(tokens, i) is { } m && tokens[m.Last].Span.End <= span.End) return m.Values[0].Iso2;
        return null;
    }

    // A chemical attack with no target named, or naming only the armed group that holds the place ("دوما، آخر معاقل
    // المعارضة"), struck the people of the place (ACLED codes Douma so), not the article's other armed side.
    private static ExtractedEvent PeopleGassed(ExtractedEvent e, ExtractionContext context) =>
        e.SubEventType == "Chemical weapon" && e.Actor1 is { Inter: not 7 } && e.Actor2 is null or { Inter: 2 or 3 or 4 }
        && e.Location?.Place?.CountryCode is { } where && context.CiviliansOf(where, e.Date.Date.Year) is { } civilians
            ? e with { Actor2 = civilians }
            : e;

    // "استمر القصف الجوي وبالمدفعية في منطقة الغوطة الشرقية …، الثلاثاء": a strike its sentence places and dates, that
    // no step before found a striker for, is ACLED's unidentified force's (from the air, a state's; else an armed group).
    private ExtractedEvent StruckByNoOneNamed(ExtractedEvent e, ExtractionContext context) =>
        e is { Actor1: null, SubEventType: AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling, Actor2: null or { Inter: 7 } }
        && e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is { } struck && context.PlacedAndDated(struck.Span) && Unidentified(e) is { } striker
            ? e with { Actor1 = context.Code(striker, e.Location?.Place?.CountryCode) }
            : e;

    // "استنكر … التفجير الإرهابي الآثم الذي استهدف المصلين في مسجد الطوارئ في عسير": one bombing, its target and place
    // told in its sentence, that no one is named for anywhere in the article, is ACLED's unidentified armed group's.
    // (one bombing: not "التفجيرات التي تستهدف المساجد", bombings as a kind)
    private ExtractedEvent BombedByNoOneNamed(ExtractedEvent e, ExtractionContext context)
    {
        if (e is not { Actor1: null, Actor2: not null, SubEventType: "Remote explosive/landmine/IED" or "Suicide bomb", Location.Place.CountryCode: { } where }
            || e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is not { } bombing
            || context.Document.Slice(bombing.Span).Split(' ')[0].EndsWith("ات", StringComparison.Ordinal)
            || e.FieldEvidence.FirstOrDefault(f => f.Field == "location") is not { } placed
            || !e.EvidenceSentences.Any(s => s.Start <= bombing.Span.Start && bombing.Span.End <= s.End && s.Start <= placed.Span.Start && placed.Span.End <= s.End))
            return e;
        return catalog.GenericOf("generic-uag", where, e.Date.Date.Year) is { } group ? e with { Actor1 = group } : e;
    }

    // "يذكر أن أربعة إيطاليين … قد اختطفوا يوم الأحد الماضي بالقرب من مجمع مليتة النفطي بزوارة": an abduction told by its
    // verb (read in the passive, no kidnapper named), its day right after it and its place in its sentence, is ACLED's
    // unidentified armed group's — of the place's civilians, when the victims are no side the article knows.
    // (a verb of kidnapping: not "عمليات الخطف", abductions as a kind, nor people "احتجزوا" in a car that fell down a well)
    // (its day right after it: not the day a hostage "التي كانت اختطفت في صنعاء منذ فبراير" came home, "أمس")
    // (no side taken: "أقدمت دورية تابعة للعدو الإسرائيلي … على خطف المواطنة" names its kidnapper)
    private ExtractedEvent AbductedByNoOneNamed(ExtractedEvent e, ExtractionContext context)
    {
        const int DayRightAfter = 30;
        if (e is not { Actor1: null, Actor2: null or { Inter: 7 }, SubEventType: "Abduction/forced disappearance", Location.Place.CountryCode: { } where }
            || e.FieldEvidence.FirstOrDefault(f => f.Field == "trigger") is not { } abducted
            || context.Document.Slice(abducted.Span) is var verb && (verb.StartsWith("ال", StringComparison.Ordinal) || !verb.Contains("خطف", StringComparison.Ordinal) && !verb.Contains("ختطف", StringComparison.Ordinal))
            || e.TriggerPos != "verb")
            return e;
        if (!e.EvidenceSentences.Any(s => s.Contains(abducted.Span) && e.FieldEvidence.Any(f => f.Field == "location" && s.Contains(f.Span)))
            || !e.FieldEvidence.Any(f => f.Field == "date" && f.Span.Start >= abducted.Span.End && f.Span.Start - abducted.Span.End <= DayRightAfter))
            return e;
        if (catalog.GenericOf("generic-uag", where, e.Date.Date.Year) is not { } group) return e;
        return e with { Actor1 = group, Actor2 = e.Actor2 ?? context.CiviliansOf(where, e.Date.Date.Year) };
    }

    // Who struck when no one is named near the report: ACLED's unidentified forces — from the air, a state's
    // ("Unidentified Military Forces"); on the ground, an armed group of the country.
    private ActorRef? Unidentified(ExtractedEvent e)
    {
        if (e.SubEventType == AcledTaxonomy.AirStrike) return catalog.TryGet("unidentified-military", out var military) ? military : null;
        return catalog.TryGet("generic-uag", out var group) ? group : null;
    }

    // Two sources disagreeing about who holds a place at about the same time: each event names the other.
    private static List<ExtractedEvent> LinkContradictions(List<ExtractedEvent> events)
    {
        var territory = events.Where(e => e.SubEventType is AcledTaxonomy.GovernmentRegains or AcledTaxonomy.NonStateOvertakes).ToList();
        var links = new Dictionary<string, List<string>>();
        foreach (var a in territory)
            foreach (var b in territory)
            {
                if (string.CompareOrdinal(a.Id, b.Id) >= 0 || a.Location?.Place?.GeonameId != b.Location?.Place?.GeonameId) continue;
                if (Math.Abs(a.Date.Date.DayNumber - b.Date.Date.DayNumber) > 3) continue;
                bool opposite = a.SubEventType != b.SubEventType || a.Actor1?.PlainName != b.Actor1?.PlainName || a.PartialControl != b.PartialControl;
                bool otherSource = a.Claim?.DisplayName != b.Claim?.DisplayName;
                if (!opposite || !otherSource) continue;
                (links.TryGetValue(a.Id, out var la) ? la : links[a.Id] = new()).Add(b.Id);
                (links.TryGetValue(b.Id, out var lb) ? lb : links[b.Id] = new()).Add(a.Id);
            }
        return events.Select(e => links.TryGetValue(e.Id, out var l) ? e with { Contradicts = l } : e).ToList();
    }
}
