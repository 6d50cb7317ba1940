using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Who does what to whom: agent, target and associates from the clause, and the opponents filled in from the article.
internal sealed partial class ExtractionContext
{
    // Roles' working lists, cleared at each call and kept for the document rather than made anew for every trigger.
    // (Safe: Roles does not call itself, a context serves one document on one thread, and none of them leaves the
    // call — what Roles returns is built in lists of its own.)
    private readonly List<ActorMention> _inSentence = new(), _unassociated = new(), _main = new();

    /// <summary>Agent, target and associates of a trigger from the clause around it.</summary>
    public Roles Roles(Sentence s, TriggerMention t)
    {
        Document.Claims.TryGetValue(s.Index, out var claim);
        // The claimant is not a party, unless the claim is about itself: "قال الجيش السوري إنه استعاد …".
        // "الحوثيون يعلنون قصف مصفاة": a force announcing an act it names right after is that act's agent.
        var announcer = claim is { Inherited: false } ? Announcer(claim, t) : null;
        bool selfReport = claim is { Inherited: false } && (announcer is not null || SpeaksOfItself(claim, t));
        // ("منع الجيش الطلبة من دخول المدرسة بعد أن أعلن إغلاقها": a speaker named well before its cue is the subject
        // of the sentence's own verb, and a party to what it tells)
        bool dropClaimant = claim is { Inherited: false } && !selfReport && !SubjectOfItsOwnVerb(claim);
        // (the span of whoever the sentence's own claim has condemning, read once for every side: none of them is a party;
        // the claim stage marked the condemnation when it read the cue)
        TextSpan? condemner = claim is { Inherited: false, Reaction: true } ? claim.SourceSpan : null;
        var (clauseStart, clauseEnd) = Clause(s, t);
        var inSentence = _inSentence;
        inSentence.Clear();
        // ("مقتل ثلاثة فلسطينيين … في قتال بين الجيش الإسرائيلي وحماس": people named by their nationality are a
        // battle's toll, not a side)
        bool battle = t.Entries.All(e => e.EventType == AcledTaxonomy.Battles);
        bool protest = t.Entries.All(e => e.EventType == AcledTaxonomy.Protests);
        int claimantEnd = -2;   // last token of the claimant and of those joined to it by و ("اتهمت روسيا وسوريا إسرائيل")
        for (int i = FirstAtOrAfter(_actors, a => a.FirstToken, clauseStart); i < _actors.Count && _actors[i].FirstToken < clauseEnd; i++)
        {
            var a = _actors[i];
            bool claimant = dropClaimant && (claim!.SourceSpan.Overlaps(a.Span) || a.FirstToken == claimantEnd + 1 && Tokens[a.FirstToken].StartsWithWa);
            if (claimant) claimantEnd = a.LastToken;
            if (a.LastToken < clauseEnd && !claimant && !IsInstrument(a) && !OwnerOfWords(a) && !(a.Rule == "nationality" && battle) && !InAsideOnAnActor(a, s, t)
                && !(protest && BuildingNear(a)) && !UnderItsShadow(a, s) && !DisownsOrCondemns(a, s, t, condemner) && !Requester(a, s)
                && !LabelTheyWereGiven(s, a.FirstToken)) inSentence.Add(a);
        }
        // "تحت رعاية مبعوث الأمم المتحدة", "بوساطة مصرية", "بضمانة روسية": who brokers an agreement is no party to it.
        if (t.Entries.All(e => e.SubEventType == "Agreement")) inSentence.RemoveAll(Mediator);
        // "معارك دارت بين الطرفين": the two sides are the ones the sentence before set against each other
        if (s.Index > 0 && _cues.Find(CueClass.Between, t.LastToken + 1, Math.Min(s.EndToken, t.LastToken + 5)) is { } bothSides
            && Tokens[bothSides.Last].Norm is "الطرفين" or "الجانبين" && SidesOfTheSentenceBefore(s) is { } sides)
        {
            // (the side this sentence names is the one it tells acting: "بين الطرفين عقب هجوم للحوثيين")
            bool secondNamedHere = false, firstNamedHere = false;
            foreach (var a in inSentence)
            {
                if (a.Actor.PlainName == sides.Second.Actor.PlainName) secondNamedHere = true;
                if (a.Actor.PlainName == sides.First.Actor.PlainName) firstNamedHere = true;
            }
            return secondNamedHere && !firstNamedHere
                ? new Roles(sides.Second, sides.First, Array.Empty<ActorMention>(), TargetMarked: true)
                : new Roles(sides.First, sides.Second, Array.Empty<ActorMention>(), TargetMarked: true);
        }
        if (inSentence.Count == 0)
        {
            // "جراء الهجوم بالصواريخ على مطار التيفور العسكري": with no one named, a military site still names the side hit.
            var site = t.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles && !e.IsTerritory) ? MilitarySiteAfter(t, clauseEnd) : null;
            return site is null ? NoRoles : new Roles(null, site, Array.Empty<ActorMention>(), TargetMarked: true);
        }

        // "بين X و Y" (before coordination is read as alliance): the two sides of a clash.
        // Only a "بين" that follows the trigger closely ("اشتباكات دارت بين", "معارك بين") names its sides.
        // ("دارت اشتباكات عنيفة أمس في قرية المشيك بريف حماة بين قوات النظام والفصائل": or after where and when it was)
        if ((_cues.Find(CueClass.Between, t.LastToken + 1, Math.Min(s.EndToken, t.LastToken + 5))
             ?? (_cues.Find(CueClass.Between, t.LastToken + 5, Math.Min(s.EndToken, t.LastToken + 26)) is { } far
                 && OnlyWhereAndWhen(t.LastToken + 1, far.First) ? far : null)) is { } between)
        {

            // "بين ألوية العمالقة والمقاومة التهامية من جهة والحوثيين من جهة أخرى": allies of the first side join it.
            // (plain loops: a lambda here would capture s and cost every call a closure, "بين" or not)
            var after = new List<ActorMention>();
            foreach (var a in inSentence)
                if (a.FirstToken > between.Last && !IsAssociate(a, s)) after.Add(a);
            if (after.Count >= 2)
            {
                var first = after[0];
                ActorMention? second = null;
                // ("بين الكتائب المقاتلة وجبهة النصرة من طرف، وقوات النظام من طرف آخر": the side marked "من طرف/جهة" first
                // ends the first side; the second starts after it)
                int sideEnd = FirstSideMarkedEnd(s, between.Last, after);
                for (int i = 1; i < after.Count && second is null; i++)
                    if (sideEnd >= 0 ? after[i].FirstToken > sideEnd && after[i].Actor.PlainName != first.Actor.PlainName
                                     : !Sides.Allied(after[i].Actor, first.Actor) && after[i].Actor.PlainName != first.Actor.PlainName) second = after[i];
                if (second is not null)
                {
                    // the associates, then the first side's allies named before the second side
                    var sideOfFirst = new List<ActorMention>();
                    foreach (var a in inSentence)
                        if (IsAssociate(a, s)) sideOfFirst.Add(a);
                    for (int i = 1; i < after.Count && after[i] != second; i++)
                        if (Sides.Allied(after[i].Actor, first.Actor) || sideEnd >= 0) sideOfFirst.Add(after[i]);
                    // "معارك بين المتمردين والقوات الشرعية": "between" tells no initiator, and then ACLED's coders
                    // name the state's forces first, before an armed group (not before rioters or protesters, whose
                    // clash with the police is their riot) when the two stand together ("بين الحوثيين، إثر ..." names
                    // one side only).
                    // ("ودارت مواجهات بين قوات الجيش ومليشيا الحوثي … خلال هجوم للمتمردين على مواقع الجيش": unless the
                    // sentence names whose attack it was)
                    if (AttackOwnedBy(s, between.Last, second) && !AttackOwnedBy(s, between.Last, first))
                        return new Roles(second, first, Array.Empty<ActorMention>(), TargetMarked: true);
                    if (second.Actor.IsState && first.Actor.Inter is 2 or 3 or 4 && sideOfFirst.Count == 0
                        && !PunctuationBetween(between.Last, second.FirstToken) && !AttackOwnedBy(s, between.Last, first))
                        return new Roles(second, first, sideOfFirst, TargetMarked: true);
                    return new Roles(first, second, sideOfFirst, TargetMarked: true);
                }
            }
        }

        var assoc = new List<ActorMention>();
        var unassociated = _unassociated;   // the sentence's actors that are not associates, in order
        var main = _main;                   // of those, named ones; a country standing for its state only as a fallback
        unassociated.Clear();
        main.Clear();
        foreach (var a in inSentence)
        {
            if (IsAssociate(a, s) || IsCoordinated(a, inSentence, s)) { assoc.Add(a); continue; }
            if (assoc.Contains(a) || unassociated.Contains(a)) continue;   // set semantics, as Except had
            unassociated.Add(a);
            // "دخلوا العراق" names a place.
            if (a.Rule != "country") main.Add(a);
        }
        // Except keeps out later duplicates of an associate too.
        RemoveAllIn(unassociated, assoc);
        RemoveAllIn(main, assoc);
        if (main.Count == 0) main.AddRange(unassociated);
        // (civilians, or a generic weapon word, do not push aside a country that is the subject: "قصفت روسيا حلب، ما
        // أسفر عن مقتل طفل" is Russia's strike, "إن تركيا كثفت من ضرباتها الجوية وقصف المدفعية" Turkey's)
        // ("وقصفت إسرائيل مواقع لحماس": nor does the side hit)
        else if (NoneOutranksACountry(main, s, t)
                 && t.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles or AcledTaxonomy.ViolenceAgainstCivilians)
                 && CountrySubject(unassociated, s, t) is { } subject)
            main.Insert(0, subject);

        ActorMention? agent = null, target = null;
        // "مواقع الحوثيين", "مقتل 57 عنصرا في الحرس الثوري": what is hit, wherever it stands, is never the agent.
        List<ActorMention>? hit = null;
        foreach (var a in main)
            if (IsHit(a, s, t)) (hit ??= new List<ActorMention>()).Add(a);
        // "قصف مناطق المعارضة": the side holding an area the clause names is no agent either.
        List<ActorMention>? holders = null;
        foreach (var a in main)
            if (!(hit?.Contains(a) ?? false) && HoldsPlace(a, s, t)) (holders ??= new List<ActorMention>()).Add(a);
        bool Holder(ActorMention a) => holders is not null && holders.Contains(a);
        foreach (var a in main)
            if (!(hit?.Contains(a) ?? false) && !Holder(a) && AgentMarked(a, s, t)) { agent = a; break; }
        // "حملة القصف العنيفة التي يشنها النظام السوري وحلفاؤه على مخيم اليرموك": the subject of a relative clause whose
        // verb carries the trigger back as its object pronoun is the trigger's agent, even where a test above read it as hit
        // (a weak weapon noun too when the verb of firing follows it with no pronoun: "بقذيفة أطلقتها ميليشيات الحوثي")
        if (agent is null && RelativeClauseOnTrigger(t, s) is >= 0 and var relative && (!t.IsWeak || !IsRelativePronoun(Tokens[relative].Norm)))
            foreach (var a in main)
                if (a.FirstToken >= relative + 2 && a.FirstToken <= LastSubjectStart(relative)) { agent = a; hit?.Remove(a); break; }
        // "وكانت قوات الأمن المصرية قد اعتقلت الناشط": the side right before "قد" and the verb is its subject
        if (agent is null && t.FirstToken >= 2 && Tokens[t.FirstToken - 1].Norm is "قد" or "وقد" or "فقد" && t.Entries.Any(e => e.Pos == "verb"))
            foreach (var a in main)
                if (a.LastToken == t.FirstToken - 2 && ArmedSide(a.Actor) && !(hit?.Contains(a) ?? false)) { agent = a; break; }
        foreach (var a in main)
            if (a != agent && IsTargetMarked(a, s, t)) { target = a; break; }
        if (target is null && hit is not null)
            foreach (var a in hit)
                if (a != agent) { target = a; break; }
        // "النساء والأطفال الذين خطفهم التنظيم", "قوات سوريا الديموقراطية التي يقاتلها الجيش التركي": the object
        // pronoun on the verb is the noun the relative clause hangs on.
        if (target is null && ObjectPronounAfterRelative(t))
            foreach (var a in main)
                if (a != agent && a.LastToken == t.FirstToken - 2) { target = a; break; }
        // "استهدفوا ناقلة نفط سعودية", "استهدفت بارجة الدمام السعودية": the nation of the ship attacked is hit (and the
        // nationality after it is no agent)
        if (target is null && t.Entries.Any(e => e.HitsAShip) && ShipOwnerAfter(t, clauseEnd) is { } shipOwner)
        {
            target = shipOwner;
            // ("وكانت السعودية قد علقت شحنات النفط … بعد هجوم استهدف ناقلتي نفط سعوديتين": nor does the owner's own
            // country, named as such, attack them)
            bool OwnerSide(ActorMention a) => a.Span.Overlaps(shipOwner.Span) || a.Rule == "country" && a.Actor.Country == shipOwner.Actor.Country;
            if (agent is not null && OwnerSide(agent)) agent = null;
            main.RemoveAll(OwnerSide);
        }
        // "الغارة التي استهدفت مطار التيفور العسكري السوري", "قصف موقع عسكري سوري": a military site of a nation is
        // that nation's army, hit.
        if (target is null && t.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles or AcledTaxonomy.ViolenceAgainstCivilians && !e.IsTerritory))
            target = MilitarySiteAfter(t, clauseEnd);
        // "رشق مستوطنون سيارات فلسطينية بالحجارة", "مركبات فلسطينيين", "منازل فلسطينية": people's property of a
        // nation, attacked, makes that nation's civilians the target.
        if (target is null && t.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Riots or AcledTaxonomy.ViolenceAgainstCivilians))
            target = CiviliansPropertyAfter(t, clauseEnd);
        // "مقتل جندي تونسي باشتباكات مع إرهابيين", "قتل 32 حوثيا في مواجهات مع المقاومة": in a battle whose other side
        // is named with مع, that side fought the side that lost men (ACLED's actor 1 and 2).
        // (but when the side hit is named by its sites and the other side by its dead, the dead fell attacking them: "لقي عدد
        // من الحوثيين مصرعهم بعد هجوم على مواقع للجيش")
        if (agent is null && target is not null && hit is not null && t.Entries.Any(e => e.EventType == AcledTaxonomy.Battles && !e.IsTerritory))
        {
            ActorMention? lost = null;
            foreach (var h in hit)
                // (civilians killed are no side of it: "مسلحون قتلوا خمسة أشخاص في هجوم على آلية للشرطة" — the police are not
                // the ones who killed them)
                if (h != target && h.Actor.PlainName != target.Actor.PlainName && !Sides.Allied(h.Actor, target.Actor) && h.Actor.Inter != 7
                    && !GunmenOfANamedSide(h, target, hit, main)) { lost = h; break; }
            if (lost is not null && UnderTargetHead(target, s) && IsCasualty(lost, s)) agent = lost;
            else if (lost is not null) (agent, target) = (target, lost);
        }
        bool marked = target is not null;
        if (hit is not null)
            for (int i = main.Count - 1; i >= 0; i--)
                if (hit.Contains(main[i]) && main[i] != target) main.RemoveAt(i);
        // "استهدفت فصائل المعارضة بالمدفعية الثقيلة تجمعات القوات": a weapon noun with no verb trigger over it
        // stands after its clause's subject, so the agent is the actor just before it.
        if (agent is null && t.Instrumental && t.Entries.All(e => e.Pos != "verb"))
            for (int i = main.Count - 1; i >= 0 && agent is null; i--)
            {
                var a = main[i];
                if (a != target && !Holder(a) && a.LastToken < t.FirstToken && t.FirstToken - a.LastToken <= 3 && !PunctuationBetween(a.LastToken, t.FirstToken)) agent = a;
            }
        // Verb-subject (استعاد الجيش) and subject-verb (الجيش استعاد): the nearest actor not marked as target.
        // "الغارات التي تشنها تركيا": the subject of the relative clause on the trigger is its agent.
        // (not when the dead it announces are its own: "أعلنت وزارة الدفاع الروسية مقتل أربعة جنود روس")
        if (agent is null && announcer is not null && inSentence.Contains(announcer) && announcer != target && AnnouncerActs(announcer, target, hit, t))
            agent = announcer;
        // "قال التحالف إنه تم استهداف عناصر الحوثيين": a passive names its object after the verbal noun; its agent is
        // the claimant speaking of itself, else no one named.
        bool passive = PassiveAuxiliaryBefore(t);
        // ('أعلن الجيش الإسرائيلي أن "مقاتلاته قصفت …"': its own forces, named by their pronoun, are the subject)
        if ((passive || OwnForcesBefore(t)) && agent is null && selfReport)
        {
            foreach (var a in main)
                if (claim!.SourceSpan.Overlaps(a.Span) && a != target) { agent = a; break; }
            // ("وكانت إسرائيل أعلنت، الثلاثاء، في بيان، أن مقاتلاتها الحربية قصفت": the speaker stands before the clause
            // of what it said, its forces' pronoun pointing back to it)
            if (agent is null && OwnForcesBefore(t))
                foreach (var a in Within(_actors, a => a.FirstToken, s.FirstToken, t.FirstToken))
                    if (claim!.SourceSpan.Overlaps(a.Span) && a != target && ArmedSide(a.Actor)) { agent = a; break; }
        }
        // ("قالت الحكومة التركية إنها لم تقصف أي مناطق يسكنها مدنيون …، مضيفة أنها قصفت مركزا لوجيستيا لحزب العمال": "أنها"
        // right before the verb is the speaker, the verb's subject — not a side named between them)
        if (agent is null && !passive && selfReport && SpeakersPronounBefore(t) && SpeakerAmong(claim!, main, target) is { } speaker) agent = speaker;
        if (!passive) agent ??= RelativeClauseSubject(t, s, unassociated, holders, target);
        // ("ارتكبت ميليشيات الحوثي … مجزرة راح ضحيتها 57 قتيلا … في قصف عنيف بصواريخ الكاتيوشا"): the side that committed
        // the massacre is the agent of the strike the sentence tells it in
        if (agent is null && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && MassacreCommittedBy(s, t, main) is { } committer && committer != target)
            agent = committer;
        // "لطائرات التحالف" (for the coalition's aircraft) is not the subject of the clause.
        if (agent is null && !passive)
        {
            ActorMention? inside = null, afterIt = null, beforeIt = null, firstBefore = null, any = null;
            // (but the owner of a strike noun right after it is its agent when the dead are hit: "قتل 43 مدنيا على الأقل بقصف
            // للقوات التركية" — a noun, or a verb's form with ب, "بقصف")
            bool ownerMayAct = hit is not null && t.Entries.All(e => e.Pos != "verb" || t.FirstToken == t.LastToken && Tokens[t.FirstToken].HasProclitic("ب"));
            foreach (var a in main)
            {
                if (a == target || Benefactive(a) && !(ownerMayAct && AfterTriggerAndItsAdjectives(a, t)) || Holder(a)) continue;
                // ("حرر قاعدة العند من الحوثيين وقوات المخلوع": an ally joined by و to the side marked as the target
                // shares its lot — it lost the base with it)
                if (target is not null && a.FirstToken > target.LastToken && HeadOfCoordination(a) == target) continue;
                any ??= a;
                // "رشق مستوطنون", "هاجم المستوطنون": a trigger phrase that names who acts.
                // (a generic word in it, "هجوم انتحاري", only describes the attack)
                // ("دخلت قوات النظام": a name that starts inside the phrase and runs on is its actor too)
                if (inside is null && a.FirstToken >= t.FirstToken && a.FirstToken <= t.LastToken && a.Rule != "generic") inside = a;
                // (not the side fought against a few words on: "سيطرت على مدينة عفرين بعد معارك مع وحدات حماية الشعب")
                if (afterIt is null && a.FirstToken > t.LastToken && a.FirstToken - t.LastToken <= 6 && !(a.FirstToken > t.LastToken + 1 && FoughtAgainst(a))) afterIt = a;
                // (not the target of an act told before: "شنت القوات هجوما على المتمردين الحوثيين، تمكنت خلاله من استعادة
                // السيطرة على قرى الفرع" — the forces retook the villages)
                if (a.LastToken < t.FirstToken && !(a.FirstToken > s.FirstToken && Tokens[a.FirstToken - 1].Norm is "علي" or "ضد")) { beforeIt = a; firstBefore ??= a; }
            }
            // "ميليشيا الحوثي داهمت منازل العشرات من ضباط الجيش واعتقلت العشرات": a verb joined by و with no subject
            // of its own after it shares the subject of the clause's first verb, not the object of that verb.
            if (t.Entries.Any(e => e.Pos == "verb") && Tokens[t.FirstToken].StartsWithWa && (afterIt is null || afterIt.FirstToken > t.LastToken + 1))
            {
                beforeIt = firstBefore;
                // ("قوات الأمن شرعت في عمليات ضد مسلحي التنظيم … واعتقلت 97 شخصا": people counted right after it are
                // what it took, not who did it)
                // ("وأغلقت قوات الأمن منطقة الاعتداء واعتقلت عددا كبيرا من الأشخاص": or by a word of quantity)
                if (afterIt is { Actor.Inter: 7 } counted && firstBefore is { Actor.Inter: 1 or 2 or 3 or 8 }
                    && (Document.Numbers.Exists(n => n.FirstToken == t.LastToken + 1 && n.LastToken == counted.FirstToken - 1)
                        || QuantityBetween(t.LastToken + 1, counted.FirstToken)))
                    afterIt = null;
            }
            // "تقدم القوات الحكومية في قتالها مع المسلحين": a verbal noun with a possessive pronoun belongs to the
            // actor before it.
            // ("ضرباتها الجوية": the pronoun may sit on the phrase's first noun)
            bool possessed = (Tokens[t.LastToken].Form.Analysis is { Enclitic: not null } || Tokens[t.FirstToken].Form.Analysis is { Enclitic: not null })
                             && t.Entries.All(e => e.Pos != "verb");
            // "الجيش اليمني يحرر مزهر ويحاصر ميليشيا الحوثي": a name right before an imperfect verb is its subject
            // (the headline's subject-verb order).
            // (only in the title: in the body "تقول المنظمة إن السلطات تعتقل 31 صحفيا" tells a state of affairs)
            // (a country is a subject there too: "إسرائيل تقصف موقعا لحماس")
            ActorMention? subject = null;
            if (InTitle(s) && ImperfectVerb(t))
                foreach (var a in unassociated)
                    if (a.LastToken == t.FirstToken - 1 && a != target && !Benefactive(a) && !Holder(a)) { subject = a; break; }
            // ("أكدت مصادر أن القوات اليمنية المشتركة اعتقلت 35 مسلحا من ميليشيات الحوثي": after "أن" the noun before the
            // verb is its subject — the one after it is its object)
            // ("وكان مسلحو داعش هاجموا الجيش": so does a past verb in the plural — told after the verb, the subject takes a
            // singular verb — not one joined by و, which shares the subject of the clause before: "انتفض أبناء العشائر ضد
            // التنظيم واغتالوا عددا من عناصره")
            bool pluralPast = t.FirstToken == t.LastToken && PastPlural(Tokens[t.FirstToken]) && !Tokens[t.FirstToken].StartsWithWa && !Tokens[t.FirstToken].HasProclitic("ف");
            if (subject is null && t.Entries.Any(e => e.Pos == "verb"))
                // ("أن المقاتلين الجنوبيين ووحدات الجيش الموالية لهادي طردوا الحوثيين": of allies joined by و, the first)
                foreach (var a in unassociated)
                    // ("أن عناصر تنظيم داعش الإرهابي هاجمت قطعات عسكرية": an epithet after the name is still the name's)
                    if (EndOfEpithets(EndOfDescribedName(CoordinationTail(a).LastToken)) == t.FirstToken - 1
                        // ("وحسب المصادر فإن القوات الإسرائيلية اعتقلت صحفيا": "فإن" too)
                        // (before a plural verb, any name not after a preposition, the object of what came before: "التي
                        // تهيمن على اليمن")
                        // ("إن قوة من الجيش اللبناني أوقفت 23 شخصا": or a unit of it, named before it)
                        && (UnitOf(a) is var named && named > s.FirstToken && Tokens[named - 1].Norm is "ان" or "بان" or "وان" or "فان"
                            || named < a.FirstToken && named == s.FirstToken || pluralPast && !AfterAPreposition(a))
                        && a != target && !Benefactive(a) && !Holder(a) && !(hit?.Contains(a) ?? false) && a.Actor.Inter != 7) { subject = a; break; }
            // ("أحرزت قوات اللواء الثاني تقدما في معاركها ضد ميليشيات الحوثي وسيطرت على بعض المناطق": the side fought
            // against is no agent, whoever the unnamed subject was)
            agent = inside ?? subject ?? (possessed ? beforeIt ?? afterIt : afterIt ?? beforeIt) ?? (any is not null && FoughtAgainst(any) ? null : any);
            // "قالت فرنسا إنها ستقرر … ما إذا كانت ستشن هجوما عسكريا بسبب الهجوم الكيماوي المزعوم في بلدة دوما": the
            // side before a cause word acts on the cause, it did not commit it.
            if (agent is not null && agent.LastToken < t.FirstToken && agent != inside && NamedAsACause(t)) agent = afterIt;
        }
        if (target is null)
            foreach (var a in main)
                if (a != agent && a.FirstToken > t.LastToken && a.Actor.PlainName != agent?.Actor.PlainName) { target = a; break; }
        // ("أعلن الجيش السوري أن قياديا في تنظيم داعش تم القبض عليه": a passive's subject stands before it — whom it took)
        if (target is null && passive)
            for (int i = main.Count - 1; i >= 0; i--)
                if (main[i] != agent && main[i].LastToken < t.FirstToken && main[i].Actor.PlainName != agent?.Actor.PlainName) { target = main[i]; break; }
        // ("تعرضت دورية عسكرية تابعة للجيش الموريتاني، لهجوم شنه مسلحون": the subject right after the verb of undergoing,
        // its owner and a comma between, is whom the act hit)
        // (before dead of the agent's own side counted after it: "… شنه مسلحون مجهولون، تسبب في مقتل اثنين من المسلحين")
        if ((target is null || target.Actor.PlainName == agent?.Actor.PlainName) && Tokens[t.FirstToken].HasProclitic("ل")
            && UndergoerBefore(s, t, main, agent) is { } undergoer)
            (target, marked) = (undergoer, true);
        // "حارس أمن إسرائيلي توفي … إثر تعرضه للطعن على يد مهاجم": who underwent the act (تعرض لـ) is whom it hit.
        if (target is null && t.FirstToken - 1 > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "تعرضه" or "تعرضها" or "تعرضهم" or "تعرض" or "تعرضت" or "تعرضوا"
            && Tokens[t.FirstToken].HasProclitic("ل")
            && LastBefore(main, t.FirstToken - 1, agent) is { } underwent)
            (target, marked) = (underwent, true);
        // ("لجأ … مقاتلو المعارضة … إلى منطقة إدلب التي تعرضت لغارات جوية": a side named before the verb of undergoing
        // did not do what the place underwent)
        if (agent is not null && agent.LastToken < t.FirstToken - 1 && t.FirstToken - 1 > s.FirstToken && Tokens[t.FirstToken].HasProclitic("ل")
            && Undergoing(Tokens[t.FirstToken - 1]))
            agent = null;
        // "قتل 22 من المسلحين الحوثيين جراء ضربات قوات التحالف": a strike noun told as the cause of deaths, its owner
        // in construct right after it — the side named before the cause word is whom it hit.
        // ("مقتل مدنيين في قصف جديد للنظام السوري على دوما": after في too, and with an adjective between strike and owner)
        if (target is null && agent is { } owner && (owner.FirstToken == t.LastToken + 1 || Benefactive(owner) && AfterTriggerAndItsAdjectives(owner, t))
            && t.FirstToken - 1 > s.FirstToken && (CauseWords.Contains(Tokens[t.FirstToken - 1].Norm) || Tokens[t.FirstToken - 1].Norm == "في")
            && ReadAsNoun(s, t) && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions)
            && LastOpponentBefore(main, t.FirstToken - 1, owner) is { } killedSide)
            (target, marked) = (killedSide, true);
        // (the holder of an area named before the trigger is hit when no one else is named)
        if (target is null && holders is not null)
            foreach (var a in holders)
                if (a.Actor.PlainName != agent?.Actor.PlainName) { target = a; break; }
        // "هجوما قتل فيه مستوطنان": a crowd that is a group by nature (settlers) is a mob when it attacks, but its people
        // killed or wounded are civilians (ACLED codes them so).
        if (target is not null && IsCasualty(target, s) && target.Actor is { Kind: "rioters", Country: { } home } crowd
            && !crowd.Id.StartsWith("generic-", StringComparison.Ordinal) && CiviliansOf(home, Document.Published?.Year) is { } civilians)
            target = target with { Actor = civilians };
        // "أطلق شاب فلسطيني النار", "طعن رجل جنديا": a civilian word as the subject of an attacking verb names an
        // attacker, whom ACLED codes as an unidentified armed group of his country, not as a civilian.
        // (the verb's object is the attack, "الرصاص", "قذائف … أطلقها": "نداءات أطلقها المدنيون" is none)
        if (agent is { Actor.Inter: 7 } && agent.FirstToken > s.FirstToken && AttackingVerbs.Contains(Tokens[agent.FirstToken - 1].Lemma)
            && Within(_triggers, u => u.FirstToken, agent.FirstToken - 4, agent.LastToken + 3).Any())
            agent = agent with { Actor = Perpetrator(agent.Actor) };
        // Civilians do not fight battles: a civilian "agent" is the target.
        // (When the target is what was hit — "مدينة الحديدة الخاضعة لسيطرة الحوثيين" — it strikes nothing: the civilians
        // are its casualties and the attacker is found in the article. When it only holds the area named — "قتل 40
        // مدنيا في هجمات جوية … حيث تواصل القوات الحكومية عملياتها … على مناطق تسيطر عليها المعارضة" — the civilians
        // are the ones hit when the sentence names the armed side that attacked; else the holder stands as the side hit
        // and its usual opponent is found in the article.)
        if (agent is { Actor.Inter: 7 } && target is not null && target.Actor.Inter != 7)
        {
            ActorMention? armed = null;
            if (Holder(target))
                foreach (var a in main)
                    if (a != agent && !Holder(a) && a.Actor.Inter != 7 && !(hit?.Contains(a) ?? false) && Fights(a.Actor)) { armed = a; break; }
            (agent, target) = armed is not null
                ? (armed, agent)
                : Holder(target) || hit is not null && hit.Contains(target) ? (null, target) : (target, agent);
        }
        // ("قتل 40 مدنيا في هجمات جوية … حيث تواصل القوات الحكومية عملياتها … على مناطق تسيطر عليها المعارضة": the people
        // an armed side's act killed come before the side holding the area it struck)
        if (target is not null && Holder(target) && agent is { Actor.Inter: not 7 } && hit is not null)
            foreach (var a in hit)
                if (a != agent && a.Actor.Inter == 7) { target = a; break; }
        // ("وحدات حماية الشعب الكردية، التي يشن عليها الجيش التركي حملة عسكرية": the side a relative clause says the act
        // is waged against is its target, the subject after "عليها" its agent)
        if (WagedAgainstTheAntecedent(s, t) is { } waged) (agent, target, marked) = (waged.Agent, waged.Target, true);
        if (agent is not null && target is not null && agent.Actor.PlainName == target.Actor.PlainName) target = null;
        // Two allies are not agent and target: the second fights alongside the first.
        if (agent is not null && target is not null && Sides.Allied(agent.Actor, target.Actor)) { assoc.Add(target); target = null; marked = false; }
        if (agent is not null)
            for (int i = assoc.Count - 1; i >= 0; i--)
                if (assoc[i].Actor.PlainName == agent.Actor.PlainName) assoc.RemoveAt(i);
        // (the side holding the place a strong trigger struck is what it hit: "غارة جوية على أحد آخر جيوب داعش"; a weak
        // one, "التقدم … لفصل مناطق سيطرة الفصائل", needs a target of its own)
        if (target is not null && Holder(target) && !t.IsWeak) marked = true;
        // ("مقتل قيادي بارز في حزب الله بهجوم شنه تنظيم داعش على مواقعهم": the sites the act hit, named by their owner's
        // pronoun, are the armed side named before them)
        if (agent is not null && target is null && t.Entries.Any(e => e.EventType is AcledTaxonomy.Battles or AcledTaxonomy.Explosions && !e.IsTerritory)
            && SitesOfThePronounAfter(s, t) && OwnerNamedBefore(s, t, agent) is { } siteOwner)
            (target, marked) = (siteOwner, true);
        // ("معارك مع ميليشيات الحوثيين وقوات الرئيس المخلوع": of allies joined by و, the first named leads; the others are
        // its associates)
        if (HeadOfCoordination(agent) is { } leader && leader != agent && leader.Actor.PlainName != target?.Actor.PlainName)
        {
            if (!assoc.Contains(agent!)) assoc.Add(agent!);
            assoc.Remove(leader);
            agent = leader;
        }
        if (HeadOfCoordination(target) is { } led && led != target && led.Actor.PlainName != agent?.Actor.PlainName) target = led;
        // ("الضربات الجوية التي وجهتها القوات الجوية للتحالف العربي": a force named by its arm alone, owned by the side
        // named right after it with ل, is that side's)
        if (agent is { Rule: "generic" } arm && OwnerRightAfter(arm) is { } armOwner && armOwner != target) agent = armOwner;
        return new Roles(agent, target, assoc.Count == 0 ? Array.Empty<ActorMention>() : assoc, marked && target is not null);
    }

    // The side named right after "ضد" (against), or after "مع" following a word of fighting ("بعد معارك مع وحدات
    // حماية الشعب").
    // (and after a word of pursuing: "حملات أمنية لملاحقة العناصر الإرهابية" hunts them)
    private bool FoughtAgainst(ActorMention a) =>
        a.FirstToken > 0 && (Tokens[a.FirstToken - 1].NormWithoutWa == "ضد"
                             || a.FirstToken > 1 && Tokens[a.FirstToken - 1].NormWithoutWa == "مع" && FightingNouns.Contains(Tokens[a.FirstToken - 2].NormWithoutWaOrArticle)
                             || PursuitNouns.Contains(Tokens[a.FirstToken - 1].NormWithoutWa));

    private static readonly HashSet<string> PursuitNouns = new(StringComparer.Ordinal)
    {
        "لملاحقه", "لتعقب", "لمطارده", "ملاحقه", "تعقب", "مطارده",
    };

    private static readonly HashSet<string> FightingNouns = new(StringComparer.Ordinal)
    {
        "معارك", "معركه", "اشتباكات", "اشتباك", "مواجهات", "مواجهه", "قتال", "اقتتال", "مناوشات",
    };

    // Where the first side of "بين … من طرف/من جهة، و… من طرف آخر" ends (the "من" of its marker), when the marker stands
    // between two of the sides named after "بين"; else -1.
    private int FirstSideMarkedEnd(Sentence s, int between, List<ActorMention> after)
    {
        int end = Math.Min(s.EndToken - 1, after[^1].FirstToken);
        for (int k = between + 2; k < end; k++)
            if (Tokens[k].Norm is "طرف" or "جهه" && Tokens[k - 1].Norm == "من" && after[0].LastToken < k - 1
                && !(k + 1 < s.EndToken && Tokens[k + 1].Norm is "اخر" or "اخري" or "ثان" or "ثانيه"))
                return after.Exists(a => a.FirstToken > k) ? k - 1 : -1;
        return -1;
    }

    // The first of the allies joined by و that <paramref name="a"/> ends ("ميليشيات الحوثيين" for "وقوات الرئيس المخلوع").
    private ActorMention? HeadOfCoordination(ActorMention? a)
    {
        for (int hops = 0; a is not null && hops < 4 && OpensWithWa(a)
                           && JoinedAllyBefore(a) is { } before; hops++)
            a = before;
        return a;
    }

    // Roles' helpers below are plain loops rather than lambdas: Roles runs for every trigger, and a lambda that
    // captures its locals costs a closure on every call, whether it runs or not.

    // list.RemoveAll(other.Contains), without a delegate per call.
    private static void RemoveAllIn(List<ActorMention> list, List<ActorMention> other)
    {
        if (other.Count == 0) return;
        int kept = 0;
        for (int i = 0; i < list.Count; i++)
            if (!other.Contains(list[i])) list[kept++] = list[i];
        list.RemoveRange(kept, list.Count - kept);
    }

    // "وقفة احتجاجية … قرب مبنى الأمم المتحدة", "أمام مقر الحكومة": the body whose building a protest stands by says where it
    // was, it is no party facing the crowd.
    private bool BuildingNear(ActorMention a)
    {
        int k = a.FirstToken - 1;
        if (k < 1 || Tokens[k].Norm is not ("مبني" or "مقر" or "مباني" or "مقار")) return false;
        string by = Tokens[k - 1].Norm;
        return by is "قرب" or "امام" or "عند" or "بجوار" or "امامه" || by == "من" && k >= 2 && Tokens[k - 2].Norm == "بالقرب";
    }

    // (civilians, or a generic weapon word, do not push aside a country that is the subject; nor does the side hit, the
    // side a verb's subject fought — "واستولت على مدينة عفرين بعد معارك مع وحدات حماية الشعب" — or the dead it killed)
    private bool NoneOutranksACountry(List<ActorMention> main, Sentence s, TriggerMention t)
    {
        bool pastVerb = PastVerbForm(t);
        foreach (var a in main)
            // (nor one in a clause of its own after a verb of the act, past a comma: "قصفت إسرائيل مطار التيفور، حيث
            // استهدف القصف عناصر من الحرس الثوري")
            if (!(a.Actor.Inter == 7 || a.Rule == "generic" && a.Actor.IsState
                  || a.FirstToken > t.LastToken && (IsHit(a, s, t) || CountedKilled(a, s) || OwnerOfASiteStruck(a, s)
                                                    || pastVerb && (FoughtAgainst(a) || PunctuationBetween(t.LastToken, a.FirstToken))))) return false;
        return true;
    }

    // ("وقصفت تركيا معسكرات لحزب العمال الكردستاني": the side named with ل right after a site noun — camps, bases,
    // headquarters — owns what was struck; not the target heads of the cue lexicon, whose camps are also where men train)
    private bool OwnerOfASiteStruck(ActorMention a, Sentence s) =>
        a.FirstToken - 1 > s.FirstToken && NamedWithLam(a) && SiteNouns.Contains(Tokens[a.FirstToken - 1].NormWithoutWa);

    // "وقتلت ثلاثة مسلحين": the men counted right after a verb of killing are its object, the dead.
    private bool CountedKilled(ActorMention a, Sentence s) =>
        BeforeItsCount(a, s) is var j && j < a.FirstToken - 1 && j >= s.FirstToken && KillingVerbs.Active.Contains(Tokens[j].Lemma);

    // The first country named as the trigger's subject: right after a verb trigger, or just before the trigger.
    private ActorMention? CountrySubject(List<ActorMention> unassociated, Sentence s, TriggerMention t)
    {
        foreach (var a in unassociated)
            if (a.Rule == "country"
                && (a.FirstToken == t.LastToken + 1 && t.Entries.Any(e => e.Pos == "verb")
                    || a.LastToken < t.FirstToken && (t.FirstToken - a.LastToken <= 3 && !PunctuationBetween(a.LastToken, t.FirstToken)
                                                      || OnlyPartnersAndTimeBetween(a.LastToken, t.FirstToken))
                       // ("شهدت فرنسا أسوأ اعتداء": the country that saw or underwent it is no agent)
                       && !(a.FirstToken > s.FirstToken && Tokens[a.FirstToken - 1].Lemma is "شهدت" or "شهد" or "تشهد" or "يشهد" or "تعرضت" or "تعرض")
                    // ("شنت تركيا عملية عسكرية في عفرين واستولت على المدينة": a verb joined by و shares the subject of the
                    // sentence's opening verb)
                    || a.FirstToken == s.FirstToken + 1 && a.LastToken < t.FirstToken && JoinedPastVerb(t) && a == unassociated[0]))
                return a;
        return null;
    }

    // ("وشنت الولايات المتحدة وبريطانيا وفرنسا فجر اليوم، ضربات عسكرية": between a subject and its act only the sides
    // joined to it by و and when it was, set off by a comma — a date there, at most twelve words)
    private bool OnlyPartnersAndTimeBetween(int from, int to)
    {
        if (to - from > 12) return false;
        bool dated = false;
        for (int k = from + 1; k < to; k++)
        {
            if (InADate(k)) { dated = true; continue; }
            if (DayParts.Contains(Tokens[k].Norm)) continue;
            if (Tokens[k].IsComma && (InADate(k - 1) || k + 1 < to && InADate(k + 1))) continue;
            if (Within(_actors, x => x.FirstToken, Math.Max(0, k - 8), k + 1).FirstOrDefault(x => x.FirstToken <= k && x.LastToken >= k) is { } partner
                && Tokens[partner.FirstToken].StartsWithWa) { k = partner.LastToken; continue; }
            return false;
        }
        return dated;
    }

    private static readonly HashSet<string> DayParts = new(StringComparer.Ordinal)
    {
        "فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليله", "فجرا", "صباحا", "ظهرا", "عصرا", "ليلا", "منتصف",
    };

    // The last of main ending before token end that is not the agent nor of its name.
    private static ActorMention? LastBefore(List<ActorMention> main, int end, ActorMention? agent)
    {
        for (int i = main.Count - 1; i >= 0; i--)
        {
            var a = main[i];
            if (a.LastToken < end && a != agent && a.Actor.PlainName != agent?.Actor.PlainName) return a;
        }
        return null;
    }

    // The last of main ending before token end that is neither the owner's name nor its ally.
    private ActorMention? LastOpponentBefore(List<ActorMention> main, int end, ActorMention owner)
    {
        for (int i = main.Count - 1; i >= 0; i--)
        {
            var a = main[i];
            if (a.LastToken < end && a.Actor.PlainName != owner.Actor.PlainName && !Sides.Allied(a.Actor, owner.Actor)) return a;
        }
        return null;
    }

    // The name right after a word of mediation, or after its envoy ("رعاية مبعوث الأمم المتحدة"); not "برعايتها بين
    // الفصائل والجيش", whose pronoun names the mediator before it.
    private bool Mediator(ActorMention a)
    {
        int k = a.FirstToken - 1;
        if (k >= 1 && Tokens[k].Norm is "مبعوث" or "المبعوث" or "ممثل" or "من") k--;
        return k >= 0 && MediationWords.Contains(Tokens[k].Lemma) && Tokens[k].Form.Analysis is not { Enclitic: not null };
    }

    private static readonly HashSet<string> MediationWords = new(StringComparer.Ordinal)
    {
        "رعايه", "وساطه", "ضمانه", "تتوسط", "يتوسط", "توسطت", "توسط", "راعي", "الراعي", "الضامن", "ضامن", "الضامنه",
    };

    // Is the force announcing the act its agent? Not when the clause names its own forces as the side that fought
    // ("أعلنت مصر مقتل 3 إرهابيين في تبادل لإطلاق النار مع الشرطة": the police acted; a generic "قوات الأمن" has no
    // country yet, and in the announcing state's report it is that state's), nor when the dead it announces are its
    // own or an ally's — except for an arrest, which is the announcer's whoever died ("اعتقال أقارب شاب نفذ عملية قتل
    // فيها جنديان").
    private bool AnnouncerActs(ActorMention announcer, ActorMention? target, List<ActorMention>? hit, TriggerMention t)
    {
        if (target is { Actor.IsState: true } && announcer.Actor.IsState && (target.Actor.Country ?? announcer.Actor.Country) == announcer.Actor.Country)
            return false;
        if (t.Entries.Any(e => e.EventType == AcledTaxonomy.StrategicDevelopments)) return true;
        if (hit is not null)
            foreach (var h in hit)
                if (h.Actor.PlainName == announcer.Actor.PlainName || Sides.Allied(h.Actor, announcer.Actor)) return false;
        return !(target is not null && (target.Actor.PlainName == announcer.Actor.PlainName || Sides.Allied(target.Actor, announcer.Actor)));
    }

    private static readonly HashSet<string> AttackingVerbs = new(StringComparer.Ordinal)
    {
        "اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا", "طعن", "طعنت", "طعنوا", "دهس", "دهست", "دهسوا", "هاجم", "هاجمت", "هاجموا",
        "نفذ", "نفذت", "نفذوا", "اقدم", "اقدمت", "اقدموا",
    };

    // The unidentified armed group of the civilian's country (or with no country when none is known).
    private ActorRef Perpetrator(ActorRef civilian)
    {
        if (!_catalog.TryGet("generic-uag", out var group)) return civilian;
        return civilian.Country is { } iso2 ? _catalog.ResolveGenericCountry(group, iso2, Document.Published?.Year) : group;
    }

    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
    {
        "مطار", "قاعده", "موقع", "موقعا", "مواقع", "معسكر", "معسكرا", "ثكنه", "مقر", "مقرا", "منشاه", "مخزن", "مستودع", "نقطه", "مطارا", "قاعدتين",
        // ("أعلنت قوات سوريا الديمقراطية استهدافها مراكز عسكرية في تركيا": and their plurals)
        "مركز", "مراكز", "مقرات", "ثكنات", "معسكرات", "مطارات", "قواعد", "منشات", "مخازن", "مستودعات", "نقاط",
        // ("أطلق مسلحون النار على استعراض عسكري بمدينة الأهواز": a military parade, column or patrol is the army's too)
        "استعراض", "عرض", "رتل", "دوريه", "موكب",
    };

    // A site noun a few words after the trigger, then (after up to two words of its name) "عسكري" and a nationality
    // adjective: that nation's military forces, as a mention spanning the phrase.
    private ActorMention? MilitarySiteAfter(TriggerMention t, int clauseEnd)
    {
        int end = Math.Min(clauseEnd, t.LastToken + 8);
        // "الهجوم بالصواريخ على مطار التيفور", "استهداف قاعدة حميميم": a base the gazetteer knows hits its holder's army
        foreach (var p in Within(_places, p => p.FirstToken, t.LastToken + 1, end))
            if (p.Place is { } place && MilitarySites.Default.HolderOf(place) is { } holder)
                return MentionOf(p.FirstToken, p.LastToken, _catalog.StateForce(holder, "military", Document.Published?.Year), "site");
        for (int i = t.LastToken + 1; i < end; i++)
        {
            if (!SiteNouns.Contains(Tokens[i].Lemma)) continue;
            for (int j = i + 1; j < Math.Min(clauseEnd, i + 4); j++)
            {
                if (Tokens[j].Norm is not ("عسكري" or "العسكري" or "عسكريه" or "العسكريه")) continue;
                // ("ثكنات عسكرية لميليشيات الحوثي", "قواعد عسكرية للنظام": the owner named right after is whom it hit)
                if (j + 1 < clauseEnd && Within(_actors, a => a.FirstToken, j + 1, j + 2).Any()) return null;
                if (j + 1 < clauseEnd && _catalog.AdjectiveMatcher.LongestAt(Tokens, j + 1) is { } nat)
                    return MentionOf(i, nat.Last, _catalog.StateForce(nat.Values[0].Iso2, "military", Document.Published?.Year), "site");
                // "مطار التيفور العسكري الواقع بين مدينتي حمص وتدمر": with no nation named, the army of the country
                // the site stands in (named by it or near it, else the article's place)
                var place = Within(_places, p => p.FirstToken, i, Math.Min(clauseEnd, j + 8)).FirstOrDefault() ?? MainPlace;
                return place?.Place?.CountryCode is { Length: 2 } home
                    ? MentionOf(i, j, _catalog.StateForce(home, "military", Document.Published?.Year), "site") : null;
            }
            return null;
        }
        return null;
    }

    // The actor right after a verb of undergoing (تعرضت) at most eight words before the trigger, or null.
    private ActorMention? UndergoerBefore(Sentence s, TriggerMention t, List<ActorMention> main, ActorMention? agent)
    {
        for (int i = t.FirstToken - 2; i >= Math.Max(s.FirstToken, t.FirstToken - 8); i--)
        {
            if (!Undergoing(Tokens[i])) continue;
            foreach (var a in main)
                if (a.FirstToken == i + 1 && a != agent) return a;
            return null;
        }
        return null;
    }

    private static readonly HashSet<string> ShipNouns = new(StringComparer.Ordinal)
    {
        "ناقله", "ناقلات", "ناقلتي", "ناقلتين", "سفينه", "سفن", "سفينتين", "بارجه", "فرقاطه", "مدمره",
    };

    private static bool IsShipNoun(Token token) => ShipNouns.Contains(token.Lemma) || ShipNouns.Contains(token.Norm);

    private static readonly HashSet<string> WarshipWords = new(StringComparer.Ordinal)
    {
        "بارجه", "فرقاطه", "مدمره", "حربيه", "الحربيه",
    };

    // The ship the trigger names and the nation after it (its name may stand between: "بارجة الدمام السعودية"): a
    // warship is that nation's navy, any other ship (a tanker, a freighter) its civilians.
    private ActorMention? ShipOwnerAfter(TriggerMention t, int clauseEnd)
    {
        for (int i = t.FirstToken; i < Math.Min(clauseEnd, t.LastToken + 3); i++)
        {
            if (!IsShipNoun(Tokens[i])) continue;
            bool warship = WarshipWords.Contains(Tokens[i].Norm) || WarshipWords.Contains(Tokens[i].Lemma);
            for (int j = i + 1; j < Math.Min(clauseEnd, i + 6); j++)
            {
                if (WarshipWords.Contains(Tokens[j].Norm)) { warship = true; continue; }
                if (_catalog.AdjectiveMatcher.LongestAt(Tokens, j) is not { } nat) continue;
                string iso2 = nat.Values[0].Iso2;
                var owner = warship ? _catalog.StateForce(iso2, "military", Document.Published?.Year) : CiviliansOf(iso2, Document.Published?.Year);
                return owner is null ? null : MentionOf(i, nat.Last, owner, "ship");
            }
            return null;
        }
        return null;
    }

    private static readonly HashSet<string> PropertyNouns = new(StringComparer.Ordinal)
    {
        "سيارات", "سياره", "مركبات", "مركبه", "منازل", "منزل", "بيوت", "بيت", "ممتلكات", "محلات", "متاجر", "مزارع", "حقول", "مساجد", "مسجد",
    };

    // A property noun right after the trigger (or two words on), then a nationality: that nation's civilians.
    private ActorMention? CiviliansPropertyAfter(TriggerMention t, int clauseEnd)
    {
        for (int i = t.LastToken + 1; i < Math.Min(clauseEnd, t.LastToken + 4); i++)
        {
            if (!PropertyNouns.Contains(Tokens[i].Lemma)) continue;
            if (i + 1 >= clauseEnd || _catalog.AdjectiveMatcher.LongestAt(Tokens, i + 1) is not { } nat) return null;
            return CiviliansOf(nat.Values[0].Iso2, Document.Published?.Year) is { } civilians ? MentionOf(i, nat.Last, civilians, "property") : null;
        }
        return null;
    }

    // A mention the extractor reads off a phrase (a site, people's property) rather than the recognizer.
    private ActorMention MentionOf(int first, int last, ActorRef actor, string rule)
    {
        var span = new TextSpan(Tokens[first].Span.Start, Tokens[last].Span.End);
        return new ActorMention(span, Document.Slice(span), first, last, actor, rule);
    }

    /// <summary>The civilians of a country ("Civilians (Syria)"), as ACLED names the people hit.</summary>
    public ActorRef? CiviliansOf(string iso2, int? year) =>
        _catalog.GenericOf("generic-civilians", iso2, year);

    private static readonly Roles NoRoles = new(null, null, Array.Empty<ActorMention>());

    // "وشن المتمردون قصفا مدفعيا …، في حين أفشلت القوات المشتركة هجوما لهم": a contrastive or simultaneous
    // conjunction starts another clause with its own actors. The trigger's clause is [start, end) in tokens.
    /// <summary>The clause of the sentence the trigger stands in, in tokens [Start, End).</summary>
    public (int Start, int End) Clause(Sentence s, TriggerMention t)
    {
        int start = s.FirstToken, end = GrievanceAfter(s, t) ?? s.EndToken;
        for (int i = s.FirstToken; i < end; i++)
        {
            if (i >= t.FirstToken && i <= t.LastToken) continue;
            int width = ClauseBoundary(i, s.EndToken);
            if (width == 0) continue;
            if (i < t.FirstToken) start = i + width;
            else { end = i; break; }
        }
        return (start, end);
    }

    /// <summary>
    /// "تظاهر آلاف الأكراد في كولونيا تنديدا بالغارات التي يشنها الجيش التركي", "للترحم على ضحايا الهجوم … في يوليو": the
    /// token where what a protest is against, or held for, starts — its sides, dead and days are no protest's.
    /// </summary>
    public int? GrievanceAfter(Sentence s, TriggerMention t)
    {
        // (a loop, not LINQ: Clause asks this for every trigger)
        for (int e = 0; e < t.Entries.Count; e++)
            if (t.Entries[e].EventType != AcledTaxonomy.Protests) return null;
        for (int i = t.LastToken + 1; i < s.EndToken; i++)
            if (GrievanceOpeners.Contains(Tokens[i].Norm)) return i;
        return null;
    }

    /// <summary>
    /// "شنت الولايات المتحدة ضربات … ردا على هجوم كيميائي مفترض قبل أسبوع في دوما أسفر عن مقتل العشرات": where the act an
    /// event answers is told (its "ردا على") after the trigger — its day and dead are that act's — or null.
    /// </summary>
    public int? AnswerAfter(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i + 1 < s.EndToken; i++)
            if (Tokens[i].Norm is "ردا" or "وردا" && Tokens[i + 1].Norm == "علي") return i;
        return null;
    }

    // The width in tokens of a clause-opening conjunction at token i, or 0.
    private int ClauseBoundary(int i, int end) => ContrastClause.WidthAt(Tokens, i, end);

    // (not the ل of belonging after the act's doers: "في هجوم يرجح أن منفذيه ينتمون لجماعة بوكو حرام" — who the attackers
    // belong to did it; "اعتقال 320 شخصا ينتمون لتنظيم داعش" is who the arrested belong to)
    private bool Benefactive(ActorMention a) =>
        Tokens[a.FirstToken].HasProclitic("ل") && !(a.FirstToken > 1 && Tokens[a.FirstToken - 1].Norm is "ينتمون" or "ينتمي" or "تنتمي" or "ينتميان" or "ينتمان"
                                                   && DoersWord(Tokens[a.FirstToken - 2].Norm));

    private static bool DoersWord(string norm) =>
        norm.StartsWith("منفذ", StringComparison.Ordinal) || norm.StartsWith("المنفذ", StringComparison.Ordinal)
        || norm.StartsWith("مهاجم", StringComparison.Ordinal) || norm.StartsWith("المهاجم", StringComparison.Ordinal);

    private bool SubjectOfItsOwnVerb(Claim claim) =>
        claim.SourceSpan.End < claim.CueSpan.Start
        && FirstAtOrAfter(Tokens, k => k.Span.Start, claim.CueSpan.Start) - FirstAtOrAfter(Tokens, k => k.Span.Start, claim.SourceSpan.End) > 1;

    // "إنه/إنها/إنهم" (that it/they) between the claimant and the trigger: the claimant speaks of its own act.
    private bool SpeaksOfItself(Claim claim, TriggerMention t)
    {
        // The claimant is named in the trigger's sentence: no need to look before it.
        for (int i = Document.Sentences[claim.Sentence].FirstToken; i < t.FirstToken; i++)
        {
            if (Tokens[i].Span.Start < claim.SourceSpan.End) continue;
            if (Tokens[i].Norm is "انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم" or "فانه" or "فانها") return true;
        }
        return OwnForcesBefore(t) || OwnForcesCarriedItOut(t) || OurForcesBefore(claim, t);
    }

    // "أنها قصفت", "بأنه قتل": the speaker's pronoun right before a verb trigger — feminine with a feminine verb, masculine
    // with a masculine one, so that "أنه قتل 5" (the pronoun of the matter before a passive) is not read as the speaker.
    private bool SpeakersPronounBefore(TriggerMention t)
    {
        if (t.FirstToken < 1 || !t.Entries.Any(e => e.Pos == "verb")) return false;
        string verb = Tokens[t.FirstToken].NormWithoutWa;
        return Tokens[t.FirstToken - 1].NormWithoutWa switch
        {
            "انها" or "بانها" => verb.EndsWith('ت'),
            "انه" or "بانه" => !verb.EndsWith('ت') && !verb.EndsWith("وا", StringComparison.Ordinal),
            "انهم" or "بانهم" => verb.EndsWith("وا", StringComparison.Ordinal),
            _ => false,
        };
    }

    // The armed side the claim's speaker names, among the clause's sides.
    private static ActorMention? SpeakerAmong(Claim claim, List<ActorMention> main, ActorMention? target)
    {
        foreach (var a in main)
            if (a != target && claim.SourceSpan.Overlaps(a.Span) && ArmedSide(a.Actor)) return a;
        return null;
    }

    // ('وأضاف المسماري: "تقدمت وحداتنا المقاتلة في معركة درنة بعد اشتباكات عنيفة"'): "our" forces, anywhere in what the
    // speaker says before the act, are the speaker's own — "نا" points at no one else.
    private bool OurForcesBefore(Claim claim, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= 0 && Tokens[i].Span.Start >= claim.SourceSpan.End; i--)
            if (Tokens[i].Form.Analysis is { Enclitic: "نا" } && OwnForceNouns.Contains(Tokens[i].Lemma)) return true;
        return false;
    }

    // ("قال الجيش التركي إن ضربة جوية نفذتها طائراته الحربية استهدفت ستة مسلحين"): the act its own forces carried out,
    // told right after it
    private bool OwnForcesCarriedItOut(TriggerMention t)
    {
        int k = t.LastToken + 1;
        if (k + 1 >= Tokens.Count || Tokens[k].Norm is not ("نفذتها" or "نفذها" or "شنتها" or "شنها" or "نفذته" or "شنته" or "نفذوها" or "شنوها")) return false;
        return Tokens[k + 1].Form.Analysis is { Enclitic: not null } && OwnForceNouns.Contains(Tokens[k + 1].Lemma);
    }

    // "مقاتلاته قصفت", "قواتها استعادت": a force noun with a possessive pronoun right before the trigger — the
    // speaker's own forces.
    private bool OwnForcesBefore(TriggerMention t)
    {
        int k = t.FirstToken - 1;
        // ("أن مقاتلاتها الحربية قصفت": an adjective of the force between)
        if (k >= 1 && Tokens[k].Norm is "الحربيه" or "الحربي" or "الجويه" or "المسيره" or "العسكريه" or "البريه" or "البحريه") k--;
        return k >= 0 && Tokens[k].Form.Analysis is { Enclitic: not null } && OwnForceNouns.Contains(Tokens[k].Lemma);
    }

    private static readonly HashSet<string> OwnForceNouns = new(StringComparer.Ordinal)
    {
        "قوات", "مقاتلات", "طايرات", "وحدات", "عناصر", "جنود", "طيران", "مدفعيه", "قوه", "مقاتلي", "مقاتلو", "سلاح",
    };

    /// <summary>
    /// "هاجم مسلحون ينتمون على الأرجح لحركة الشباب قاعدة عسكرية": unnamed gunmen said to belong to a group are that
    /// group, where the gunmen stand (the group's name is no second party).
    /// </summary>
    private static void BelongingToAGroup(List<ActorMention> mentions, List<Token> tokens)
    {
        ActorRef? said = null;   // the group the last unnamed gunmen were said to belong to
        for (int k = 0; k + 1 < mentions.Count; k++)
        {
            var unnamed = mentions[k];
            var group = mentions[k + 1];
            // ("… وهاجم المسلحون نقطة تفتيش": the gunmen again, with the article, are the same group)
            if (said is not null && unnamed.Actor.IsUnidentified && unnamed.Rule == "generic" && tokens[unnamed.FirstToken].Form.Analysis is { HasArticle: true })
            {
                mentions[k] = unnamed with { Actor = said, Rule = "anaphora" };
                continue;
            }
            // (so are people said to belong to an armed group — "اعتقال 320 شخصا ينتمون لتنظيم داعش", "أربعة أشخاص يشتبه
            // بانتمائهم إلى جبهة النصرة": the group's members, not civilians)
            bool people = unnamed.Actor.Inter == 7 && unnamed.Rule == "generic" && group.Actor.Inter is 2 or 3;
            if (!(unnamed.Actor.IsUnidentified || people) || group.Actor.IsUnidentified || group.Actor.IsGeneric || group.FirstToken - unnamed.LastToken > 6) continue;
            bool belongs = false;
            for (int i = unnamed.LastToken + 1; i < group.FirstToken; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) { belongs = false; break; }
                belongs |= BelongingWords.Contains(tokens[i].Norm)
                           // ("المتشددون الموالون لداعش": gunmen loyal to an armed group are its men — but those loyal to a
                           // government, "مسلحون موالون للحكومة", are a militia of their own)
                           || LoyalWords.Contains(tokens[i].NormWithoutWa) && group.Actor.Inter is 2 or 3;
            }
            if (!belongs && !(people && OfTheGroup(tokens, unnamed, group))) continue;
            mentions[k] = unnamed with { Actor = group.Actor, Rule = "belonging" };
            mentions.RemoveAt(k + 1);
            said = group.Actor;
        }
    }

    /// <summary>
    /// "الفصائل المقاتلة المعارضة للنظام السوري": the side a named group is described as opposing is part of the group's
    /// name, no party of the act (the group did it, not the regime it opposes).
    /// </summary>
    private static void OpposedInAName(List<ActorMention> mentions, List<Token> tokens)
    {
        for (int k = mentions.Count - 1; k >= 1; k--)
        {
            int first = mentions[k].FirstToken;
            if (first < 2 || !tokens[first].HasProclitic("ل") || tokens[first - 1].LemmaWithoutArticle is not ("معارضه" or "مناهضه")) continue;
            // (the group right before the adjective, or its fighting word between — "الفصائل المقاتلة المعارضة" — or the
            // adjective the group's name's own last word)
            var group = mentions[k - 1];
            if (group.LastToken == first - 1 || group.LastToken == first - 2 || group.LastToken == first - 3 && tokens[first - 2].Kind == TokenKind.ArabicWord)
                mentions.RemoveAt(k);
        }
    }

    // "بالقذائف الصاروخية والمدفعية": a gun word joined by و to the shelling word before it is the shells' second kind,
    // no force of artillery acting.
    private static void GunsOfAShelling(List<ActorMention> mentions, Document document)
    {
        for (int k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Rule != "generic" || m.FirstToken == 0 || !document.Tokens[m.FirstToken].StartsWithWa) continue;
            foreach (var t in document.Triggers)
                if (t.LastToken == m.FirstToken - 1 && t.Entries.All(e => e.SubEventType == AcledTaxonomy.Shelling)) { mentions.RemoveAt(k); break; }
        }
    }

    // ("ضد ناشطين مفترضين من تنظيم داعش", "اعتقال أشخاص من جبهة النصرة"): people "of" the group, the group right after
    // "من", a word of suspicion at most between — not "من قبل", the doer, nor "مدنيين أم من عناصر", a choice.
    private static bool OfTheGroup(List<Token> tokens, ActorMention people, ActorMention group)
    {
        int of = group.FirstToken - 1;
        return tokens[of].Norm == "من" && (of == people.LastToken + 1 || of == people.LastToken + 2 && Presumed.Contains(tokens[people.LastToken + 1].Norm));
    }

    private static readonly HashSet<string> Presumed = new(StringComparer.Ordinal)
    {
        "مفترضين", "مفترضون", "المفترضين", "مشتبه", "مشتبهين", "المشتبه", "محتملين", "مزعومين", "يشتبه",
    };

    private static readonly HashSet<string> LoyalWords = new(StringComparer.Ordinal)
    {
        "الموالون", "الموالين", "موالون", "موالين", "الموالي", "موالي", "المواليه", "مواليه", "المبايعين", "المبايعون", "مبايعين",
    };

    private static readonly HashSet<string> BelongingWords = new(StringComparer.Ordinal)
    {
        "ينتمون", "ينتمي", "تنتمي", "ينتميان", "المنتمين", "المنتمون", "منتمين", "ينتسبون", "ينتسب", "تابعون", "تابعين", "التابعين", "يتبعون",
        // (suspected or charged with belonging: "يشتبه بانتمائهم إلى", "لانتمائهم الى", "متهمين بالارتباط بتنظيم داعش")
        "بانتمايهم", "لانتمايهم", "انتمايهم", "بانتمايه", "لانتمايه", "بالانتماء", "بالارتباط", "مرتبطين", "المرتبطين",
    };

    // An armed force whose announcement has the act as its object ("الجيش السوري يعلن استعادة 4 قرى") speaks of
    // its own act: the force, or null.
    private ActorMention? Announcer(Claim claim, TriggerMention t)
    {
        // the act is named by the first word after the cue and its source, or after a date there ("أعلن الحوثيون
        // الخميس استهداف"); this trigger is that word or goes on the same phrase ("استهداف المطار بقصف").
        int next = ClaimContentStart(claim);
        if (t.FirstToken < next) return null;
        bool deaths = t.FirstToken > next && _cues.IsAt(CueClass.Killed, next, t.FirstToken, out _);
        // ("أعلن التحالف تدمير طائرتين دون طيار أطلقهما الحوثيون …، واعتراض ثلاثة صواريخ": a second act of the same kind
        // joined by و to the list the announcement opens)
        bool listed = t.FirstToken > next && Tokens[t.FirstToken].StartsWithWa && t.FirstToken - next <= 20
                      && !StrongBreakBetween(next, t.FirstToken) && !ContrastClause.Between(Tokens, next, t.FirstToken) && AnnouncedTogether(next, t);
        // ("أعلن الجيش السوري بلدات عربين وزملكا وعين ترما وجوبر خالية من الإرهاب": the places declared clear stand
        // between the cue and the word that declares them)
        bool declaredClear = t.FirstToken > next && t.FirstToken - next <= 18 && Tokens[t.FirstToken].Norm is "خاليه" or "خالية"
                             && !StrongBreakBetween(next, t.FirstToken);
        if (!listed && !declaredClear && (deaths ? t.FirstToken - next > 12 || ClauseBreakBetween(next, t.FirstToken) : t.FirstToken - next > 8 || PunctuationBetween(next, t.FirstToken)))
            return null;
        // "أعلن الجيش سقوط قذيفتي هاون": what befell someone has no agent in the announcer
        if (Tokens[next].Lemma is "سقوط" or "وقوع" or "انفجار" or "تعرض") return null;
        // (acts joined by و, "أعلنت القوات المسلحة مقتل واعتقال عشرات", or the same kind of act further on;
        // "تعلن توقيف المشتبه به بمحاولة اغتيال" announces an arrest only)
        // ("الجيش العراقي يعلن مقتل 45 مقاتلا من تنظيم الدولة في غارات": a force announcing deaths in its act; whether
        // the dead are its own is decided where the side hit is known)
        if (t.FirstToken > next && !AnnouncedTogether(next, t) && !deaths && !declaredClear) return null;
        // the cue announces or adopts ("وصفت روسيا تقارير الهجوم" describes someone else's act)
        int cue = FirstAtOrAfter(Tokens, k => k.Span.Start, claim.CueSpan.Start);
        if (cue >= Tokens.Count || !AnnouncingVerbs.Contains(Tokens[cue].Lemma)) return null;
        // "الاتفاق الذي أعلنت الولايات المتحدة انسحابها منه": a relative clause describes, it reports no act
        if (cue > 0 && IsRelativePronoun(Tokens[cue - 1].Norm)) return null;
        // the source is one armed force, nothing more ("روسيا تقارير" is not)
        return SourceActor(claim) is { } a && ArmedSide(a.Actor) ? a : null;
    }

    /// <summary>
    /// "قالت قوات الحكومة السورية إنها استعادت بعض الأراضي في القتال مع مسلحي المعارضة": the act right after the
    /// speaker's own pronoun ("إنها", "بأنه") is the speaker's — the armed side that speaks, or null.
    /// </summary>
    public ActorMention? SpeakerOfItsOwnAct(Sentence s, TriggerMention t)
    {
        if (!Document.Claims.TryGetValue(s.Index, out var claim) || claim.Inherited) return null;
        int k = t.FirstToken - 1;
        if (k >= s.FirstToken && Tokens[k].Norm is "قد") k--;
        if (k < s.FirstToken || Tokens[k].Norm is not ("انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم" or "فانه" or "فانها")) return null;
        if (Tokens[k].Span.Start < claim.SourceSpan.End) return null;
        return SourceActor(claim) is { } speaker && ArmedSide(speaker.Actor) ? speaker : null;
    }

    /// <summary>
    /// "نددت الكويت بإطلاق صواريخ من قطاع غزة على إسرائيل", "اتهمت الحكومة … بالوقوف وراء": the side that condemns or
    /// accuses in the sentence's own claim (its plain name), which is no party to the act it condemns; else null.
    /// </summary>
    public string? Condemner(Claim? claim)
    {
        if (claim is not { Inherited: false }) return null;
        int cue = FirstAtOrAfter(Tokens, k => k.Span.Start, claim.CueSpan.Start);
        if (cue >= Tokens.Count || !claim.Reaction && !AccusingVerbs.Contains(Tokens[cue].NormWithoutWa)) return null;
        return SourceActor(claim)?.Actor.PlainName;
    }

    private bool Condemns(int cue) => Condemnation.At(Tokens, cue);

    private static readonly HashSet<string> AccusingVerbs = new(StringComparer.Ordinal) { "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم" };

    // The actor the claim's source names, from the source's first word on ("أعلن التحالف العسكري في اليمن": the source
    // phrase stops at في, the actor's name runs on), or null.
    private ActorMention? SourceActor(Claim claim)
    {
        int source = FirstAtOrAfter(Tokens, k => k.Span.Start, claim.SourceSpan.Start);
        // ("كشف الجيش المصري نتائج البيان رقم 28": a source phrase run on past its name still starts with its speaker, the
        // name the claim took)
        foreach (var a in Within(_actors, a => a.FirstToken, source, source + 1))
            if (a.Span.Start == claim.SourceSpan.Start && (a.Span.End >= claim.SourceSpan.End || a.Actor.PlainName == claim.SourceName)) return a;
        // ("أعلنت القيادة العامة للجيش السوري": a command speaks for the force it is the command of)
        if (source < Tokens.Count && Tokens[source].LemmaWithoutArticle == "قياده")
            return Within(_actors, a => a.FirstToken, source + 1, FirstAtOrAfter(Tokens, k => k.Span.Start, claim.SourceSpan.End)).FirstOrDefault();
        if (claim.SourceName is not { } name || source >= Tokens.Count || !ClaimAttributor.IsSpokesman(Tokens[source])) return null;
        // ("أعلن المتحدث باسم الجيش المصري", "بيان القيادة العامة للقوات المسلحة": a spokesman or statement speaks for
        // the force it names; "ولفت المتحدث إلى …" after it: for the last one named, the name the claim took from before)
        int end = FirstAtOrAfter(Tokens, k => k.Span.Start, claim.SourceSpan.End);
        return Within(_actors, a => a.FirstToken, source + 1, end).FirstOrDefault(a => a.Actor.PlainName == name)
               ?? (ClaimAttributor.IsBackReference(Tokens[source]) ? _actors.LastOrDefault(a => a.Span.End <= claim.SourceSpan.Start && a.Actor.PlainName == name) : null);
    }

    /// <summary>
    /// "المناطق التي تستهدفها القوات": a strike verb right after a relative pronoun, carrying the pronoun of its
    /// object, hits what the relative clause is about — a target even when that is no actor.
    /// </summary>
    public bool ObjectIsAntecedent(TriggerMention t) =>
        ObjectPronounAfterRelative(t)
        // only strikes: "التحديات التي تواجهها", "المشروع الذي تقدمه" hit nothing
        && t.Entries.Any(e => e.EventType == AcledTaxonomy.Explosions);

    // A verb trigger right after a relative pronoun with an object pronoun on it: "… التي تستهدفها", "… الذين خطفهم".
    private bool ObjectPronounAfterRelative(TriggerMention t) =>
        t.FirstToken > 0 && IsRelativePronoun(Tokens[t.FirstToken - 1].Norm)
        // a third-person pronoun: "الذين يهاجموننا" (who attack us) makes the relative noun the subject
        && Tokens[t.LastToken].Form.Analysis is { Enclitic: "ه" or "ها" or "هم" or "هما" or "هن" } && t.Entries.Any(e => e.Pos == "verb");

    // The first token of what a claim reports: after its cue and source, and after a date there.
    private int ClaimContentStart(Claim claim)
    {
        int end = Math.Max(claim.SourceSpan.End, claim.CueSpan.End);
        // ("أعلن التحالف العسكري في اليمن الأربعاء تدمير": the content starts after the actor's whole name)
        if (SourceActor(claim) is { } named && named.Span.End > end) end = named.Span.End;
        int next = FirstAtOrAfter(Tokens, k => k.Span.Start, end);
        // ("أعلنت قوات الجيش، بإسناد من التحالف، الخميس، سيطرتها": the source's backers may stand between commas)
        int backed = SkipCommas(next);
        if (backed > next && backed < Tokens.Count && BackingWords.Contains(Tokens[backed].Norm))
            for (int k = backed + 1; k < Math.Min(Tokens.Count, backed + 9); k++)
                if (Tokens[k].IsComma) { next = k; break; }
        // ("أعلن الجيش الإسرائيلي، السبت، اعتقال": the date may stand between commas)
        int date = SkipCommas(next);
        // ("أعلن الجيش الإسرائيلي، مساء الجمعة، شن غارات": a part of the day may open it)
        if (date + 1 < Tokens.Count && (DayPartsBeforeADay.Contains(Tokens[date].Norm) || Tokens[date].Norm == "يوم")) date++;
        foreach (var d in Document.Dates)
            if (d.FirstToken == date) return PastResponsibility(SkipCommas(d.LastToken + 1));
        // ("وكان الحوثيون أعلنوا في وقت سابق استهداف المطار": or a time with no date, "earlier", "today")
        if (date + 2 < Tokens.Count && Tokens[date].Norm == "في" && Tokens[date + 1].Norm == "وقت" && Tokens[date + 2].Norm is "سابق" or "لاحق")
            return SkipCommas(date + 3);
        return PastResponsibility(next);
    }

    // ("أعلن الحرس الثوري، الأحد، مسؤوليته، عن إطلاق الصواريخ": the responsibility claimed is for the act after "عن")
    private int PastResponsibility(int k)
    {
        if (k >= Tokens.Count || Tokens[k].Norm.Replace('ؤ', 'و') is not ("مسووليته" or "مسووليتها" or "مسووليتهم" or "المسووليه")) return k;
        int after = SkipCommas(k + 1);
        return after < Tokens.Count && Tokens[after].Norm == "عن" ? after + 1 : k;
    }

    private static readonly HashSet<string> BackingWords = new(StringComparer.Ordinal)
    {
        "باسناد", "بدعم", "بمسانده", "بمشاركه", "مدعومه", "مدعوما", "مسنوده", "مسنودا",
    };

    private int SkipCommas(int k)
    {
        while (k < Tokens.Count && Tokens[k].IsComma) k++;
        return k;
    }

    // A comma, semicolon or colon between two tokens (quotation marks around a name do not break the clause).
    private bool ClauseBreakBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (Tokens[k].Surface is "،" or "," or "؛" or ";" or ":" or ".") return true;
        return false;
    }

    // A break a list does not run across (commas it does).
    private bool StrongBreakBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (Tokens[k].Surface is "؛" or ";" or ":" or ".") return true;
        return false;
    }

    private bool AnnouncedTogether(int first, TriggerMention t)
    {
        if (t.FirstToken == first + 1 && Tokens[t.FirstToken].StartsWithWa && ClaimAttributor.ContentLemmas.Contains(Tokens[first].Lemma)) return true;
        foreach (var u in Within(_triggers, o => o.FirstToken, first, first + 1))
        {
            if (u.Entries.Any(e => t.Entries.Any(f => f.EventType == e.EventType))) return true;
            if (t.FirstToken == u.LastToken + 1 && Tokens[t.FirstToken].StartsWithWa) return true;
        }
        return false;
    }

    /// <summary>
    /// "أعلنت قوات الجيش، الخميس، سيطرتها على قرية مزهر", "أعلن الجيش التركي السيطرة على مدينة عفرين": control announced
    /// by its side is ground taken, though the noun alone ("المناطق الخاضعة لسيطرتها") tells of a standing state.
    /// </summary>
    /// The force that announces it, the subject of the announcing verb, is the side that took the ground.
    public bool AnnouncedControl(Sentence s, TriggerMention t, out ActorMention? announcer)
    {
        announcer = null;
        return GroundTakenNoun(s, t) && Announced(s, t, achieved: true, out announcer);
    }

    /// <summary>
    /// A verbal noun of ground taken with what was taken after it ("السيطرة على X", "تحرير مديرية X"): not the imperfect
    /// of a standing state, nor an operation named for its aim.
    /// </summary>
    public bool GroundTakenNoun(Sentence s, TriggerMention t)
    {
        // (a verbal noun, not the imperfect "تسيطر عليها" of a standing state)
        string head = Tokens[t.FirstToken].Norm;
        if (!t.Entries.Any(e => e.IsTerritory && e.Pos != "verb") || head.StartsWith("تسيطر", StringComparison.Ordinal) || head.StartsWith("يسيطر", StringComparison.Ordinal))
            return false;
        // (what was taken follows: "السيطرة على X", "تحرير مديرية X"; not "الاحتفال بإعلان التحرير")
        // (past the quotation marks of a phrase quoted: 'عن "السيطرة الكاملة" على مركز مدينة عفرين')
        int next = t.LastToken + 1;
        if (next < s.EndToken && Tokens[next].Surface is "\"" or "»" or "”") next++;
        if (!(Tokens[t.LastToken].Norm is "علي" || next < s.EndToken && Tokens[next].Norm is "علي"
              || Within(_places, p => p.FirstToken, t.LastToken + 1, t.LastToken + 3).Any())) return false;
        // ("إطلاق معركة تحرير الحديدة": an operation named for its aim has taken nothing yet; "أكدت قرب سيطرتها على عفرين",
        // "على وشك السيطرة": nor has a side close to taking it)
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "معركه" or "عمليه" or "حمله" or "اطلاق" or "بدء" or "معارك"
                or "المعركه" or "العمليه" or "الحمله" or "المعارك" or "قرب" or "اقتراب" or "وشك")
            return false;
        return true;
    }

    /// <summary>
    /// "أعلنت قوات سوريا الديمقراطية، الثلاثاء، بدء معركة جديدة للسيطرة على … جيوب لتنظيم داعش": the side that announces
    /// the start of an offensive (a battle's noun right after "بدء", "انطلاق", "إطلاق") is the side that fights it.
    /// </summary>
    public ActorMention? OffensiveAnnouncedBy(Sentence s, TriggerMention t)
    {
        if (!t.Entries.Any(e => e.EventType == AcledTaxonomy.Battles && e.Pos != "verb") || t.FirstToken - 1 <= s.FirstToken) return null;
        if (Tokens[t.FirstToken - 1].LemmaWithoutArticle is not ("بدء" or "انطلاق" or "اطلاق")) return null;
        return Announced(s, t, achieved: false, out var announcer) ? announcer : null;
    }

    /// <summary>
    /// "أعلنت قوات سوريا الديمقراطية عن اعتقالها لجهادي فرنسي", "أعلن العراق أن القيادي في داعش تم القبض عليه": an arrest
    /// told without an agent of its own (a verbal noun, a passive) is the announcer's, when the announcer can arrest.
    /// </summary>
    public ActorMention? ArrestAnnouncedBy(Sentence s, TriggerMention t, Func<ActorRef, bool> canArrest)
    {
        if (!t.Entries.Any(e => e.SubEventType == "Arrests")) return null;
        if (!AgentlessAct(s, t) || !Announced(s, t, achieved: false, out var announcer) || announcer is null) return null;
        return canArrest(announcer.Actor) ? announcer : null;
    }

    /// <summary>
    /// "وأشار البيان رقم 25 للجيش المصري إلى القبض على 59 شخصا", "ولفت المتحدث العسكري إلى القضاء على عدد (4) عنصر
    /// تكفيري": a counted act with no agent of its own (an arrest, militants eliminated), in a sentence that reports an
    /// armed state force's statement (its own claim or the one it goes on), was done by that force — the force, or null.
    /// </summary>
    public ActorMention? CountedActInStatementOf(Sentence s, TriggerMention t, Func<ActorRef, bool> canDo) =>
        AgentlessAct(s, t) && CountFollows(t) && ArmedStateAuthor(s) is { } author && canDo(author.Actor) ? author : null;

    /// <summary>The armed state force whose statement the sentence reports ("وذكر الجيش في بيانه", "البيان رقم 25 للجيش المصري"), or null.</summary>
    public ActorMention? ArmedStateAuthor(Sentence s)
    {
        if (!Document.Claims.TryGetValue(s.Index, out var claim)) return null;
        var author = SourceActor(claim) ?? ActorOfTheStatement(claim);
        return author is not null && author.Actor.IsState && ArmedSide(author.Actor) ? author : null;
    }

    // A masdar, a verb carrying its object pronoun, or "تم/جرى" before it: an act told with no agent.
    private bool AgentlessAct(Sentence s, TriggerMention t) =>
        t.Entries.All(e => e.Pos != "verb") || Tokens[t.FirstToken].Form.Analysis is { Enclitic: not null }
        || t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "تم" or "جري" or "يتم" or "يجري";

    // "القبض على 641 شخصا", "اعتقال (30) عنصرا", "القبض على عدد 173": a number of people right after the act.
    // ("مقتل عنصر إرهابي", "القبض على مسلح": and one militant, in the singular)
    private bool CountFollows(TriggerMention t)
    {
        if (CountAfter(t) >= 0) return true;
        // (the phrase may end with the noun itself: "مقتل عنصر" + "إرهابي")
        int k = OneMilitant(Tokens[t.LastToken]) ? t.LastToken : t.LastToken + 1;
        if (k < Tokens.Count && Tokens[k].Norm == "علي") k++;
        // (not one of a force's own: "مقتل عنصر من قواته")
        return k < Tokens.Count && OneMilitant(Tokens[k]) && !(k + 1 < Tokens.Count && Tokens[k + 1].Norm == "من");
    }

    private static bool OneMilitant(Token token) =>
        token.LemmaWithoutArticle is "عنصر" or "ارهابي" or "مسلح" or "تكفيري" or "متطرف" or "انتحاري";

    // The first token of the count right after the act ("القبض على 641", "مقتل \"52 تكفيريا\""), or -1.
    private int CountAfter(TriggerMention t)
    {
        int k = t.LastToken + 1;
        if (k < Tokens.Count && Tokens[k].Norm == "علي") k++;
        k = CountAhead.Start(Tokens, k, Tokens.Count);
        // ("مقتل خمسة من العناصر": a count in words too)
        return k < Tokens.Count && (Tokens[k].Kind == TokenKind.Number || Within(_numbers, n => n.FirstToken, k, k + 1).Any()) ? k : -1;
    }

    /// <summary>
    /// "مقتل \"52 تكفيريا\"", "القضاء على 30 إرهابيا": the count after the act is of militants, named by a word no actor
    /// list holds in that form (an accusative after a count; as an alias "إرهابيا" would take "عملا إرهابيا" too).
    /// </summary>
    public bool MilitantsCounted(TriggerMention t)
    {
        int k = CountAfter(t);
        if (k < 0) return false;
        var count = Within(_numbers, n => n.FirstToken, k, k + 1).FirstOrDefault();
        int after = (count?.LastToken ?? k) + 1;
        if (after < Tokens.Count && Tokens[after].Norm == "من") after++;
        if (after >= Tokens.Count) return false;
        string lemma = Tokens[after].LemmaWithoutArticle;
        return MilitantStems.Any(m => lemma.StartsWith(m, StringComparison.Ordinal));
    }

    private static readonly string[] MilitantStems = ["تكفيري", "ارهابي", "مسلح", "متشدد", "جهادي", "مسلحي"];

    /// <summary>
    /// "قتلت قوات الأمن 5 مسلحين", "إنه قتل ستة مسلحين أكراد": a count of militants in the killing verb's clause, past
    /// its subject (ten words at most, no punctuation between): the count's first token, or -1.
    /// </summary>
    public int MilitantsKilledAfter(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 11); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return -1;
            if (Within(_numbers, n => n.FirstToken, i, i + 1).FirstOrDefault() is not { } count) continue;
            int after = count.LastToken + 1;
            if (after < s.EndToken && Tokens[after].Norm == "من") after++;
            if (after >= s.EndToken) return -1;
            string lemma = Tokens[after].LemmaWithoutArticle;
            return MilitantStems.Any(m => lemma.StartsWith(m, StringComparison.Ordinal)) ? count.FirstToken : -1;
        }
        return -1;
    }

    // "البيان رقم 25 للجيش المصري", "بيان القيادة العامة للقوات المسلحة": the force named right after a statement word.
    private ActorMention? ActorOfTheStatement(Claim claim)
    {
        int source = FirstAtOrAfter(Tokens, k => k.Span.Start, claim.SourceSpan.Start);
        if (source >= Tokens.Count || Tokens[source].Lemma is not ("البيان" or "بيان" or "بيانه" or "بيانها")) return null;
        int end = FirstAtOrAfter(Tokens, k => k.Span.Start, claim.SourceSpan.End);
        return Within(_actors, a => a.FirstToken, source + 1, Math.Min(Tokens.Count, end + 4)).FirstOrDefault();
    }

    // An announcing verb (or, with achieved, a verb of achieving: "تمكن", "نجح") before the trigger in its sentence, with
    // no other act between, and the armed side that announces it, if one is named next to the verb.
    private bool Announced(Sentence s, TriggerMention t, bool achieved, out ActorMention? announcer)
    {
        announcer = null;
        int k = TriggerIndex(t.Span);
        int stop = Math.Max(s.FirstToken, t.FirstToken - 12);
        // (no other act between: "أعلن بدء العملية لاستعادة السيطرة على درنة" announces an operation)
        // ("بإسناد من الطيران الروسي" names a backer: a weak word is no act of its own here)
        for (int j = k - 1; j >= 0 && _triggers[j].Sentence == t.Sentence; j--)
            if (!_triggers[j].IsWeak) { stop = Math.Max(stop, _triggers[j].LastToken + 1); break; }
        for (int i = t.FirstToken - 1; i >= stop; i--)
            // ("وأكدت الفصائل في بيان سيطرتها على تلة": confirming it is announcing it)
            if (Tokens[i].Lemma is "اعلن" or "اعلنت" or "اعلنوا" or "يعلن" or "تعلن" or "يعلنون" or "اعلان" or "اكد" or "اكدت" or "اكدوا"
                // ("… وحدات الجيش تقدمت"، مؤكدا السيطرة على عدد من البلدات": the participle of confirming or announcing too)
                // (not "مؤكدا أن السيطرة على هذه المواقع من شأنه …": what the taking would bring)
                || Tokens[i].NormWithoutWa is "موكدا" or "موكده" or "موكدين" or "معلنا" or "معلنه" or "معلنين" && Tokens[i + 1].Norm is not ("ان" or "بان")
                // "وتمكن الجيش من تحرير مديرية حيس", "نجحت المقاومة في تحرير منطقة كهبوب": the taking achieved, not aimed at
                || achieved && AchievedWords.Contains(Tokens[i].Lemma) && !Conditional(i))
            {
                // "أعلنت قوات الجيش … سيطرتها", "تركيا أعلنت سيطرتها", "الجيش الليبي يعلن سيطرته" (not an outlet or a person)
                int verb = i;
                // (the subject before the verb, not the target of an act before it: "شنت القوات هجوما على المتمردين الحوثيين،
                // تمكنت خلاله من استعادة السيطرة على قرى الفرع" — the forces, not the Houthis, took the villages)
                // ("وزارة الداخلية البحرينية، التي أعلنت القبض": the antecedent of a relative pronoun before the verb)
                int reach = verb - 1 > s.FirstToken && Tokens[verb - 1].Norm is "التي" or "الذي" ? (Tokens[verb - 2].Kind == TokenKind.Punctuation ? 4 : 3) : 2;
                announcer = Within(_actors, a => a.FirstToken, verb + 1, t.FirstToken).FirstOrDefault(a => a.LastToken < t.FirstToken)
                            ?? Within(_actors, a => a.FirstToken, Math.Max(s.FirstToken, verb - 6), verb)
                                .LastOrDefault(a => a.LastToken >= verb - reach && !(a.FirstToken > s.FirstToken && Tokens[a.FirstToken - 1].Norm is "علي" or "ضد"));
                if (announcer is not null && !ArmedSide(announcer.Actor)) announcer = null;
                return true;
            }
        return false;
    }

    /// <summary>
    /// "طردت القوات الحوثيين من مديرية حيس", "نجحت المقاومة في طرد الحوثيين من جبهات مديرية موزع": a verb of driving
    /// out, the other side right after it and the place it left after من — ground taken, not a diplomat expelled.
    /// </summary>
    public bool DrivenOut(Sentence s, TriggerMention t, ref Roles roles)
    {
        if (DroveOutOf(s, t, roles.Actor2, roles.Actor1)) return true;
        // ("نجح الجيش في طرد الحوثيين من مديرية حيس": after في the verbal noun's object follows it; its agent is the
        // subject before)
        // ("وحققت قوات هادي سلسلة انجازات، وطردت الاثنين الحوثيين من آخر معاقلهم": or a verb whose subject, named
        // before, it leaves unsaid — its feminine or plural ending says the subject is not the side after it)
        if (roles.Actor1 is not { } driven || driven.FirstToken <= t.LastToken || t.FirstToken <= s.FirstToken) return false;
        bool verb = Tokens[t.FirstToken - 1].Norm is not ("في" or "من");
        if (verb && !ExpelVerbsOfASubjectBefore.Contains(Tokens[t.FirstToken].Lemma) || !DroveOutOf(s, t, driven)) return false;
        // (the verb's clause, after a comma, may hold no subject: the sentence's first side, the subject of its first verb)
        var expeller = SubjectBefore(s, t);
        if (verb && expeller is not null && PunctuationBetween(expeller.LastToken, t.FirstToken)) expeller = null;
        if (expeller is null && verb)
            expeller = Within(_actors, a => a.FirstToken, s.FirstToken, t.FirstToken)
                .FirstOrDefault(a => a.LastToken < t.FirstToken && ArmedSide(a.Actor) && a.Actor.PlainName != driven.Actor.PlainName
                                     && !(a.FirstToken > s.FirstToken && SupportWords.Contains(Tokens[a.FirstToken - 1].Lemma)));
        if (expeller is null) return false;
        roles = roles with { Actor1 = expeller, Actor2 = driven, TargetMarked = true };
        return true;
    }

    private bool DroveOutOf(Sentence s, TriggerMention t, ActorMention? other, ActorMention? subject = null)
    {
        if (other is null || !ExpelWords.Contains(Tokens[t.FirstToken].Lemma)) return false;
        // (verb, subject, object: "طردت قوات المقاومة الشعبية اليوم المتمردين الحوثيين من مدينة عدن" — the driven
        // follow the subject, a day between them no word of the clause)
        int after = subject is not null && subject != other && subject.FirstToken == t.LastToken + 1 ? subject.LastToken : t.LastToken;
        int gap = other.FirstToken - after;
        for (int i = after + 1; i < other.FirstToken; i++) if (InADate(i)) gap--;
        if (other.FirstToken <= after || gap > 4) return false;
        int from = other.LastToken + 1;
        // ("طردت الاثنين الحوثيين وحلفاءهم من آخر معاقلهم في محافظة ابين": their allies driven out with them, and the
        // place a few words on, after "the last of their strongholds")
        if (from < s.EndToken && Tokens[from].StartsWithWa && AlliesWords.Contains(Tokens[from].NormWithoutWa)) from++;
        if (from >= s.EndToken || Tokens[from].Norm != "من") return false;
        return Within(_places, p => p.FirstToken, from + 1, Math.Min(s.EndToken, from + 6)).Any();
    }

    private static readonly HashSet<string> ExpelVerbsOfASubjectBefore = new(StringComparer.Ordinal)
    {
        "طردت", "طردوا", "دحرت", "دحروا",
    };

    private static readonly HashSet<string> AlliesWords = new(StringComparer.Ordinal)
    {
        "حلفاءهم", "حلفايهم", "حلفاءه", "حلفايه", "انصارهم", "انصاره", "اتباعهم", "اتباعه",
    };

    private static readonly HashSet<string> ExpelWords = new(StringComparer.Ordinal)
    {
        "طرد", "طردت", "طردوا", "يطرد", "تطرد", "يطردون", "دحر", "دحرت", "دحروا", "يدحر", "تدحر",
    };

    // "تمكنت قوات ألوية العمالقة من تحرير الكيلو 16 بعد مواجهات": ground whose taking the sentence says was achieved
    // is taken, whatever fight it tells beside (a weak territory word a strong one would otherwise speak for).
    // (the subject and a day may stand between: "تمكنت قوات ألوية العمالقة اليمنية، الأربعاء، من تحرير")
    internal bool TakingAchieved(Sentence s, TriggerMention t)
    {
        // (a quote may open before the word: 'من "تحرير الكيلو 16"')
        int of = t.FirstToken - 1;
        if (of > s.FirstToken && Tokens[of].Kind == TokenKind.Punctuation) of--;
        return t.Entries.Any(e => e.IsTerritory) && of >= s.FirstToken
               && (Tokens[of].Norm is "من" or "في" && AchievedBetween(s, of - 9, of) || Tokens[of].NormWithoutWa == "بعد" && TakenWhole(s, t));
    }

    // ("تمشيط منطقة الحسيني وقاعدة العند الجوية بعد تحريرها من الحوثيين وقوات صالح بشكل كامل"): a taking told done in
    // full, in its clause after it
    private bool TakenWhole(Sentence s, TriggerMention t)
    {
        for (int k = t.LastToken + 1; k < Math.Min(s.EndToken, t.LastToken + 10) && Tokens[k].Kind != TokenKind.Punctuation; k++)
            if (Tokens[k].NormWithoutWa is "بالكامل" or "كليا" or "تماما" || Tokens[k].NormWithoutWa == "بشكل" && k + 1 < s.EndToken && Tokens[k + 1].Norm is "كامل" or "تام") return true;
        return false;
    }

    /// <summary>"نجحت المقاومة اليمنية في", "تمكن الجيش من": a verb of achievement a few words before the trigger.</summary>
    // (six words back, a day between commas not counted: "نجحت قوات المقاومة، السبت، في السيطرة على")
    private bool AchievedBefore(Sentence s, TriggerMention t)
    {
        int from = t.FirstToken, words = 0;
        // ("نجحت المقاومة، وتحت غطاء جوي كثيف للتحالف، في طرد الحوثيين": an aside set off by commas right before "في"
        // stands between the verb and what it achieved; its words do not count)
        if (from - 2 > s.FirstToken && Tokens[from - 1].Norm == "في" && Tokens[from - 2].IsComma)
            for (int k = from - 3; k >= Math.Max(s.FirstToken, from - 12); k--)
                if (Tokens[k].IsComma) { from = k; break; }
        while (from > s.FirstToken && words < 6)
        {
            from--;
            if (Tokens[from].Kind != TokenKind.Punctuation && !InADate(from)) words++;
        }
        return AchievedBetween(s, from, t.FirstToken);
    }

    private bool InADate(int token)
    {
        foreach (var d in Document.Dates)
            if (d.FirstToken <= token && token <= d.LastToken) return true;
        return false;
    }

    // The nearest verb of achievement in [from, to) of the sentence, when it is not supposed.
    private bool AchievedBetween(Sentence s, int from, int to)
    {
        for (int i = to - 1; i >= Math.Max(s.FirstToken, from); i--)
            if (AchievedWords.Contains(Tokens[i].Lemma)) return !Conditional(i);
        return false;
    }

    // "وإذا ما تمكنت قوات الجيش من السيطرة": an achievement supposed, not told
    private bool Conditional(int verb)
    {
        for (int i = verb - 1; i >= Math.Max(0, verb - 2); i--)
            if (Tokens[i].Norm is "اذا" or "واذا" or "لو" or "ولو" or "حال" or "حاله" or "وحال" or "اذاما") return true;
        return false;
    }

    /// <summary>Whether the token is a verb of achieving ("تمكنت", "نجح", "استطاعوا"), read by its lemma.</summary>
    internal static bool IsAchievedWord(Token t) => AchievedWords.Contains(t.Lemma);

    private static readonly HashSet<string> AchievedWords = new(StringComparer.Ordinal)
    {
        "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "استطاع", "استطاعت", "استطاعوا", "استكمل", "استكملت", "استكملوا", "اتم", "اتمت", "اكمل", "اكملت",
        // ("حققت القوات تقدما بسيطرتها على بلدة جنديرس")
        "حقق", "حققت", "حققوا",
    };

    /// <summary>
    /// A country named as a party to an agreement, right after "بين" or "مع" near the trigger ("التوصل إلى اتفاق تهدئة مع
    /// إسرائيل", "اتفاق لإعادة التهدئة بين إسرائيل والفصائل"): it stands for its state there (the recognizer leaves a
    /// country after these words a place). Not the country of <paramref name="other"/>, the party already named.
    /// </summary>
    public ActorMention? CountryParty(Sentence s, TriggerMention t, ActorMention? other)
    {
        var (_, clauseEnd) = Clause(s, t);
        for (int k = t.LastToken + 1; k < Math.Min(clauseEnd, t.LastToken + 5); k++)
        {
            if (Tokens[k].Norm is not ("بين" or "مع")) continue;
            foreach (var p in Within(_places, p => p.FirstToken, k + 1, Math.Min(clauseEnd, k + 5)))
            {
                if (!IsCountry(p) || p.Place!.CountryCode == other?.Actor.Country) continue;
                return MentionOf(p.FirstToken, p.LastToken, _catalog.StateForce(p.Place.CountryCode, "military", Document.Published?.Year), "party");
            }
            return null;
        }
        return null;
    }

    /// <summary>The armed side named last before the trigger in its clause ("نجح لواء العمالقة … في تفكيك"), or null.</summary>
    public ActorMention? SubjectBefore(Sentence s, TriggerMention t)
    {
        var (start, _) = Clause(s, t);
        return Within(_actors, a => a.FirstToken, start, t.FirstToken)
            .LastOrDefault(a => a.LastToken < t.FirstToken && ArmedSide(a.Actor));
    }

    /// <summary>The sides joined to <paramref name="head"/> by و right after it, allied to it ("والمقاومة الشعبية").</summary>
    public List<ActorMention> AlliesJoinedTo(ActorMention head)
    {
        var joined = new List<ActorMention>();
        for (var cur = head; ActorsAround(cur.LastToken + 1).FirstOrDefault(a => a.FirstToken == cur.LastToken + 1) is { } next
                             && Tokens[next.FirstToken].StartsWithWa
                             && Sides.Allied(next.BestFor(head.Actor.Country, Document.Published?.Year), head.Actor); cur = next)
            joined.Add(next);
        return joined;
    }

    // The armed side named with ل right after a generic force ("القوات الجوية للتحالف"), or null.
    private ActorMention? OwnerRightAfter(ActorMention generic)
    {
        foreach (var a in Within(_actors, a => a.FirstToken, generic.LastToken + 1, generic.LastToken + 2))
            if (NamedWithLam(a) && a.Rule != "generic" && ArmedSide(a.Actor)
                && a.Actor.PlainName != generic.Actor.PlainName) return a;
        return null;
    }

    // The last of the allied sides joined by و right after <paramref name="head"/> ("المقاتلين الجنوبيين ووحدات الجيش").
    private ActorMention CoordinationTail(ActorMention head) => AlliesJoinedTo(head) is [.., var last] ? last : head;

    /// <summary>The last token of a name's epithets ("تنظيم داعش الإرهابي", "الميليشيات الحوثية الانقلابية"), or <paramref name="last"/>.</summary>
    public int EndOfEpithets(int last)
    {
        while (last + 1 < Tokens.Count && Epithets.Contains(Tokens[last + 1].Norm)) last++;
        return last;
    }

    // Words of praise or blame a report puts after a side's name; they describe it and name no other side.
    private static readonly HashSet<string> Epithets = new(StringComparer.Ordinal)
    {
        "الارهابي", "الارهابيه", "الارهابيين", "المتطرف", "المتطرفه", "المتطرفين", "الانقلابي", "الانقلابيه", "الانقلابيين",
        "المتمرد", "المتمرده", "المتمردين", "التكفيري", "التكفيريه", "التكفيريين", "المسلح", "المسلحه", "الاجرامي", "الاجراميه",
    };

    // A name governed by a preposition before it ("على اليمن", "ضد التنظيم", "بالحوثيين") is no verb's subject.
    // (a partitive "من" is no such preposition: "أن مقاتلين من تنظيم داعش اعتقلوا الفتاة")
    private bool AfterAPreposition(ActorMention a) =>
        Tokens[a.FirstToken].HasProclitic("ب") || Tokens[a.FirstToken].HasProclitic("ل")
        || a.FirstToken > 0 && Tokens[a.FirstToken - 1].Norm is "علي" or "ضد" or "مع" or "عن" or "الي" or "في" or "بين" or "بحق";

    /// <summary>A past verb with the plural subject's ending ("هاجموا", "اعتقلوا").</summary>
    private static bool PastPlural(Token verb) => verb.Norm.Length > 4 && verb.Norm.EndsWith("وا", StringComparison.Ordinal);

    // "أن المقاومة الجنوبية الموالية لهادي طردت الحوثيين", "القوات المدعومة من التحالف": the last token of a name with
    // the words of whom it is loyal to, belongs to or is backed by (one word with ل, or من and one word), else its own.
    private int EndOfDescribedName(int last)
    {
        if (last + 2 >= Tokens.Count || !BackerWords.Contains(Tokens[last + 1].Lemma)) return last;
        if (Tokens[last + 2].Norm == "من") return last + 3 < Tokens.Count && Tokens[last + 3].Kind == TokenKind.ArabicWord ? last + 3 : last;
        return Tokens[last + 2].HasProclitic("ل") ? last + 2 : last;
    }

    /// <summary>The armed side named between a verb and the word at <paramref name="end"/> (the verb's subject), or null.</summary>
    public ActorMention? SubjectAfter(int verb, int end)
    {
        // (not a backer between: "تمكن بإسناد من قوات التحالف من تحرير" is the subject's, told before the verb)
        foreach (var a in Within(_actors, a => a.FirstToken, verb + 1, end))
            if (a.LastToken < end && ArmedSide(a.Actor) && !BackedBy(a.FirstToken - 1)) return a;
        return null;
    }

    /// <summary>
    /// The armed side nearest before a verbal noun, within <paramref name="window"/> tokens of its sentence, which does
    /// what the noun names ("تمكنت قوات المقاومة من التصدي"): not a supporter ("بإسناد من التحالف", "بدعم التحالف العربي").
    /// </summary>
    public ActorMention? SubjectBefore(Sentence s, int verb, int window)
    {
        ActorMention? found = null;
        foreach (var a in Within(_actors, a => a.FirstToken, Math.Max(s.FirstToken, verb - window), verb))
            if (a.LastToken < verb && ArmedSide(a.Actor) && !(a.FirstToken > s.FirstToken && SupportWords.Contains(Tokens[a.FirstToken - 1].Lemma))) found = a;
        return found;
    }

    // "بإسناد من", "بدعم": the words of backing end at token j (not a partitive "من": "عناصر من تنظيم داعش").
    private bool BackedBy(int j) =>
        j >= 0 && (SupportNouns.Contains(Tokens[j].LemmaWithoutArticle) && Tokens[j].HasProclitic("ب")
                   || Tokens[j].Norm == "من" && j - 1 >= 0 && SupportNouns.Contains(Tokens[j - 1].LemmaWithoutArticle));

    // The nouns of backing ("بدعم", "بإسناد", "بغطاء"; lemmas, the ب taken off), and the words before a backer's name:
    // those nouns, their pronoun forms and "من".
    internal static readonly HashSet<string> SupportNouns = new(StringComparer.Ordinal) { "دعم", "اسناد", "مسانده", "مشاركه", "غطاء", "تغطيه" };

    private static readonly HashSet<string> SupportWords = new(SupportNouns.Concat(["من", "اسناده", "دعمه"]), StringComparer.Ordinal);

    // A state's forces, a rebel, political or identity militia, or an external force: a side that can act by arms (not
    // an outlet, a person, protesters or civilians).
    private static bool ArmedSide(ActorRef a) => a.Inter is 1 or 2 or 3 or 4 or 8;

    private static readonly HashSet<string> AnnouncingVerbs = new(StringComparer.Ordinal)
    {
        "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "يعلنون", "تبني", "تبنت", "يتبني", "تتبني", "اكد", "اكدت", "يوكد", "توكد",
    };

    /// <summary>
    /// "X، التي يشن عليها الجيش التركي حملة": a relative clause on a side, its verb, "against it" (عليها، ضدها) and a
    /// subject right before the trigger — the subject waged the act on the side. Both, or null.
    /// </summary>
    private (ActorMention Agent, ActorMention Target)? WagedAgainstTheAntecedent(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k >= s.FirstToken + 2 && k >= t.FirstToken - 5; k--)
        {
            if (Tokens[k].Norm is not ("عليها" or "عليه" or "عليهم" or "ضدها" or "ضده" or "ضدهم")) continue;
            int rel = k - 2;
            if (!IsRelativePronoun(Tokens[rel].Norm)) return null;
            int end = rel - 1;
            if (end >= s.FirstToken && Tokens[end].IsComma) end--;
            ActorMention? target = null, agent = null;
            foreach (var a in Within(_actors, a => a.FirstToken, s.FirstToken, t.FirstToken))
            {
                if (a.LastToken == end) target = a;
                if (a.FirstToken > k && agent is null) agent = a;
            }
            return target is not null && agent is not null && agent.Actor.PlainName != target.Actor.PlainName ? (agent, target) : null;
        }
        return null;
    }

    // "وخاض المقاتلون الأكراد الذين أثبتوا فعالية في قتال تنظيم الدولة، معارك عنيفة مع القوات التركية": a side named in a
    // relative clause on another side, closed by a comma before the act, tells who that side is — it is no party to the act.
    private bool InAsideOnAnActor(ActorMention a, Sentence s, TriggerMention t)
    {
        if (a.FirstToken >= t.FirstToken) return false;
        // (a relative clause of a dozen words at most before the side)
        for (int i = a.FirstToken - 1; i > Math.Max(s.FirstToken, a.FirstToken - 12); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (!IsRelativePronoun(Tokens[i].Norm)) continue;
            // (the clause hangs on a side named right before the pronoun)
            if (!ActorEndsAt(i - 1, Math.Max(s.FirstToken, i - 8))) return false;
            // (closed by a comma between the side and the act)
            for (int k = a.LastToken + 1; k < t.FirstToken; k++)
                if (Tokens[k].IsComma) return true;
            return false;
        }
        return false;
    }

    // An actor named from token from on that ends at token last.
    private bool ActorEndsAt(int last, int from)
    {
        foreach (var a in Within(_actors, x => x.FirstToken, from, last + 1))
            if (a.LastToken == last) return true;
        return false;
    }

    // (and the feminine plural: "النساء اللواتي اختطفهن التنظيم")
    internal static bool IsRelativePronoun(string norm) => norm is "التي" or "الذي" or "اللتي" or "الذين" or "اللواتي" or "اللاتي" or "اللايي";

    // (the candidates are those of the clause that hold no place it names: holders, when there are any, are passed over)
    private ActorMention? RelativeClauseSubject(TriggerMention t, Sentence s, List<ActorMention> candidates, List<ActorMention>? holders, ActorMention? target)
    {
        int rel = t.LastToken + 1;
        if (rel >= s.EndToken || Tokens[rel].Norm is not ("التي" or "الذي" or "اللتي")) return null;
        // relative pronoun, its verb, then the subject (possibly after one more word: "التي تشنها طائرات التحالف").
        foreach (var a in candidates)
            if (!(holders is not null && holders.Contains(a)) && a != target && a.FirstToken >= rel + 2 && a.FirstToken <= LastSubjectStart(rel)) return a;
        return null;
    }

    /// <summary>
    /// The relative pronoun right after the trigger or its adjectives ("القصف العنيفة التي يشنها", "الغارات الجوية التي
    /// تشنها") whose verb takes the trigger back as its object pronoun (ها, ه, هم), or -1.
    /// </summary>
    private int RelativeClauseOnTrigger(TriggerMention t, Sentence s)
    {
        int rel = t.LastToken + 1;
        // ("القصف الجوي والصاروخي الذي تشنه القوات": an adjective joined by و on the trigger too)
        while (rel < s.EndToken && rel <= t.LastToken + 2 && (Tokens[rel].Norm.StartsWith("ال", StringComparison.Ordinal)
                   || Tokens[rel].Norm.StartsWith("وال", StringComparison.Ordinal) && (StrikeAdjectives.IsAir(Tokens[rel]) || StrikeAdjectives.IsGround(Tokens[rel])))
               && !IsRelativePronoun(Tokens[rel].Norm) && ActorAt(rel) is null)
            rel++;
        // ("بقذيفة هاون أطلقتها ميليشيات الحوثي": an indefinite noun takes its relative clause with no pronoun — the
        // verb of firing right after it, carrying it back, read as if "التي" stood before the verb)
        // ("سقطت قذائف عدة أطلقتها الفصائل": a word of number between them too)
        int verb = rel < s.EndToken && NumberWordsAfterANoun.Contains(Tokens[rel].Norm) ? rel + 1 : rel;
        if (rel == t.LastToken + 1 && verb < s.EndToken && Tokens[t.LastToken].Form.Analysis is not { HasArticle: true }
            && FiredItVerbs.Contains(Tokens[verb].Norm))
            return verb - 1;
        if (rel + 1 >= s.EndToken || Tokens[rel].Norm is not ("التي" or "الذي")) return -1;
        return Tokens[rel + 1].Form.Analysis is { Enclitic: "ه" or "ها" or "هم" } && !Tokens[rel + 1].HasProclitic("ل") ? rel : -1;
    }

    /// <summary>
    /// The side a relative clause on the trigger names as firing it: "بقذيفة هاون أطلقتها ميليشيات الحوثي", "الغارة التي
    /// شنتها طائرات التحالف" — the subject right after the verb that carries the trigger back, or null.
    /// </summary>
    public ActorMention? FiredBy(Sentence s, TriggerMention t)
    {
        int rel = RelativeClauseOnTrigger(t, s);
        if (rel < 0) return null;
        foreach (var a in Within(_actors, a => a.FirstToken, rel + 2, Math.Min(s.EndToken, LastSubjectStart(rel) + 1)))
            if (a.Actor.Inter != 7) return a;
        return null;
    }

    // The last token the subject of a relative clause on the trigger may start at, its first being relative + 2 (the
    // pronoun, its verb, then the subject): one word more may stand between ("التي شنتها أمس طائرات التحالف") —
    // but none with no pronoun, where the subject follows the verb right away ("هجوم نفذه مع جهاديين آخرين" names his
    // companions, not him).
    private int LastSubjectStart(int relative) => IsRelativePronoun(Tokens[relative].Norm) ? relative + 3 : relative + 2;

    // Verbs of firing, launching or planting that carry their object back as a pronoun: "أطلقتها", "شنها", "زرعها".
    private static readonly HashSet<string> FiredItVerbs = new(StringComparer.Ordinal)
    {
        "اطلقها", "اطلقتها", "اطلقوها", "اطلقه", "اطلقته", "اطلقوه", "شنها", "شنتها", "شنوها", "شنه", "شنته", "شنوه",
        "نفذها", "نفذتها", "نفذوها", "نفذه", "نفذته", "نفذوه", "القاها", "القتها", "القوها", "زرعها", "زرعتها", "زرعوها",
    };

    // "ألوية العمالقة والمقاومة التهامية": an actor joined to the one before it by و fights on the same side.
    // ("شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات": so in a list written with commas — the comma before و, where a
    // comma follows the actor too or the one before is itself listed; not "قصفت إسرائيل غزة، وحماس ترد", a new clause)
    private bool IsCoordinated(ActorMention a, List<ActorMention> inSentence, Sentence s, int depth = 0)
    {
        var first = Tokens[a.FirstToken];
        bool joinedByWa = first.StartsWithWa || a.FirstToken > 0 && Tokens[a.FirstToken - 1].Norm == "و";
        if (!joinedByWa) return false;
        int gapStart = first.Norm == "و" ? a.FirstToken - 1 : a.FirstToken;
        bool comma = gapStart > 0 && Tokens[gapStart - 1].IsComma;
        // (not after "بين", whose comma-و opens the second side: "بين قوات النظام المدعومة بمليشيات حزب الله وإيران، ومسلحي
        // تنظيم داعش")
        if (comma && _cues.FindLast(CueClass.Between, s.FirstToken, a.FirstToken) is not null) return false;
        // (a loop: a lambda would capture a, a closure for every actor of every trigger)
        foreach (var o in inSentence)
            if (o != a && o.LastToken == (comma ? gapStart - 2 : gapStart - 1) && o.Actor.PlainName != a.Actor.PlainName && o.Actor.Inter != 7 && a.Actor.Inter != 7
                && (!comma || a.LastToken + 1 < Tokens.Count && Tokens[a.LastToken + 1].IsComma || depth < 4 && IsCoordinated(o, inSentence, s, depth + 1)))
                return true;
        return false;
    }

    private bool IsAssociate(ActorMention a, Sentence s)
    {
        // ("غارات على أهداف تابعة لحماس": a place or object that belongs to a side is that side's, hit — not an ally;
        // "التعزيزات التابعة لقوات المقاومة" are forces, and their side stays an associate)
        int k = a.FirstToken - 1;
        // ("آليات عسكرية تابعة للحوثيين": machines are owned too, the head's military adjective between)
        if (k - 1 >= s.FirstToken && ActorRecognizer.IsBelongingWord(Tokens[k])
            && (OwnedTargets.Contains(Tokens[k - 1].Lemma)
                || k - 2 >= s.FirstToken && MilitaryAdjective(Tokens[k - 1]) && OwnedTargets.Contains(Tokens[k - 2].Lemma)
                // ("مراكز تجمع تابعة لتنظيم داعش", "نقاط تمركز تابعة للحوثيين": any target head the cue lexicon lists)
                || TargetHeadEndingAt(k - 1, s) && Tokens[k - 1].LemmaWithoutArticle != "تعزيزات")) return false;
        // (not the antecedent of a clause that tells an act of its own: "بغطاء جوي ومدفعي من تحالف دعم الشرعية، الذي يقصف
        // مواقع الحوثيين" — "التحالف الذي تقوده السعودية" only describes it)
        int after = a.LastToken + 1;
        if (after < s.EndToken && Tokens[after].IsComma) after++;
        if (after + 1 < s.EndToken && IsRelativePronoun(Tokens[after].Norm) && Within(_triggers, x => x.FirstToken, after + 1, after + 2).Any()) return false;
        int from = Math.Max(s.FirstToken, a.FirstToken - 4);
        if (_cues.FindLast(CueClass.Assoc, from, a.FirstToken) is { } cue && cue.Last >= a.FirstToken - 2) return true;
        // ("بمشاركة طيران وبارجات التحالف العربي": the backer's aircraft and warships, joined by و, between the cue and it)
        int arms = a.FirstToken - 1;
        while (arms > s.FirstToken && arms >= a.FirstToken - 3 && new TokenKeys(Tokens[arms]).AnyIn(BackersArms))
            arms--;
        if (arms < a.FirstToken - 1 && _cues.FindLast(CueClass.Assoc, Math.Max(s.FirstToken, arms - 2), arms + 1) is { } armsCue && armsCue.Last == arms) return true;
        // ("قوات الشرعية وبإسناد ودعم كبيرين من قوات التحالف العربي سيطرت": the support noun, its partner and adjective
        // between it and the "من" before the backer)
        if (a.FirstToken - 1 > s.FirstToken && Tokens[a.FirstToken - 1].Norm == "من")
            for (int j = a.FirstToken - 2; j >= Math.Max(s.FirstToken, a.FirstToken - 6); j--)
            {
                if (Tokens[j].Kind == TokenKind.Punctuation) break;
                if (SupportNouns.Contains(Tokens[j].LemmaWithoutArticle) && Tokens[j].HasProclitic("ب")) return true;
            }
        // ("قوات الشرعية المدعومة من القوات الإماراتية بالتحالف العربي": a name joined by ب or و right after a backer's
        // is part of the backing)
        var first = Tokens[a.FirstToken];
        // ("مدعومة بطائرات التحالف": the backing participle and its ب written on the backer)
        if (a.FirstToken > s.FirstToken && first.HasProclitic("ب")
            && Tokens[a.FirstToken - 1].Norm is "مدعومه" or "مدعوما" or "مدعومين" or "مدعومون" or "المدعومه" or "مسنوده" or "مسنودا" or "المسنوده")
            return true;
        if (a.FirstToken > s.FirstToken && (first.HasProclitic("ب") || first.StartsWithWa))
            foreach (var b in Within(_actors, x => x.FirstToken, from, a.FirstToken))
                if (b.LastToken == a.FirstToken - 1 && b != a && IsAssociate(b, s)) return true;
        return false;
    }

    // the men of a side an owned target may be said to belong to: "تابعا لمقاتلين من الحرس الثوري"
    private static readonly HashSet<string> FightersOf = new(StringComparer.Ordinal)
    {
        "مقاتلين", "عناصر", "مسلحين", "قوات", "ميليشيات", "مليشيات",
    };

    private static readonly HashSet<string> OwnedTargets = new(StringComparer.Ordinal)
    {
        "اهداف", "اهدافا", "هدف", "مواقع", "موقع", "مقرات", "مقر", "معاقل", "معقل", "مخازن", "مستودعات", "مواقعا",
        "اليات", "اليه", "عربات", "عربه", "دبابات", "دبابه", "مدرعات", "مدرعه", "زوارق", "زورق",
        // ("مستودعا تابعا لحزب الله", "مستودع أسلحة تابعا للحرس الثوري": stores, and the arms named after the store)
        "مستودع", "مستودعا", "مخزن", "مخزنا", "اسلحه", "سلاح", "ذخيره", "ذخاير",
        // ("نقطة تفتيش تابعة للحوثيين", "حاجز تابع للجيش": checkpoints)
        "تفتيش", "حاجز", "حواجز", "نقطه", "نقاط", "كمين", "ثكنه", "ثكنات", "معسكر", "معسكرات",
    };

    // What a site is called beside "military": "مواقع استراتيجية", "مواقع حيوية", "مواقع مهمة".
    private static readonly HashSet<string> SiteAdjectives = new(StringComparer.Ordinal)
    {
        "استراتيجيه", "حيويه", "مهمه", "حساسه", "رييسيه", "متقدمه",
        // ("وموقعاً لوجيستياً لتنظيم داعش", "مواقع قتالية للتنظيم")
        "لوجستيا", "لوجيستيا", "لوجستيه", "لوجيستيه", "قتاليه", "قتاليا",
    };

    private static bool MilitaryAdjective(Token t) => t.Norm is "عسكريه" or "العسكريه" or "عسكري" or "العسكري" or "حربيه" or "الحربيه";

    // "بالمدفعية", "بالطيران": a bare force noun as the means of an attack names a weapon, not a party.
    // ("ودمرت … دبابة وقطع مدفعية مضادة للطائرات": pieces of artillery are weapons too, destroyed or not)
    private bool IsInstrument(ActorMention a) =>
        a.Rule == "generic" && a.FirstToken == a.LastToken
        && (Tokens[a.FirstToken].HasProclitic("ب")
            || Tokens[a.FirstToken].LemmaWithoutArticle == "مدفعيه" && a.FirstToken > 0 && Tokens[a.FirstToken - 1].LemmaWithoutArticle is "قطع" or "قطعه");

    // ("لم يتطرق لتصريح ميليشيات حزب الله، بتعرض مطار الضمير للقصف", "رواية حركة حماس … عن تفجير الموكب"): whose
    // statement or account tells of an act is its teller, no party to it; so is who discloses the account ("الرواية التي
    // أفصحت عنها ميليشيات حزب الله عن … الغارات")
    private bool OwnerOfWords(ActorMention a) =>
        a.FirstToken > 0 && Tokens[a.FirstToken - 1].LemmaWithoutArticle is "تصريح" or "تصريحات" or "روايه" or "ادعاءات" or "اقوال"
        || a.FirstToken > 1 && Tokens[a.FirstToken - 1].Norm is "عنها" or "عنه" or "بها" or "به"
           && _cues.IsAt(CueClass.Reporting, a.FirstToken - 2, a.FirstToken - 1, out _);

    /// <summary>
    /// The actor is what gets hit: the genitive of a target noun ("مواقع الحوثيين", "مواقع تابعة للحوثيين") or the
    /// side of the dead and wounded ("مقتل 57 عنصرا في الحرس الثوري", "إصابة جنود من الجيش").
    /// </summary>
    private bool IsHit(ActorMention a, Sentence s, TriggerMention t)
    {
        if (TargetHeadBefore(a, s) is var head and >= 0)
            // ("القصف العنيف الذي تعرض له من مواقع قوات الأسد": the positions a strike came from are its shooter's)
            // (not the partitive "من": "دمر عددا من الآليات الحوثية")
            return !(head - 1 > t.LastToken && Tokens[head - 1].NormWithoutWa == "من" && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions)
                     && Tokens[head - 2].Kind != TokenKind.Number && !PartOfWords.Contains(Tokens[head - 2].NormWithoutWaOrArticle));
        // ("استهدف نقطة تفتيش تابعة للحوثيين": the owner of a site or vehicle struck, after the trigger)
        int k = a.FirstToken - 1;
        // ("مستودع أسلحة تابعا لمقاتلين من الحرس الثوري": the owners named as men of the side)
        if (k - 2 >= s.FirstToken && Tokens[k].Norm == "من" && Tokens[k - 1].HasProclitic("ل") && FightersOf.Contains(Tokens[k - 1].LemmaWithoutArticle))
            k -= 2;
        if (a.FirstToken > t.LastToken && k - 1 >= s.FirstToken && ActorRecognizer.IsBelongingWord(Tokens[k])
            && OwnedTargets.Contains(Tokens[k - 1].Lemma)) return true;
        // ("سيطرت على وادي يشبم … على أثر فرار مسلحي تنظيم القاعدة": the side that fled is the one driven out)
        if (a.FirstToken - 1 >= s.FirstToken && Tokens[a.FirstToken - 1].LemmaWithoutArticle is "فرار" or "هروب") return true;
        // ("مواقع الحوثيين وقوات صالح", "مقتل 10 من الحوثيين وقوات صالح": an ally joined by و to a side hit is hit with it)
        if (a.FirstToken > s.FirstToken && OpensWithWa(a) && JoinedAllyBefore(a) is { } ally && IsHit(ally, s, t)) return true;
        // "المزارع التي يتحصن فيها المتمردون", "المخيم الذي يسيطر عليه التنظيم": who holds the place that is hit
        // (a relative clause on the trigger itself names its agent instead: "الغارات التي تشنها تركيا").
        int r = a.FirstToken - 1;
        if (r > s.FirstToken && OccupiedPrepositions.Contains(Tokens[r].Norm)) r--;
        r--;   // the relative clause's verb
        // ("المناطق التي تستهدفها القوات": the verb after the relative pronoun is the trigger, and who follows it acts.)
        if (r >= s.FirstToken && IsRelativePronoun(Tokens[r].Norm) && r != t.LastToken + 1 && r + 1 != t.FirstToken) return true;
        // "مدينة الحديدة الخاضعة لسيطرة الحوثيين", "قرية تحت سيطرة داعش": who holds the place struck is the side hit
        // (not for a territory change, where "باتت تحت سيطرة" names the one who took it).
        int held = a.FirstToken - 1;
        if (held - 1 >= s.FirstToken && (held < t.FirstToken || held > t.LastToken) && !t.Entries.Any(e => e.IsTerritory)
            && Tokens[held].Lemma == "سيطره" && Tokens[held - 1].Norm is "تحت" or "خاضعه" or "الخاضعه" or "خاضع" or "الخاضع" or "الخاضعين" or "خاضعين")
            return true;
        // ("حملة قصف عنيف على مواقع سيطرة الفصائل المعارضة", "غارات على مناطق سيطرة التنظيم": the ground of its control the
        // act falls on; "from" it, "انطلقت القذائف من مناطق سيطرة الفصائل", names the shooter and is left be)
        if (held - 2 >= s.FirstToken && (held - 2 > t.LastToken) && !t.Entries.Any(e => e.IsTerritory)
            && Tokens[held].Lemma == "سيطره" && Tokens[held - 1].Norm is "مواقع" or "مناطق" or "منطقه" or "نقاط" or "معاقل"
            && Tokens[held - 2].NormWithoutWa == "علي")
            return true;
        // ("سيطرت على قاعدتين عسكريتين كانتا تحت سيطرة \"جيش الإسلام\"": with a territory change, the side a place was
        // under is the one that lost it)
        // (and one it is described as, "أكبر الفصائل المعارضة في المنطقة")
        if (t.Entries.Any(e => e.IsTerritory) && a.FirstToken > t.LastToken + 3)
        {
            if (FormerHolderAt(a.FirstToken - 1, s)) return true;
            int described = a.FirstToken - 1;
            if (described > s.FirstToken && Tokens[described].Norm is "اكبر" or "ابرز" or "احد" or "اقوي")
                foreach (var other in _actors)
                    if (other.LastToken < described && other.LastToken >= described - 2 && FormerHolderAt(other.FirstToken - 1, s)) return true;
        }
        return IsCasualty(a, s) || KilledByTheActAfter(a, s, t) || AmongTheDead(a, s) || FellInTheAct(a, s, t) || ExposedToIt(a, s, t);
    }

    // "تعرض مواقع عسكرية سورية … لهجوم صاروخي", "تعرضت قاعدة حميميم لهجوم", "القوات تعرضت لكمين": what was exposed
    // (تعرّض) to the act, named after the verb or right before it, is what it hit.
    // (Only an armed side's or a state's: a woman "تعرضت للاعتداء بالضرب على يد زوجها" is a crime's victim, and no
    // target may make that an event.)
    private bool ExposedToIt(ActorMention a, Sentence s, TriggerMention t)
    {
        if (a.Actor.Inter == 7 || t.FirstToken <= a.LastToken || !Tokens[t.FirstToken].HasProclitic("ل")) return false;
        int verb = t.FirstToken - 1;
        // (the subject before the verb: "القوات تعرضت لكمين")
        if (Exposed(Tokens[verb]) && a.LastToken == verb - 1) return true;
        // (the subject after it, a few words of its own and a place or a comma before the act)
        for (int k = a.FirstToken - 1; k >= Math.Max(s.FirstToken, a.FirstToken - 4); k--)
            if (Exposed(Tokens[k]))
            {
                for (int i = a.LastToken + 1; i < t.FirstToken; i++)
                    if (Exposed(Tokens[i]) || i > a.LastToken + 8) return false;
                return true;
            }
        return false;
    }

    // تعرّض and its forms ("تعرضت", "تعرض", "بتعرض", "لتعرض"): the verb, or noun, of being exposed to an act.
    private static bool Exposed(Token token) => token.Lemma.StartsWith("تعرض", StringComparison.Ordinal);

    // ("خطف ثمانية عناصر من الفرقة، وهو أمر نفته وزارة الدفاع الأميركية", "وإدانة مصر للتفجير الإرهابي الذي استهدف
    // مسجد قوات الطوارئ"): who denies what was told, right after the verb that points back at it, or condemns the act
    // named after it with ل, speaks of the act and is no party to it
    private bool DisownsOrCondemns(ActorMention a, Sentence s, TriggerMention t, TextSpan? condemner)
    {
        int before = a.FirstToken - 1;
        if (before >= s.FirstToken)
        {
            string w = Tokens[before].NormWithoutWa;
            if (w is "نفته" or "نفاه" or "تنفيه" or "ينفيه" or "نفتها" or "نفاها") return true;
            if (w is "ادانه" or "استنكار" or "شجب" && a.LastToken + 1 < s.EndToken && Tokens[a.LastToken + 1].HasProclitic("ل")) return true;
            // ("أدان وزير الخارجية الهجوم"): or condemns it, as the subject right after the verb
            if (Condemns(before)) return true;
        }
        // ("شجب أسامة النجيفي نائب رئيس الجمهورية العراقية التفجير الإجرامي"): or is named in the source of the
        // sentence's own claim of condemning
        if (condemner is { } source && source.Overlaps(a.Span)) return true;
        // (or before the verb, the act after it and no other side between: "وزير الداخلية بدولة الإمارات، أعرب فيه عن
        // استنكاره للاعتداء الآثم", "بعث وزير الداخلية المصري برقية عزاء …، دان فيها الاعتداء" — not "الميليشيات الحوثية
        // تحتجز صحفيين …، أن الحكومة الشرعية نددت باعتقال الصحفيين")
        int next = FirstAtOrAfter(_actors, x => x.FirstToken, a.LastToken + 1);
        int nextSide = next < _actors.Count ? _actors[next].FirstToken : int.MaxValue;
        for (int k = a.LastToken + 1; k < t.FirstToken && k < nextSide; k++)
            if (Condemns(k)) return true;
        return false;
    }

    // ("واعتقل مسلم في العاصمة التشيكية، براغ، بطلب من الحكومة التركية"): who asked for the act, named after "بطلب من" or
    // "بناء على طلب", did not do it — the act is the state's where it was done.
    // (not the subject of the verb "طلب": "الذين طلب المسلحون إطلاق سراحهم" — the fighters, a party to the deal)
    private bool Requester(ActorMention a, Sentence s)
    {
        int k = a.FirstToken - 1;
        if (k < s.FirstToken) return false;
        if (Tokens[k].NormWithoutWa == "بطلب") return true;
        return Tokens[k].Norm == "من" && k - 1 >= s.FirstToken && Tokens[k - 1].NormWithoutWa is "بطلب" or "طلب" or "لطلب";
    }

    // "تصاعد القتال في الجنوب السوري يلقي بظلاله على الأردن": the side a thing casts its shadow on is no party to it.
    private bool UnderItsShadow(ActorMention a, Sentence s)
    {
        int k = a.FirstToken - 1;
        return k - 1 >= s.FirstToken && Tokens[k].Norm == "علي" && Tokens[k - 1].Norm is "بظلاله" or "بظلالها" or "ظلاله" or "ظلالها" or "بظلالهما";
    }

    // "العشرات من القوات السورية والميليشيات الإيرانية سقطوا قتلى وجرحى في غارات", "… بين قتيل وجريح في غارات جوية":
    // a name followed by its dead and wounded (past the names joined to it by و) and then the act that caused them is
    // that act's side hit, never its agent.
    // (Civilians are never agents anyway, and in fighting, "سقطوا بين قتيل وجريح في المواجهات", the side that lost men
    // fought; only an attack or strike has a side it fell on.)
    private bool FellInTheAct(ActorMention a, Sentence s, TriggerMention t)
    {
        if (a.Actor.Inter == 7 || t.Entries.Any(e => e.SubEventType == AcledTaxonomy.ArmedClash) && !AttackWord(t)) return false;
        int k = a.LastToken + 1;
        // ("القوات السورية الحكومية والقوات والميليشيات الإيرانية": a bare force noun joined by و too, and the adjective
        // of a government's forces the name leaves out)
        while (k < s.EndToken && (Tokens[k].StartsWithWa || GovernmentAdjectives.Contains(Tokens[k].Norm)))
        {
            if (!Tokens[k].StartsWithWa) { k++; continue; }
            if (Within(_actors, p => p.FirstToken, k, k + 1).FirstOrDefault() is { } joined) k = joined.LastToken + 1;
            else if (IsActingUnit(Tokens[k].NormWithoutWaOrArticle)) k++;
            else break;
        }
        if (k < s.EndToken && Tokens[k].Lemma is "سقطوا" or "سقط" or "سقطت" or "وقع" or "وقعوا") k++;
        int tail = k;
        while (k < s.EndToken && k < tail + 4 && FallenWords.Contains(Tokens[k].Norm)) k++;
        if (k == tail || k + 1 >= s.EndToken || !(Tokens[k - 1].Norm is "قتلي" or "وجرحي" or "جرحي" or "وجريح" or "ومصابين" or "ضحايا")) return false;
        return Tokens[k].Norm is "في" or "جراء" or "اثر" or "بسبب" or "خلال" && t.FirstToken == k + 1;
    }

    // The trigger is a word of attack or ambush ("هجوم", "كمين"), not of fighting.
    private bool AttackWord(TriggerMention t)
    {
        for (int i = t.FirstToken; i <= t.LastToken; i++)
            if (Tokens[i].Norm.Contains("هجوم", StringComparison.Ordinal) || Tokens[i].Norm.Contains("هجمات", StringComparison.Ordinal)
                || Tokens[i].Norm.Contains("كمين", StringComparison.Ordinal) || Tokens[i].Norm.Contains("كماين", StringComparison.Ordinal)) return true;
        return false;
    }

    // "القوات السورية الحكومية", "القوات النظامية": what a government's own forces are called after their name.
    private static readonly HashSet<string> GovernmentAdjectives = new(StringComparer.Ordinal) { "الحكوميه", "النظاميه", "الحكومي", "النظامي" };

    // The words of a toll told after the side it fell on ("قتلى وجرحى", "ما بين قتيل وجريح").
    private static readonly HashSet<string> FallenWords = new(StringComparer.Ordinal)
    {
        "قتلي", "وجرحي", "جرحي", "ما", "بين", "قتيل", "وجريح", "ومصابين", "ضحايا",
    };

    // "كانت تحت سيطرة" (was under the control of) ending at token <paramref name="k"/>, past any quotation mark.
    private bool FormerHolderAt(int k, Sentence s)
    {
        while (k > s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation) k--;
        return k - 2 >= s.FirstToken && Tokens[k].Lemma == "سيطره" && Tokens[k - 1].Norm == "تحت"
               && Tokens[k - 2].NormWithoutWa is "كانت" or "كان" or "كانتا" or "كانا" or "كانوا";
    }

    // "قتل 13 شخصا بينهم جنديان": who were among the dead a verb of killing counted were hit with them.
    private bool AmongTheDead(ActorMention a, Sentence s)
    {
        int j = BeforeItsCount(a, s);
        if (j <= s.FirstToken || Tokens[j].Norm is not ("بينهم" or "منهم" or "بينهما")) return false;
        for (int k = j - 1; k >= Math.Max(s.FirstToken, j - 7); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (KilledOrHurtVerbs.Contains(Tokens[k].Lemma)) return true;
        }
        return false;
    }

    // A name that opens with the conjunction ("وقوات صالح"; the segmenter leaves some words it knows whole, so their
    // first letter is asked too).
    private bool OpensWithWa(ActorMention a) => Tokens[a.FirstToken].StartsWithWa || Tokens[a.FirstToken].Norm.StartsWith('و');

    // The ally whose name ends right before <paramref name="a"/> ("الحوثيين" before "وقوات صالح").
    private ActorMention? JoinedAllyBefore(ActorMention a)
    {
        foreach (var p in ActorsAround(a.FirstToken - 1))
            if (p.LastToken == a.FirstToken - 1 && Sides.Allied(p.Actor, a.Actor)) return p;
        return null;
    }

    // "اشتبكت قوات البيشمركة مع عناصر داعش … ما أسفر عن مقتل 22 مسلحا": unnamed gunmen among the dead of a clash between
    // a named side and a named armed group are the group's men, not a third side that lost them. (Terrorists killed by
    // the forces a patrol belongs to are the other side: "القضاء على خلية إرهابية ضالعة في هجوم استهدف دورية أمنية")
    private static bool GunmenOfANamedSide(ActorMention dead, ActorMention target, List<ActorMention> hit, List<ActorMention> main)
    {
        if (!dead.Actor.IsUnidentified || target.Actor.IsUnidentified || target.Actor.IsState || target.Actor.Inter is not (2 or 3 or 4)) return false;
        foreach (var o in main)
            if (o != dead && o != target && !hit.Contains(o) && !o.Actor.IsUnidentified && o.Actor.Inter != 7) return true;
        return false;
    }

    // "مواقع الحوثيين", "آليات عسكرية تابعة للحوثيين", "مقر لتنظيم داعش": the side named after a target noun (a site, a
    // vehicle, a gathering of it) is the side whose site was hit.
    private bool UnderTargetHead(ActorMention a, Sentence s) => TargetHeadBefore(a, s) >= 0;

    // (words of a part or a number, with "من" after them: "عددا من", "بعض", "عشرات")
    private static readonly HashSet<string> PartOfWords = new(StringComparer.Ordinal)
    {
        "عدد", "عددا", "بعض", "احد", "احدي", "عشرات", "ميات", "الاف", "جميع", "كل", "عديد", "العديد", "مزيد", "المزيد", "كثير", "الكثير",
    };

    // The first token of the target head ("مواقع", "نقاط تمركز") the side is named under, or -1.
    private int TargetHeadBefore(ActorMention a, Sentence s)
    {
        int start = SoCalledStart(a, s), k = start - 1;
        if (k >= s.FirstToken && ActorRecognizer.IsBelongingWord(Tokens[k])) k--;
        // ("آليات عسكرية تابعة للحوثيين": the head's military adjective between)
        // ("مواقع استراتيجية عسكرية للحوثي": adjectives right before a side named with ل)
        bool withLam = NamedWithLam(a) || OpensWithLam(start);
        while (k > s.FirstToken && (MilitaryAdjective(Tokens[k]) || withLam && SiteAdjectives.Contains(Tokens[k].Norm)) && (k < a.FirstToken - 1 || withLam)) k--;
        // ("مواقع عدة لتنظيم داعش", "مواقع أخرى للحوثيين": a word of number between; the segmenter leaves some words
        // with ل whole — "لتنظيم" — so the ل is read off the word)
        if (k > s.FirstToken && k < a.FirstToken && HeadQuantifiers.Contains(Tokens[k].Norm) && withLam)
            k--;
        return TargetHeadStart(k, s);
    }

    // A name that opens with ل ("للحوثيين"; the segmenter leaves some words with ل whole — "لتنظيم" — so its first
    // letter is asked too).
    private bool NamedWithLam(ActorMention a) => OpensWithLam(a.FirstToken);

    private bool OpensWithLam(int k) => Tokens[k].HasProclitic("ل") || Tokens[k].Norm.StartsWith('ل');

    // Words of number that stand after the noun they count ("قذائف عدة", "مواقع أخرى"); a target head takes "various" too.
    private static readonly HashSet<string> NumberWordsAfterANoun = new(StringComparer.Ordinal)
    {
        "عده", "عديده", "كثيره", "اخري", "جديده", "متفرقه",
    };

    // (declared after NumberWordsAfterANoun, which it copies)
    private static readonly HashSet<string> HeadQuantifiers = new(NumberWordsAfterANoun.Append("مختلفه"), StringComparer.Ordinal);

    // A target head of the cue lexicon ("مواقع", "مراكز تجمع", "نقاط تمركز") ends at token k.
    private bool TargetHeadEndingAt(int k, Sentence s) => TargetHeadStart(k, s) >= 0;

    // The first token of the target head that ends at token k, or -1.
    private int TargetHeadStart(int k, Sentence s) =>
        k >= s.FirstToken && _cues.FindLast(CueClass.TargetHead, Math.Max(s.FirstToken, k - 2), k + 1) is { } head && head.Last == k ? head.First : -1;

    /// <summary>
    /// Where an actor's name starts once "so-called" is read as part of it: "مواقع لتنظيم ما يعرف بالدولة الإسلامية",
    /// "جماعة ما يسمى بأنصار الله" — the words before it then bear on the whole name.
    /// </summary>
    private int SoCalledStart(ActorMention a, Sentence s)
    {
        int k = a.FirstToken;
        // ('مواقع "داعش"', "مواقع «الحوثيين»": an opening quotation mark is no word between a noun and the name after it)
        // (or a closing one written as opening: "لتنظيم ” داعش ”")
        while (k - 1 > s.FirstToken && Tokens[k - 1].Kind == TokenKind.Punctuation && Tokens[k - 1].Surface is "\"" or "«" or "“" or "”" or "'") k--;
        // ("مواقع لتنظيم ” داعش ”": the group noun before the quoted name is part of it)
        if (k < a.FirstToken && k - 1 > s.FirstToken && GroupNoun(Tokens[k - 1].Norm)) return k - 1;
        if (k - 2 < s.FirstToken || Tokens[k - 2].Norm != "ما" || Tokens[k - 1].Norm is not ("يعرف" or "يسمي" or "تعرف" or "تسمي")
            || !Tokens[k].HasProclitic("ب")) return k;
        k -= 2;
        if (k - 1 < s.FirstToken) return k;
        if (GroupNoun(Tokens[k - 1].Norm)) k--;
        return k;
    }

    // The side named right after "ارتكب" (or ارتكبت، ارتكبوا) whose object, before the trigger, is a massacre.
    private ActorMention? MassacreCommittedBy(Sentence s, TriggerMention t, List<ActorMention> main)
    {
        for (int k = t.FirstToken - 1; k > s.FirstToken; k--)
        {
            if (Tokens[k].NormWithoutWaOrArticle is not ("مجزره" or "مجازر" or "مذبحه" or "مذابح")) continue;
            for (int v = k - 1; v >= Math.Max(s.FirstToken, k - 14); v--)
                if (Tokens[v].NormWithoutWa is "ارتكب" or "ارتكبت" or "ارتكبوا")
                    foreach (var a in main)
                        if (a.FirstToken == v + 1 && a.LastToken < k) return a;
            return null;
        }
        return null;
    }

    // "تنظيم", "جماعة", "حركة", "ميليشيا" (with the ل or و the segmenter leaves on it, "لتنظيم", and the article)
    private static bool GroupNoun(string norm)
    {
        if (norm.Length > 4 && norm[0] is 'ل' or 'و') norm = norm[1..];
        if (norm.StartsWith("ال", StringComparison.Ordinal)) norm = norm[2..];
        return norm is "تنظيم" or "جماعه" or "حركه" or "ميليشيا" or "ميليشيات" or "مليشيا" or "مليشيات";
    }

    /// <summary>
    /// The actor holds a place the clause names: "مناطق المعارضة", "آخر جيوب التنظيم", "مناطق تسيطر عليها المعارضة"
    /// (after an indefinite noun a relative clause has no pronoun; the holding verb and its resumptive pronoun tell it).
    /// Such a side is never the agent, and the target only when the clause names no other.
    /// </summary>
    private bool HoldsPlace(ActorMention a, Sentence s, TriggerMention t)
    {
        int k = a.FirstToken - 1;
        if (k < s.FirstToken) return false;
        if (_cues.FindLast(CueClass.HeldPlace, Math.Max(s.FirstToken, k - 2), k + 1) is { } head && head.Last == k) return true;
        // ("واللواء 47 في حماة حيث تتمركز قوات إيرانية": the side stationed where the act fell holds the place)
        if (k - 1 >= s.FirstToken && Tokens[k - 1].Norm == "حيث" && HoldingVerbs.Contains(Tokens[k].Lemma) && (k < t.FirstToken || k > t.LastToken)) return true;
        if (k - 1 < s.FirstToken || !OccupiedPrepositions.Contains(Tokens[k].Norm)) return false;
        int verb = k - 1;
        return (verb < t.FirstToken || verb > t.LastToken) && HoldingVerbs.Contains(Tokens[verb].Lemma);
    }

    // Verbs of holding a place ("تسيطر عليها", "يتحصن فيها"), which take a resumptive pronoun in a relative clause.
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.Ordinal)
    {
        "تسيطر", "يسيطر", "سيطر", "سيطرت", "يسيطرون", "سيطروا", "تتحصن", "يتحصن", "يتحصنون", "تحصن", "تحصنت", "تتمركز", "يتمركز", "يتمركزون",
        "تحتل", "يحتل",
    };

    /// <summary>The actor is named as the dead or wounded: "مقتل 57 عنصرا في الحرس الثوري", "قتل فيه مستوطنان".</summary>
    private bool IsCasualty(ActorMention a, Sentence s)
    {
        if (KilledAsReported(a, s) || MetDeath(a, s) || KilledInIt(a, s) || Eliminated(a, s) || TitleOfTheDead(a, s) || MenOfItCounted(a, s)) return true;
        // ("روى أحد المصابين الطلاب", "القتلى المدنيين": the dead or wounded named by what they are, the definite word
        // right after theirs; not a second noun joined by و, "لأهالي الضحايا والقوات الأمنية")
        int word = a.FirstToken - 1;
        if (word >= s.FirstToken && Tokens[word].Form.Analysis is { HasArticle: true } && Tokens[a.FirstToken].Form.Analysis is { HasArticle: true }
            && !Tokens[a.FirstToken].StartsWithWa
            && (_cues.IsAt(CueClass.Killed, word, a.FirstToken, out _) || _cues.IsAt(CueClass.Injured, word, a.FirstToken, out _))) return true;
        int prep = a.FirstToken - 1;
        // ("مقتل 260 عضوًا من «العمال الكردستاني» في غارات جوية": a name in quotes)
        if (prep > s.FirstToken && Tokens[prep].Surface is "«" or "\"" or "“") prep--;
        if (prep <= s.FirstToken || Tokens[prep].Norm is not ("في" or "من")) return false;
        // ("قتلت قوات من جيش الاحتلال الأسير": a unit of a force acts, it is no count of its dead)
        if (Tokens[prep].Norm == "من" && ActingUnits.Contains(Tokens[prep - 1].Norm)) return false;
        // "قتلوا في غارات التحالف": a name that starts with the attack is its agent, not its dead
        if (Within(_triggers, u => u.FirstToken, a.FirstToken, a.FirstToken + 1).Any()) return false;
        // a killed or injured cue a few words before, with its count: "مقتل 57 عنصرا في", "جرح ثلاثة من".
        // ("وأصيب آخرون برصاص قناصة من الحوثيين": not past a weapon between, whose owner من names)
        for (int i = Math.Max(s.FirstToken, prep - 5); i < prep; i++)
            if ((_cues.IsAt(CueClass.Killed, i, prep, out int cue) || _cues.IsAt(CueClass.Injured, i, prep, out cue)) && !PunctuationBetween(i, prep)
                && !Within(_triggers, u => u.FirstToken, cue + 1, prep).Any()) return true;
        // "مقتل 14 شخصا، من بينهم قياديان كبيران في الحزب": members counted among the dead, past the comma
        for (int i = Math.Max(s.FirstToken, prep - 4); i < prep; i++)
            if (Tokens[i].Norm is "بينهم" or "بينهما" or "منهم" or "ومنهم")
                for (int j = Math.Max(s.FirstToken, i - 8); j < i; j++)
                    if (_cues.IsAt(CueClass.Killed, j, i, out _) || _cues.IsAt(CueClass.Injured, j, i, out _)) return true;
        return false;
    }

    /// <summary>Whether the word names a unit of a force ("قوات من جيش الاحتلال", "دورية من الشرطة"), which acts.</summary>
    internal static bool IsActingUnit(string norm) => ActingUnits.Contains(norm);

    private static readonly HashSet<string> ActingUnits = new(StringComparer.Ordinal) { "قوات", "قوه", "وحده", "وحدات", "دوريه", "دوريات" };

    // Where a force's name starts with the unit of it named before it ("قوة من الجيش اللبناني", "دورية من الشرطة"): the
    // unit's first token, else the name's own.
    private int UnitOf(ActorMention a) =>
        a.FirstToken >= 2 && Tokens[a.FirstToken - 1].Norm == "من" && ActingUnits.Contains(Tokens[a.FirstToken - 2].NormWithoutWa) ? a.FirstToken - 2 : a.FirstToken;

    // "بمقتل القيادي الميداني الحوثي المكنى أبو تمام، مشرف الحوثيين، في غارة": the side named by the dead man's title
    // in apposition, a few words after the word of his death (no act told between), is the side hit.
    private bool TitleOfTheDead(ActorMention a, Sentence s)
    {
        // ("القيادي الميداني الحوثي": an adjective of his rank may stand between)
        int title = a.FirstToken - 1;
        if (title - 1 > s.FirstToken && !TitleNouns.Contains(Tokens[title].Lemma) && Tokens[title].Kind != TokenKind.Punctuation) title--;
        if (title <= s.FirstToken || !TitleNouns.Contains(Tokens[title].Lemma)) return false;
        for (int i = title - 1; i >= Math.Max(s.FirstToken, title - 12); i--)
        {
            if (_cues.IsAt(CueClass.Killed, i, title, out _)) return true;
            if (Within(_triggers, u => u.FirstToken, i, i + 1).Any()) return false;
        }
        return false;
    }

    // (by lemma, with the article and without: IsCasualty asks for every actor of every trigger, and copies no word)
    private static readonly HashSet<string> TitleNouns = DefiniteArticle.WithAndWithout("مشرف", "قايد", "قيادي", "امير", "زعيم", "مسوول");

    // The word before a name and the count just before it, three words back at most ("مقتل 5 جنود": the token before 5).
    private int BeforeItsCount(ActorMention a, Sentence s)
    {
        int j = a.FirstToken - 1;
        while (j >= s.FirstToken && j >= a.FirstToken - 3 && (Tokens[j].Kind == TokenKind.Number || NumberEndingAtOrAfter(j) is not null)) j--;
        return j;
    }

    // "أعلن التحالف مقتل ثمانية عناصر من حزب الله": a name that holds its men ("عناصر من"), right after the count of the
    // dead a word of killing opens, is the side that lost them.
    private bool MenOfItCounted(ActorMention a, Sentence s)
    {
        if (a.FirstToken + 1 > a.LastToken || !MenOfAGroup.Contains(Tokens[a.FirstToken].Norm) || Tokens[a.FirstToken + 1].Norm != "من") return false;
        int j = BeforeItsCount(a, s);
        return j >= s.FirstToken && j < a.FirstToken - 1 && _cues.FindLast(CueClass.Killed, Math.Max(s.FirstToken, j - 2), j + 1) is { } cue && cue.Last == j;
    }

    // "تمكنت قواته من القضاء على 3 تكفيريين": who is eliminated, past the count, is the dead.
    private bool Eliminated(ActorMention a, Sentence s)
    {
        int j = BeforeItsCount(a, s);
        return j > s.FirstToken && Tokens[j].Norm == "علي" && _cues.FindLast(CueClass.Killed, Math.Max(s.FirstToken, j - 3), j + 1) is { } cue && cue.Last == j;
    }

    // "قتل جنديان عراقيان في هجوم لداعش", "قتل 5 جنود مصريين في هجوم لتنظيم داعش": the name right after a verb of killing or
    // wounding (past its count) and followed at once by the act that did it is that act's dead — the verb is the
    // passive (قُتل), whose agent is the act's owner. (An active "قتل الجيش 5 مسلحين في هجوم" names its object between.)
    // Only for that act or the verb itself: "… وأعلن التنظيم مسؤوليته عن الهجمات" is another clause. (The wounded of a
    // march, "أصيب فلسطينيان خلال مسيرات", are its marchers.)
    private bool KilledByTheActAfter(ActorMention a, Sentence s, TriggerMention t)
    {
        int after = a.LastToken + 1;
        // ("قتل جندي إسرائيلي الجمعة برصاص قناص": the day may stand between, and the place: "قتل 13 شخصا الأحد في
        // مايدوغوري خلال هجوم لجماعة بوكو حرام")
        // ("قتل 13 شخصا على الأقل في هجوم", "قتل أربعة أشخاص على الأقل بينهم عسكريان اليوم (الجمعة)، في الهجوم": "at
        // least", who were among them and a day in brackets or between commas)
        for (int round = 0; round < 8 && after < s.EndToken; round++)
        {
            int was = after;
            if (after + 1 < s.EndToken && Tokens[after].Norm == "علي" && Tokens[after + 1].Norm == "الاقل") after += 2;
            else if (Tokens[after].Norm is "بينهم" or "منهم" && after + 1 < s.EndToken)
            {
                // (up to four words of who they were, to a day, a comma or the "في" of the act)
                int k = after + 1;
                while (k < s.EndToken && k <= after + 4 && Tokens[k].Kind != TokenKind.Punctuation && Tokens[k].Norm != "في" && !Document.Dates.Exists(d => d.FirstToken == k))
                    k++;
                if (k <= after + 4) after = k;
            }
            else if (Tokens[after].Surface is "(" or "،" or "," or ")") after++;
            // ("قتل خمسة جنود سوريين وعناصر من حزب الله في غارات": the names joined to the dead by و are dead with them)
            else if (Tokens[after].StartsWithWa && Within(_actors, p => p.FirstToken, after, after + 3).FirstOrDefault() is { } joined && joined.LastToken + 1 < s.EndToken)
                after = joined.LastToken + 1;
            // ("قتل تسعة مسلحين من الميليشيا الموالية لقوات النظام السوري مساء الثلاثاء جراء القصف": the side the dead
            // were men of, with whom it is loyal to)
            else if (Tokens[after].Norm == "من" && OfASideEnd(after + 1, s) is { } ofSideEnd) after = ofSideEnd + 1;
            if (after != was) continue;
            // ("مساء الثلاثاء": the part of the day before it)
            int dayAt = DayPartsBeforeADay.Contains(Tokens[after].Norm) ? after + 1 : after;
            if (DateStartsAt(dayAt)) after = AfterDateAt(dayAt);
            if (after == was && Tokens[after].Norm == "في")
                foreach (var p in Document.Places)
                    if (p.FirstToken > after && p.FirstToken <= after + 2 && p.LastToken < s.EndToken) { after = p.LastToken + 1; break; }
            if (after == was) break;
        }
        if (after >= s.EndToken) return false;
        // ("قتل خمسة مدنيين وأصيب آخرون برصاص قناصة": the wounded joined to the dead are hit by the same act)
        if (after + 1 < s.EndToken && Tokens[after].HasProclitic("و") && KilledOrHurtVerbs.Contains(Tokens[after].Lemma))
        {
            int k = after + 1;
            if (Tokens[k].Kind == TokenKind.Number && k + 1 < s.EndToken) k++;
            if (Tokens[k].Norm is "اخرون" or "اخرين" or "اخر" or "اخري") after = k + 1;
            if (after >= s.EndToken) return false;
        }
        // ("قتل قيادي حوثي في عدن أمس بعد هجوم عنيف للمقاومة": killed after an attack, by it)
        bool preposition = Tokens[after].Norm is "في" or "جراء" or "اثر" or "خلال" or "بسبب" or "عقب" or "بعد";
        int at = preposition ? after + 1 : after;
        var act = Within(_triggers, u => u.FirstToken, at, at + 1).FirstOrDefault();
        if (act is null || !preposition && !act.Instrumental) return false;
        if (act.Entries.Any(e => e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots)) return false;
        int j = BeforeItsCount(a, s);
        // ("قتل مسلحون ثلاثة مدنيين في هجوم على سوق": the verb's subject, an armed side, may stand between it and the count
        // of the dead — the active order, verb, subject, object)
        if (j > s.FirstToken && !KilledOrHurtVerbs.Contains(Tokens[j].Lemma))
            foreach (var subject in Within(_actors, p => p.FirstToken, Math.Max(s.FirstToken, j - 4), j + 1))
                if (subject.LastToken == j && subject.Actor.Inter != 7 && subject.FirstToken > s.FirstToken) { j = subject.FirstToken - 1; break; }
        return j >= s.FirstToken && (t == act || t.FirstToken == j) && KilledOrHurtVerbs.Contains(Tokens[j].Lemma);
    }

    // Where the side named at k ends, with whom it is loyal to ("حزب الله", "الميليشيا الموالية لقوات النظام السوري": a
    // group noun and its backer), or null when no side is named there.
    private int? OfASideEnd(int k, Sentence s)
    {
        if (k >= s.EndToken) return null;
        foreach (var a in Within(_actors, p => p.FirstToken, k, k + 1))
            return EndOfDescribedName(a.LastToken) + 1 < s.EndToken ? EndOfDescribedName(a.LastToken) : null;
        if (k + 2 < s.EndToken && BackerWords.Contains(Tokens[k + 1].Lemma))
            foreach (var a in Within(_actors, p => p.FirstToken, k + 2, k + 3))
                return a.LastToken + 1 < s.EndToken ? a.LastToken : null;
        return null;
    }

    // Parts of the day in construct before a weekday ("مساء الثلاثاء", "فجر الجمعة") — DayParts without its accusatives,
    // which stand alone ("صباحا"), and without "منتصف", which a month takes too.
    private static readonly HashSet<string> DayPartsBeforeADay = new(StringComparer.Ordinal) { "مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "عصر" };

    // Past-tense verbs of killing and wounding, which read as passives before their dead.
    private static readonly HashSet<string> KilledOrHurtVerbs = new(StringComparer.Ordinal)
    {
        "قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "اصيب", "اصيبت", "اصيبوا", "اصيبا", "جرح", "جرحت", "جرحوا", "استشهد", "استشهدت", "استشهدوا",
    };

    // "ولقي قياديان في ميليشيات الحوثي مصرعهما في غارات": the subject of "لقي … مصرعه/حتفه" (met death) was killed.
    private bool MetDeath(ActorMention a, Sentence s)
    {
        bool met = false;
        for (int k = a.FirstToken - 1; k >= s.FirstToken && k >= a.FirstToken - 4 && !met; k--)
            met = MetDeathVerb(Tokens[k]);
        if (!met) return false;
        for (int k = a.LastToken + 1; k < s.EndToken && k <= a.LastToken + 3; k++)
            if (Tokens[k].Lemma.StartsWith("مصرع", StringComparison.Ordinal) || Tokens[k].Lemma.StartsWith("حتف", StringComparison.Ordinal)) return true;
        return false;
    }

    // "هجوما قتل فيه مستوطنان", "غارة أصيب خلالها جنود": a killed or injured verb followed by the pronoun that points
    // back to the attack (فيه، خلالها، جراءه) is the passive (قُتل فيه), so the name after it is the side hit.
    private bool KilledInIt(ActorMention a, Sentence s)
    {
        int back = a.FirstToken - 1;
        return back - 1 >= s.FirstToken && ResumptivePronouns.Contains(Tokens[back].Norm) && CueEndingAt(back - 1, s) is not null;
    }

    private static readonly HashSet<string> ResumptivePronouns = new(StringComparer.Ordinal)
    {
        "فيه", "فيها", "فيهما", "خلاله", "خلالها", "جراءه", "جراءها", "بسببه", "بسببها", "اثره", "اثرها",
    };

    // The name right after a death or injury word, past its count and the word for who they were: the dead of an act
    // named as its outcome ("أدت إلى مقتل جنديين سوريين", "مقتل عشرات الحوثيين بغارات"), or of a report whose content
    // starts with them ("أكدت مصادر عسكرية مقتل قائد حوثي", "أعلنت الوزارة مقتل أربعة جنود روس"). Elsewhere the clause
    // decides, and civilians killed stay the toll, not a side.
    private bool KilledAsReported(ActorMention a, Sentence s)
    {
        if (a.Actor.Inter == 7) return false;
        Document.Claims.TryGetValue(s.Index, out var claim);
        int j = a.FirstToken - 1;
        for (int steps = 0; steps < 3 && j >= s.FirstToken; steps++)
        {
            if (Tokens[j].Kind == TokenKind.Number || CasualtyWords.Contains(Tokens[j].Lemma)) { j--; continue; }
            Numbers.NumberMention? number = null;
            foreach (var n in Within(_numbers, n => n.FirstToken, Math.Max(s.FirstToken, j - 3), j + 1))
                if (n.LastToken == j) { number = n; break; }
            if (number is null) break;
            j = number.FirstToken - 1;
        }
        if (j < s.FirstToken) return false;
        // After the verbal noun of death or wounding (a verb, "قتل الجيش", may have its agent there instead), and only
        // as the act's outcome: a consequence phrase ("أسفر عن مقتل") or the act named right after the name ("مقتل
        // عشرات الحوثيين بغارات"); "وجه مصرع القيادي ضربة موجعة" tells of no attack on him.
        if (DeathNouns.Contains(Tokens[j].Lemma) && CueEndingAt(j, s) is { } death
            && (death.First < j || ActNamedAfter(a)))
            return true;
        if (claim is null || claim.Inherited) return false;
        int content = ClaimContentStart(claim);
        return _cues.IsAt(CueClass.Killed, content, s.EndToken, out int last) && last == j
               || _cues.IsAt(CueClass.Injured, content, s.EndToken, out last) && last == j;
    }

    // A number starting at most three tokens before j and running to j or past it.
    // (loops rather than capturing lambdas here and below: these run for every actor of every trigger)
    private Numbers.NumberMention? NumberEndingAtOrAfter(int j)
    {
        foreach (var n in Within(_numbers, n => n.FirstToken, j - 3, j + 1))
            if (n.LastToken >= j) return n;
        return null;
    }

    // A trigger within three tokens after the name, with no punctuation between: "مقتل عشرات الحوثيين بغارات".
    private bool ActNamedAfter(ActorMention a)
    {
        foreach (var u in Within(_triggers, u => u.FirstToken, a.LastToken + 1, a.LastToken + 4))
            if (!PunctuationBetween(a.LastToken, u.FirstToken)) return true;
        return false;
    }

    // The longest killed or injured cue that ends at token j ("أسفر عن مقتل" rather than "مقتل").
    private (int First, int Last)? CueEndingAt(int j, Sentence s)
    {
        for (int i = Math.Max(s.FirstToken, j - 3); i <= j; i++)
            if (_cues.IsAt(CueClass.Killed, i, j + 1, out int last) && last == j || _cues.IsAt(CueClass.Injured, i, j + 1, out last) && last == j)
                return (i, j);
        return null;
    }

    private static readonly HashSet<string> DeathNouns = new(StringComparer.Ordinal)
    {
        "مقتل", "لمقتل", "مصرع", "استشهاد", "اصابه", "اصابات",
    };

    // The first armed side the sentence before names and the first one after it that is not its ally.
    private (ActorMention First, ActorMention Second)? SidesOfTheSentenceBefore(Sentence s)
    {
        var before = Document.Sentences[s.Index - 1];
        ActorMention? first = null;
        foreach (var a in Within(_actors, a => a.FirstToken, before.FirstToken, before.EndToken))
        {
            if (!ArmedSide(a.Actor)) continue;
            if (first is null) { first = a; continue; }
            if (a.Actor.PlainName != first.Actor.PlainName && !Sides.Allied(a.Actor, first.Actor)) return (first, a);
        }
        return null;
    }

    private static readonly HashSet<string> CauseWords = new(StringComparer.Ordinal) { "جراء", "اثر", "بسبب", "نتيجه", "بفعل" };

    /// <summary>
    /// "ضد مواقع تابعة للنظام السوري بعد اتهامه باستخدام السلاح الكيماوي": the side right before "اتهامه" / "اتهامها" /
    /// "اتهامهم" when the trigger follows it with ب — whom the act is charged to, the pronoun's antecedent; or the side a
    /// verb of accusing names as its object ("اتهمت دمشق إسرائيل بشن غارة").
    /// </summary>
    public ActorMention? AccusedBefore(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k <= s.FirstToken || !Tokens[t.FirstToken].HasProclitic("ب")) return null;
        if (Tokens[k].Norm is not ("اتهامه" or "اتهامها" or "اتهامهم" or "اتهامهما")) return ChargedByAVerb(s, t);
        ActorMention? last = null;
        foreach (var a in Within(_actors, a => a.FirstToken, Math.Max(s.FirstToken, k - 8), k))
            if (a.LastToken < k && k - a.LastToken <= 3 && !PunctuationBetween(a.LastToken, k)) last = a;
        return last is { Actor.Inter: not 7 } ? last : null;
    }

    // ("وكانت دمشق اتهمت إسرائيل في التاسع من نيسان/أبريل بشن غارة جوية"): the side a verb of accusing names last
    // before the act it charges, a day between at most — the accuser is named before the verb or first after it.
    private ActorMention? ChargedByAVerb(Sentence s, TriggerMention t)
    {
        for (int v = t.FirstToken - 1; v >= Math.Max(s.FirstToken, t.FirstToken - 10); v--)
        {
            if (Tokens[v].Kind == TokenKind.Punctuation && !InADate(v)) return null;
            if (Tokens[v].NormWithoutWa is not ("اتهم" or "اتهمت" or "اتهموا" or "يتهم" or "تتهم" or "يتهمون")) continue;
            ActorMention? charged = null;
            foreach (var a in Within(_actors, a => a.FirstToken, v + 1, t.FirstToken))
                if (a.LastToken < t.FirstToken) charged = a;
            return charged is { Actor.Inter: not 7 } && Enumerable.Range(charged.LastToken + 1, t.FirstToken - charged.LastToken - 1).All(j => InADate(j) || Tokens[j].Norm is "في" or "يوم")
                ? charged : null;
        }
        return null;
    }

    // A noun trigger right after "بسبب" or "ردا على": what someone acts over.
    private bool NamedAsACause(TriggerMention t) =>
        t.FirstToken >= 2 && t.Entries.All(e => e.Pos != "verb")
        && (Tokens[t.FirstToken - 1].Norm is "بسبب" or "وبسبب" || Tokens[t.FirstToken - 1].Norm is "علي" && Tokens[t.FirstToken - 2].Norm is "ردا" or "رد"
            || ActTold(t));

    // ("أطلقت فصائل فلسطينية مسلحة عقب الغارات عددا من القذائف": the definite act after "عقب", "إثر" or "بعد", with an
    // attack of the clause's own a few words around it, is one already told — the clause's subject answered it)
    private bool ActTold(TriggerMention t)
    {
        if (Tokens[t.FirstToken - 1].Norm is not ("عقب" or "اثر" or "بعد") || Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }) return false;
        foreach (var o in Within(_triggers, u => u.FirstToken, Math.Max(0, t.FirstToken - 8), t.LastToken + 6))
            // (not its own relative clause: "عقب التفجير الآثم الذي استهدف جامع قوات الطوارئ")
            if (o != t && o.FirstToken != t.FirstToken && !(o.FirstToken > t.LastToken && IsRelativePronoun(Tokens[o.FirstToken - 1].Norm)) && !PunctuationBetween(Math.Min(o.FirstToken, t.FirstToken), Math.Max(o.FirstToken, t.FirstToken))
                && o.Entries.Any(e => !e.IsTerritory && e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles)) return true;
        return false;
    }

    private static readonly HashSet<string> CasualtyWords = new(StringComparer.Ordinal)
    {
        "عشرات", "ميات", "الاف", "عدد", "قايد", "قيادي", "قيادات", "عنصر", "عنصرا", "عناصر", "مسلحي", "مقاتلي", "افراد", "جنود", "جنديا", "جندي",
    };

    /// <summary>
    /// The owner named with لـ right after a strike noun: "بغارة جوية لمقاتلات التحالف", "غارات للتحالف" — the one whose
    /// strike it is.
    /// </summary>
    public ActorMention? OwnerAfter(Sentence s, TriggerMention t) =>
        // (right after it: "باستهداف مواقع لحماس" names whose positions were hit)
        FirstBenefactive(Within(_actors, a => a.FirstToken, t.LastToken + 1, Math.Min(s.EndToken, t.LastToken + 2)));   // (IsAgentMarked's لـ test, below)

    // (a loop, not FirstOrDefault(Benefactive): that makes a delegate each call)
    private ActorMention? FirstBenefactive(Range<ActorMention> actors)
    {
        foreach (var a in actors)
            if (Benefactive(a)) return a;
        return null;
    }

    // A trigger the lexicon lists as a verb read as its verbal noun: "قصف" after a preposition or a cause word ("قتل
    // طفلان في قصف للحوثيين", "جراء قصف لميليشيا الحوثي") is the shelling, not "he shelled".
    internal bool ReadAsNoun(Sentence s, TriggerMention t) =>
        t.Entries.All(e => e.Pos != "verb")
        || t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken
           && (Tokens[t.FirstToken - 1].Norm is "في" or "من" or "بعد" or "خلال" or "عن" || CauseWords.Contains(Tokens[t.FirstToken - 1].Norm));

    /// <summary>Whether a cue marks the actor as the one who acts ("على يد", "بأيدي", "من قبل").</summary>
    public bool AgentMarked(ActorMention a, Sentence s, TriggerMention t) =>
        !(Ambush(t) && a.FirstToken > t.LastToken && Benefactive(a))
        && (ActedByHand(a, s) && !AccountBetween(t, a)
        // "غارة جوية لطائرات التحالف", "هجوم للحوثيين": لـ right after an attack noun names whose attack it was
        || AfterTriggerAndItsAdjectives(a, t) && ReadAsNoun(s, t) && Benefactive(a)
           && t.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles && !e.IsTerritory)
        // "من" right after the trigger's phrase: the attack came from this actor.
        // (not a partitive after a count, "تم القبض على أربعة من التنظيم": those are of the side taken)
        // (nor the side whose men the act's verb of targeting, before it, takes: "حيث استهدف القصف عناصر من الحرس الثوري")
        || !t.Entries.Any(e => e.IsTerritory) && a.FirstToken > t.LastToken && a.FirstToken - t.LastToken <= 3 && Tokens[a.FirstToken - 1].Norm == "من"
           && CountEndingAt(a.FirstToken - 2, t) < 0 && !TargetedByTheVerbBefore(a, s, t));

    // ("ألقت الأجهزة الأمنية القبض على مواطنين، اعترفا بأنهما تدربا في إيران على يد الحرس الثوري": the hands named in
    // what the held confessed to are of that other act)
    private bool AccountBetween(TriggerMention t, ActorMention a)
    {
        for (int i = t.LastToken + 1; i < a.FirstToken; i++)
            if (AccountOfOthersActs(i)) return true;
        return false;
    }

    // Where a count that ends at token j, past the trigger, starts ("أربعة", "12", "ثلاثة عشر", "عدد", "العشرات"), or -1.
    private int CountEndingAt(int j, TriggerMention t)
    {
        if (j <= t.LastToken) return -1;
        if (NumberEndingAtOrAfter(j) is { } n && n.LastToken == j) return n.FirstToken;
        return Tokens[j].Kind == TokenKind.Number || Tokens[j].Lemma is "عدد" or "عددا" or "بعض" or "عشرات" or "العشرات" or "مئات" or "المئات" ? j : -1;
    }

    /// <summary>Whether a cue of the agent stands right before the actor: "من قبل X", "على يد X", "بأيدي X" (not "من أيدي X").</summary>
    public bool ActedByHand(ActorMention a, Sentence s)
    {
        // ("ينسب إلى متمردين من حزب العمال الكردستاني": men of the group, named before it with من, stand between)
        int start = a.FirstToken - 2 > s.FirstToken && Tokens[a.FirstToken - 1].Norm == "من" && MenOfAGroup.Contains(Tokens[a.FirstToken - 2].Norm)
            ? a.FirstToken - 2 : a.FirstToken;
        return _cues.FindLast(CueClass.AgentBy, Math.Max(s.FirstToken, start - 3), start) is { } cue && cue.Last == start - 1
               && !FromTheHandsOf(cue.First, s) && !OfAParticiple(cue.First, s);
    }

    // Men of an armed group named by what they are: "متمردين من", "مسلحين من", "عناصر من".
    private static readonly HashSet<string> MenOfAGroup = new(StringComparer.Ordinal)
    {
        "متمردين", "متمردون", "مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "عناصر", "اعضاء",
    };

    // "بلدتي نبل والزهراء المحاصرتين من قبل جبهة النصرة", "الفصائل المدعومة من قبل تركيا": the hand after a passive
    // participle besieges, backs or occupies — it does not do the sentence's act.
    private bool OfAParticiple(int cueFirst, Sentence s)
    {
        if (cueFirst <= s.FirstToken) return false;
        string before = Tokens[cueFirst - 1].Norm;
        if (before.StartsWith("وال", StringComparison.Ordinal)) before = before[1..];
        foreach (var stem in HandOfParticiples)
            if (before.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] HandOfParticiples = ["المحاصر", "المدعوم", "المحتل", "الممول", "المطوق", "المعين"];

    // "استعادت قوات الجيش السيطرة على نهم من أيدي الحوثيين", "من يد المعارضة", "من بين أيدي": the hands ground is taken
    // from are the loser's — only "بأيدي", "على يد" name the one who acts.
    private bool FromTheHandsOf(int cueFirst, Sentence s) =>
        cueFirst > s.FirstToken && HandWords.Contains(Tokens[cueFirst].Norm) && Tokens[cueFirst - 1].Norm is "من" or "بين";

    /// <summary>The hand nouns of the agent cues ("على يد", "بأيدي", "من أيدي"), as written after their preposition.</summary>
    internal static readonly HashSet<string> HandWords = new(StringComparer.Ordinal) { "يد", "ايدي", "يدي", "ايادي" };

    /// <summary>The hands or the grip ground was in, after "من": "من أيادي", "من قبضة" (as normalised).</summary>
    internal static bool HandsOrGrip(string norm) => HandWords.Contains(norm) || norm == "قبضه";

    // Tokens [from, to) tell only where and when: places (with their cue and relation words), dates, adjectives of the
    // act's force, في — no other act, no side, no clause.
    private bool OnlyWhereAndWhen(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var token = Tokens[k];
            if (token.Kind == TokenKind.Punctuation ? token.IsComma : token.Norm is "في" or "عنيفه" or "عنيف" or "متقطعه" or "ضاريه")
                continue;
            string bare = token.LemmaWithoutArticle;
            if (GeoLexicon.Cues.ContainsKey(bare) || GeoLexicon.Cues.ContainsKey(token.Norm) || GeoLexicon.Relations.ContainsKey(token.Norm)) continue;
            if (Within(_places, p => p.FirstToken, Math.Max(0, k - 4), k + 1).Any(p => p.FirstToken <= k && p.LastToken >= k)) continue;
            if (Within(_dates, d => d.FirstToken, Math.Max(0, k - 4), k + 1).Any(d => d.FirstToken <= k && d.LastToken >= k)) continue;
            return false;
        }
        return true;
    }

    // An attack noun after the sides of a "بين" clash whose owner, right after it with لـ or after "من قبل", is that side
    // (or one of its own kind: "المتمردين" for the Houthis is the same side, told by its sides table).
    private bool AttackOwnedBy(Sentence s, int from, ActorMention side)
    {
        for (int i = from + 1; i + 1 < s.EndToken; i++)
        {
            if (Tokens[i].LemmaWithoutArticle is not ("هجوم" or "هجوما" or "هجمات" or "تسلل")) continue;
            int k = i + 1;
            if (k + 1 < s.EndToken && Tokens[k].Norm == "من" && Tokens[k + 1].Norm == "قبل") k += 2;
            // (the owner's name may open with its kind, which the segmenter may leave whole: "لتنظيم داعش")
            if (k == i + 1 && !Tokens[k].HasProclitic("ل") && !Tokens[k].Norm.StartsWith('ل')) continue;
            foreach (var a in Within(_actors, a => a.FirstToken, k, k + 2))
                if (a.Actor.PlainName == side.Actor.PlainName || Sides.Allied(a.Actor, side.Actor) && a.Actor.Country == side.Actor.Country && !a.Actor.IsState && !side.Actor.IsState)
                    return true;
        }
        return false;
    }

    // "على مواقعهم", "على مقراتها", "على تجمعاتهم": "على" and a target noun with an owner's pronoun, a few words after the act.
    private bool SitesOfThePronounAfter(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i + 1 < Math.Min(s.EndToken, t.LastToken + 8); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i].Norm != "علي") continue;
            var site = Tokens[i + 1];
            return site.Form.Analysis is { Enclitic: "ه" or "ها" or "هم" } && _cues.IsAt(CueClass.TargetHead, i + 1, i + 2, out _);
        }
        return false;
    }

    // The armed side a pronoun after the act points back to: the last one named before the act in its sentence, not the
    // agent nor its ally.
    private ActorMention? OwnerNamedBefore(Sentence s, TriggerMention t, ActorMention agent)
    {
        ActorMention? owner = null;
        foreach (var a in Within(_actors, a => a.FirstToken, s.FirstToken, t.FirstToken))
            if (a.Actor.PlainName != agent.Actor.PlainName && !Sides.Allied(a.Actor, agent.Actor) && Fights(a.Actor) && a.Actor.Inter is not (6 or 7)) owner = a;
        return owner;
    }

    // The trigger ends with an ambush noun: "كمينا", "الكمين", "نصبوا كمينا".
    // (by the written form: a lemma is only as good as the segmenter, which once read كمينا as ك + مينا)
    private bool Ambush(TriggerMention t) => Tokens[t.LastToken].NormWithoutArticle is "كمين" or "كمينا" or "كماين";

    // A verb trigger in the imperfect: "يحرر", "تقصف", "يستعيدون" (prefix ي or ت, after any و).
    private bool ImperfectVerb(TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !t.Entries.Any(e => e.Pos == "verb")) return false;
        string stem = Tokens[t.FirstToken].Lemma;
        if (stem.Length < 4 || stem[0] is not ('ي' or 'ت') || stem.EndsWith('ه')) return false;
        // verbal nouns that also start with ت: تفعيل (تحرير، تفجير) and تفاعل (تبادل)
        // (five letters: تستعيد, the imperfect of استعاد, has its ي in the same place but is longer)
        return !(stem[0] == 'ت' && stem.Length == 5 && (stem[3] == 'ي' || stem[2] == 'ا'));
    }

    // "تم استهداف", "وتم تدمير", "جرى اعتقال": the auxiliary of the Arabic passive right before a verbal noun.
    // (or opening the trigger phrase itself: "حيث تم القبض على أربعة من عناصر التنظيم")
    private bool PassiveAuxiliaryBefore(TriggerMention t) =>
        t.FirstToken > 0 && PassiveAuxiliary(Tokens[t.FirstToken - 1]) || t.LastToken > t.FirstToken && PassiveAuxiliary(Tokens[t.FirstToken]);

    private static bool PassiveAuxiliary(Token token) => token.Lemma is "تم" or "يتم" or "جري" or "يجري";

    // A verb of undergoing ("تعرضت لهجوم"): its subject is whom the act after it hit.
    private static bool Undergoing(Token token) => token.Lemma is "تعرض" or "تعرضت" or "يتعرض" or "تتعرض" or "تعرضوا" or "يتعرضون";

    // Right after the trigger, or after up to two definite adjectives on it ("الغارات المركزة لمقاتلات التحالف").
    private bool AfterTriggerAndItsAdjectives(ActorMention a, TriggerMention t)
    {
        int gap = a.FirstToken - t.LastToken - 1;
        if (gap < 0) return false;
        // ("في غارة جوية الأسبوع الماضي لقوات التحالف": a time told between them)
        int after = t.LastToken + 1;
        foreach (var d in Within(_dates, d => d.FirstToken, after, after + 1))
            if (d.LastToken < a.FirstToken) after = d.LastToken + 1;
        // ("الهجوم الكيماوي المشتبه به للنظام السوري": the suspected, with its pronoun, is one adjective)
        int suspected = a.FirstToken - after >= 2 && Tokens[a.FirstToken - 1].Norm is "به" or "بها" && Tokens[a.FirstToken - 2].Norm is "المشتبه" ? 1 : 0;
        if (a.FirstToken - after > 2 + suspected) return false;
        // (an adjective agrees with its noun: "الغارات الجوية لـ", "غارات جديدة لـ" — not "غارات في")
        bool definite = Tokens[t.LastToken].Norm.StartsWith("ال", StringComparison.Ordinal);
        for (int k = after; k < a.FirstToken - suspected; k++)
        {
            var w = Tokens[k];
            if (w.Kind != TokenKind.ArabicWord || w.Norm.StartsWith("ال", StringComparison.Ordinal) != definite) return false;
            if (!definite && !IndefiniteAdjective(w)) return false;
        }
        return true;
    }

    // "غارات جديدة", "قصف صاروخي", "غارات جوية مكثفة" — not a noun ("قصف صاروخي مواقع عسكرية للنظام": the sites are
    // the regime's, the shelling not) nor an adverbial ("غارات دعما للسلطات")
    private static bool IndefiniteAdjective(Token w)
    {
        if (w.Form.Analysis is { Proclitics.Count: > 0 }) return false;
        string n = w.Norm;
        return n.Length >= 4 && (n.EndsWith("يه", StringComparison.Ordinal) || n.EndsWith('ي')) || IndefiniteStrikeAdjectives.Contains(n);
    }

    private static readonly HashSet<string> IndefiniteStrikeAdjectives = new(StringComparer.Ordinal)
    {
        "جديد", "جديده", "عنيف", "عنيفه", "مكثف", "مكثفه", "متواصل", "متواصله", "متقطع", "متقطعه", "مركز", "مركزه", "كثيف", "كثيفه",
        "مماثل", "مماثله", "اخري", "محدود", "محدوده", "مباشر", "مباشره",
    };

    // Where a figure right before token <paramref name="first"/> starts, with the "about" before it ("نحو 300", "قرابة
    // 50", "حوالي عشرين") whether or not the number layer took it in; <paramref name="first"/> itself when no figure stands there.
    private int ApproximateCountBefore(int first)
    {
        int k = first;
        foreach (var n in Within(_numbers, n => n.FirstToken, Math.Max(0, first - 4), first))
            if (n.LastToken == first - 1) k = n.FirstToken;
        return k < first && k > 0 && Tokens[k - 1].Norm is "نحو" or "قرابه" or "حوالي" or "زهاء" ? k - 1 : k;
    }

    private bool IsTargetMarked(ActorMention a, Sentence s, TriggerMention t)
    {
        if (a.FirstToken <= t.LastToken) return false;
        var before = Tokens[a.FirstToken];
        // على/ضد as a word, or the clitic: "عليها" is not a target, "على قوات" is.
        if (a.FirstToken - 1 >= s.FirstToken && Tokens[a.FirstToken - 1].Norm is "علي" or "ضد" or "لصالح") return true;
        // ("اغتيال ضابط سوري كبير", "اغتيال القيادي في الحركة"): the one named right after the noun of assassinating is whom
        // it killed
        if (a.FirstToken == t.LastToken + 1 && Tokens[t.LastToken].NormWithoutWaOrArticle is "اغتيال" or "باغتيال" or "لاغتيال") return true;
        // "نصبوا كمينا للقوات الحكومية", "كمين لدورية": an ambush is laid for the side after لـ
        if (Ambush(t) && a.FirstToken == t.LastToken + 1 && Benefactive(a)) return true;
        // "غارة استهدفت مواقع": the object of a targeting verb after the event; but when the verb is the trigger
        // itself, the word after it is its subject ("استهدفت فصائل المعارضة بالمدفعية تجمعات القوات").
        // ("غارة استهدفت مسلحين من تنظيم القاعدة": so is the side whose men are that object, and "ضربة جوية … استهدفت
        // العديد من وحدات المقاتلين المتشددين" the side whose units a count names)
        if (TargetedAfterTheAct(a, t)) return true;
        if (TargetedByTheVerbBefore(a, s, t)) return true;
        // An agreement "مع" a party: the other party is the agent ("تم التوصل إلى اتفاق مع جماعة جيش الإسلام").
        if (t.Entries.Any(e => e.SubEventType == "Agreement"))
        {
            // Looking back over quotes: مع جماعة "فيلق الرحمن".
            int k = a.FirstToken - 1;
            while (k > s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation) k--;
            if (k >= s.FirstToken && Tokens[k].Norm is "جماعه" or "حركه" or "فصيل" or "تنظيم") k--;
            while (k > s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation) k--;
            if (k >= s.FirstToken && k > t.LastToken - 1 && Tokens[k].Norm == "مع") return true;
        }
        // "اشتبك الجيش مع داعش", "في قتالها مع المسلحين": the other side of a battle.
        if (a.FirstToken - 1 > t.LastToken - 1 && Tokens[a.FirstToken - 1].Norm == "مع" && t.Entries.Any(e => e.EventType == AcledTaxonomy.Battles)
            && a.FirstToken - t.LastToken <= 4) return true;
        // With a territory change "من" marks who lost ground ("استعاد … من داعش"), but not a member phrase
        // ("مقاتلون من حزب الله"); elsewhere it marks the agent ("تتعرض للقصف من القوات التركية").
        if (a.FirstToken - 2 >= s.FirstToken && Tokens[a.FirstToken - 1].Norm == "من" && t.Entries.Any(e => e.IsTerritory)
            && !MemberNouns.Contains(Tokens[a.FirstToken - 2].Lemma)) return true;
        // ("استردادها من أيادي المتمردين الحوثيين", "من قبضة التنظيم": so do the hands or the grip it was taken from)
        if (a.FirstToken - 3 >= s.FirstToken && Tokens[a.FirstToken - 2].Norm == "من" && t.Entries.Any(e => e.IsTerritory)
            && HandsOrGrip(Tokens[a.FirstToken - 1].Norm)) return true;
        if (TargetPrepBefore(a.FirstToken, t)) return true;
        // ("ألقت المقاومة الشعبية القبض على 72 بينهم القيادي الحوثي": the side named among those counted after the act's
        // preposition — "بينهم", a title between — is of those it took or hit)
        if (AmongTheCounted(a, t) is { } counted && ApproximateCountBefore(counted) is var start && start < counted
            && TargetPrepBefore(start, t)) return true;
        // ("ألقت الشرطة القبض على نحو 300 شخص": past an about-figure, the preposition before it)
        if (ApproximateCountBefore(a.FirstToken) is var lead && lead < a.FirstToken - 1
            && TargetPrepBefore(lead, t)) return true;
        // "تم القبض على أربعة من تنظيم القاعدة", "اعتقال عدد من عناصر الحزب": the side whose members are counted as the act's
        // object, right after it, is the side it took or hit
        if (Tokens[a.FirstToken - 1].Norm == "من" && CountEndingAt(a.FirstToken - 2, t) is >= 0 and var count
            && (count - 1 == t.LastToken || count - 2 == t.LastToken && Tokens[count - 1].Norm is "علي" or "ضد")) return true;
        // "تصدت فصائل الجيش الحر، الأربعاء، لهجوم مكثف لقوات النظام": the side whose attack a side stood up to is the
        // other side of the battle
        if (RepelVerbs.Contains(Tokens[t.FirstToken].Lemma) && a.FirstToken - t.LastToken <= 10)
            for (int k = t.LastToken + 1; k < a.FirstToken; k++)
                if (Tokens[k].HasProclitic("ل") && AttackNouns.Contains(Tokens[k].Lemma)) return true;
        if (t.Entries.Any(e => e.EventType == AcledTaxonomy.Battles) && OffensiveToRetakeFrom(a, s, t)) return true;
        return before.HasProclitic("ل") && t.Entries.Any(e => e.IsTerritory);
    }

    // A preposition that marks the target ("على", "ضد" …, the cue lexicon's) ending right before token <paramref name="first"/>,
    // past the trigger.
    private bool TargetPrepBefore(int first, TriggerMention t) =>
        _cues.FindLast(CueClass.TargetPrep, Math.Max(t.LastToken + 1, first - 2), first) is not null;

    // The token of "بينهم" / "منهم" before a side, up to two words of its title between ("بينهم القيادي الحوثي"), past the
    // trigger — or null.
    private int? AmongTheCounted(ActorMention a, TriggerMention t)
    {
        for (int k = a.FirstToken - 1; k > t.LastToken && k >= a.FirstToken - 3; k--)
        {
            if (Tokens[k].Norm is "بينهم" or "منهم" or "وبينهم" or "ومنهم") return k;
            if (Tokens[k].Kind != TokenKind.ArabicWord) return null;
        }
        return null;
    }

    // ("حيث استهدف القصف عناصر من الحرس الثوري"): the object after the act when the verb of targeting stands before it,
    // the act its subject — the side named right after it, or its men. (Only after an act with its article: "استهدفت
    // مدفعية القوات السعودية", "ضربات التحالف", name whose weapon struck.)
    private bool TargetedByTheVerbBefore(ActorMention a, Sentence s, TriggerMention t) =>
        t.FirstToken - 1 >= s.FirstToken && Targeting(Tokens[t.FirstToken - 1].NormWithoutWa)
        && Tokens[t.LastToken].Form.Analysis is { HasArticle: true }
        && (a.FirstToken == t.LastToken + 1 || a.FirstToken == t.LastToken + 3 && NamedByItsMen(a));

    internal static bool Targeting(string norm) => norm is "استهدف" or "استهدفت";

    // A targeting verb after the act, right before the side or with only "من", a count and member nouns between:
    // "استهدفت الحوثيين", "استهدفت مسلحين من", "استهدفت العديد من وحدات" — or the verb of a relative clause that tells
    // whom the act reached, "التفجير الذي طال عددا من منسوبي قوة الطوارئ".
    private bool TargetedAfterTheAct(ActorMention a, TriggerMention t)
    {
        for (int k = a.FirstToken - 1; k > t.LastToken && k >= a.FirstToken - 5; k--)
        {
            if (Targeting(Tokens[k].Norm)) return true;
            if (Tokens[k].Norm is "طال" or "طالت" && Tokens[k - 1].Norm is "الذي" or "التي") return true;
            if (!(Tokens[k].Norm is "من" or "العديد" or "عددا" or "بعض" || MemberNouns.Contains(Tokens[k].Lemma))) return false;
        }
        return false;
    }

    // Only words of an unnumbered quantity from <paramref name="from"/> up to <paramref name="to"/> ("عددا كبيرا من",
    // "العشرات من", "عشرات"; as normalised: "المئات" is "الميات").
    private bool QuantityBetween(int from, int to)
    {
        if (to <= from || to - from > 4) return false;
        for (int i = from; i < to; i++)
            if (Tokens[i].NormWithoutWa is not ("عددا" or "عدد" or "كبيرا" or "كبير" or "من" or "عشرات" or "العشرات" or "ميات" or "الميات" or "العديد" or "بعض"))
                return false;
        return true;
    }

    // "عناصر من الحرس الثوري", "مسلحين من تنظيم القاعدة": the side named by its men, "من" and a member noun before it.
    private bool NamedByItsMen(ActorMention a) =>
        a.FirstToken >= 2 && Tokens[a.FirstToken - 1].Norm == "من" && MemberNouns.Contains(Tokens[a.FirstToken - 2].Lemma);

    // "عملية عسكرية لتحرير مدينة الرمادي من سيطرة تنظيم داعش", "هجوما لطرد مقاتلي داعش من آخر معاقله": an offensive
    // launched to take ground from a side is fought against that side — the one driven out, or the one after من.
    private bool OffensiveToRetakeFrom(ActorMention a, Sentence s, TriggerMention t)
    {
        for (int k = t.LastToken + 1; k <= Math.Min(t.LastToken + 3, a.FirstToken - 1); k++)
        {
            if (!(Tokens[k].HasProclitic("ل") && RetakingNouns.Contains(Tokens[k].Lemma))) continue;
            if (a.FirstToken - k > 8 || Enumerable.Range(k + 1, a.FirstToken - k - 1).Any(i => Tokens[i].Kind == TokenKind.Punctuation)) return false;
            int before = a.FirstToken - 1;
            if (Tokens[before].Norm is "سيطره" or "قبضه" && before - 1 > k) before--;
            return a.FirstToken == k + 1 && Tokens[k].Lemma == "طرد" || Tokens[before].Norm == "من";
        }
        return false;
    }

    // (lemmas of the purpose after an offensive, the لـ taken off: "لتحرير", "لاستعادة")
    private static readonly HashSet<string> RetakingNouns = new(StringComparer.Ordinal) { "تحرير", "استعاده", "طرد", "استرجاع" };

    private static readonly HashSet<string> RepelVerbs = new(StringComparer.Ordinal)
    {
        "تصدي", "تصدت", "تصدوا", "يتصدي", "تتصدي", "يتصدون",
    };

    // (lemmas: the segmenter takes the لـ off, "لهجوم" → هجوم)
    private static readonly HashSet<string> AttackNouns = new(StringComparer.Ordinal)
    {
        "هجوم", "هجمات", "محاوله", "محاولات", "تقدم", "زحف", "تسلل", "اعتداء",
    };

    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "مقاتلون", "مقاتلين", "مقاتلو", "مقاتلي", "عناصر", "مسلحون", "مسلحين", "جنود", "قوات", "افراد", "اعضاء", "وحدات", "عدد", "مجموعه", "الاف", "ميات", "عشرات",
        // (the units a side sends in: "دخلت طلائع من المقاومة إلى وسط المدينة")
        "طلايع", "طليعه", "مجموعات", "مجاميع", "كتايب", "سرايا", "دوريات",
    };

    // "التنظيم", "الجيش", "الحركة" standing alone refer back to the last actor of that kind.
    private static List<ActorMention> WithAnaphora(Document document, ActorCatalog catalog)
    {
        ActorRef? coalition = null, resistance = null;
        bool coalitionLooked = false, resistanceLooked = false;
        // (a list of the context's own: the gunmen read as their group change the context's mentions, not the document's)
        var list = new List<ActorMention>(ByFirstToken(document.Actors, a => a.FirstToken));
        var tokens = document.Tokens;
        BelongingToAGroup(list, tokens);
        OpposedInAName(list, tokens);
        GunsOfAShelling(list, document);
        BareCoalition(list, catalog, document);
        var covered = new bool[tokens.Count];
        foreach (var a in list) for (int k = a.FirstToken; k <= a.LastToken && k < covered.Length; k++) covered[k] = true;
        var named = ByFirstToken(list, a => a.LastToken);
        List<ActorMention>? added = null;
        int before = -1;   // index in named of the last mention ending before token i
        for (int i = 0; i < tokens.Count; i++)
        {
            while (before + 1 < named.Count && named[before + 1].LastToken < i) before++;
            if (covered[i] || tokens[i].Kind != TokenKind.ArabicWord) continue;
            if (!Anaphoric.Of(tokens[i])) continue;
            // ("its forces" only as the subject of what is reported: "أن قواته تمكنت", not "في صفوف قواته")
            if (OwnForces(tokens[i]) && !(i > 0 && tokens[i - 1].Norm is "ان" or "بان" or "وان")) continue;
            string lemma = AnaphoricLemma(tokens[i]);
            // (aircraft refer back only as a strike's subject, "وقصف الطيران", "جددت الطائرات قصف": elsewhere they are
            // weapons talked of, "إسقاط الطائرات الحربية", "الطائرات المسيرة")
            if (AircraftNouns.Contains(lemma) && !BesideAStrike(document, i)) continue;
            // ("القوات الموالية للأسد", "القوات التي تدعمها الحكومة", "القوات والميليشيات الإيرانية": forces the words
            // after them describe are new ones, not the last named)
            if (lemma == "قوات" && DescribedAfter(tokens, i)) continue;
            // Nearest earlier mention first: a backward scan that usually stops after a few steps.
            ActorMention? antecedent = null;
            int at = -1;
            // (not a force the article's year did not know yet: "المقاومة الوطنية الجنوبية" in 2015 is no National
            // Resistance of 2018, and "المقاومة" after it is not that force either)
            for (int k = before; k >= 0 && antecedent is null; k--)
                if (named[k].LastToken < i && RefersTo(lemma, named[k]) && !NotYetFormed(named[k], document.Published?.Year)) (antecedent, at) = (named[k], k);
            // ("الحوثيين وقوات صالح … واصلت الميليشيات قصف": sides joined by و are recalled by the first of them, the one
            // that leads)
            while (at > 0 && named[at - 1].LastToken == named[at].FirstToken - 1 && tokens[named[at].FirstToken].Norm.StartsWith('و')
                   && RefersTo(lemma, named[at - 1]))
                antecedent = named[--at];
            // ("وأعلن التحالف اعتراض ثلاثة صواريخ" with no name before: in an article set in Yemen or Saudi Arabia the
            // coalition is the Saudi-led one)
            if (antecedent is null && lemma == "تحالف")
            {
                if (!coalitionLooked) (coalition, coalitionLooked) = (CoalitionOfTheWar(document, catalog), true);
                if (coalition is not null) antecedent = new ActorMention(tokens[i].Span, tokens[i].Surface, i, i, coalition, "anaphora");
            }
            // ("المقاومة تسيطر على ابين", "قوات المقاومة سيطرت على ست مديريات في اب" with no resistance named before: in
            // an article set in Yemen the resistance is the Popular Resistance loyal to the government, not an axis of it)
            if (antecedent is null && lemma == "مقاومه" && !(i > 0 && tokens[i - 1].Norm is "محور" or "ومحور" or "لمحور" or "بمحور"))
            {
                if (!resistanceLooked) (resistance, resistanceLooked) = (ResistanceOfTheWar(document, catalog), true);
                if (resistance is not null) antecedent = new ActorMention(tokens[i].Span, tokens[i].Surface, i, i, resistance, "anaphora");
            }
            if (antecedent is null) continue;
            (added ??= new List<ActorMention>()).Add(new ActorMention(tokens[i].Span, tokens[i].Surface, i, i, antecedent.Actor, "anaphora"));
        }
        if (added is null) return list;
        // Both lists are in token order (added by i, rising): merged, with a named mention first on a tie, as the
        // stable OrderBy over list then added had it, without a sort.
        var merged = new List<ActorMention>(list.Count + added.Count);
        int x = 0;
        foreach (var a in added)
        {
            while (x < list.Count && list[x].FirstToken <= a.FirstToken) merged.Add(list[x++]);
            merged.Add(a);
        }
        while (x < list.Count) merged.Add(list[x++]);
        return merged;
    }

    // ("نفذت قوات التحالف الدولي ضد تنظيم داعش تسع ضربات جوية … واستهدفت طائرات التحالف مواقع قرب الموصل"): a bare
    // "التحالف" (قوات، طائرات، مقاتلات، غارات التحالف — the Saudi-led one in the catalog, as the Yemen war made it) is
    // the US-led coalition where the article names that one and never the Saudi-led one by name, or names neither but
    // tells of Syria and Iraq.
    private static void BareCoalition(List<ActorMention> list, ActorCatalog catalog, Document document)
    {
        bool us = false, bare = false;
        foreach (var a in list)
        {
            if (a.Actor.Id == "coalition-us") us = true;
            else if (a.Actor.Id == "coalition-saudi")
            {
                if (!BareCoalitionWord(document.Tokens[a.LastToken])) return;
                bare = true;
            }
        }
        if (!bare || !catalog.TryGet("coalition-us", out var usLed)) return;
        if (!us && !MostPlacesIn(document, "SY", "IQ")) return;
        for (int i = 0; i < list.Count; i++)
            if (list[i].Actor.Id == "coalition-saudi") list[i] = list[i] with { Actor = usLed, Candidates = Array.Empty<ActorRef>() };
    }

    private static bool BareCoalitionWord(Token t) => t.Norm is "التحالف" or "للتحالف" or "والتحالف" or "بالتحالف";

    // The Saudi-led coalition when most places the article names are in Yemen or Saudi Arabia, else none.
    private static ActorRef? CoalitionOfTheWar(Document document, ActorCatalog catalog) =>
        MostPlacesIn(document, "YE", "SA") && catalog.TryGet("coalition-saudi", out var c) ? c : null;

    // A mention whose force (and every reading of it) was formed after the article's year.
    private static bool NotYetFormed(ActorMention mention, int? year) =>
        year is int y && mention.Actor.From is int from && from > y && mention.Candidates.All(c => !c.ValidIn(y));

    // Yemen's Popular Resistance when most places the article names are in Yemen, else none.
    private static ActorRef? ResistanceOfTheWar(Document document, ActorCatalog catalog) =>
        MostPlacesIn(document, "YE", "YE") && catalog.TryGet("ye-popular-resistance", out var r) ? r : null;

    // More than half of the document's resolved places lie in one of the two countries.
    private static bool MostPlacesIn(Document document, string country, string orCountry)
    {
        int inThem = 0, all = 0;
        foreach (var p in document.Places)
            if (p.Place?.CountryCode is { } cc) { all++; if (cc == country || cc == orCountry) inThem++; }
        return all > 0 && inThem * 2 > all;
    }

    private static string AnaphoricLemma(Token t) => OwnForces(t) ? "قواته" :
        t.Lemma.StartsWith("ال", StringComparison.Ordinal) && AnaphoricNouns.Contains(t.Lemma[2..]) ? t.Lemma[2..] : t.Lemma;

    private static readonly HashSet<string> AnaphoricNouns = new(StringComparer.Ordinal)
    {
        "تنظيم", "جيش", "حركه", "جماعه", "ميليشيا", "ميليشيات", "مليشيات", "متمردون", "متمردين", "مقاومه", "تحالف",
        "طايرات", "مقاتلات", "طيران", "قوات",
    };

    // (the answer is kept per word form: every word of every document with a trigger is asked)
    // ("التحالف" is also a GeoNames name, which the segmenter keeps whole: its article is read off the lemma here)
    // ("للجيش المصري أن قواته تمكنت من القضاء على": "its forces", the force last named, as OwnForces reads them)
    private static readonly FormTest Anaphoric = new(t => AnaphoricNouns.Contains(t.Lemma) && t.Form.Analysis?.HasArticle == true
                                                          || t.Lemma.StartsWith("ال", StringComparison.Ordinal) && AnaphoricNouns.Contains(t.Lemma[2..])
                                                          || OwnForces(t));

    private static bool OwnForces(Token t) => t.Lemma == "قوات" && t.Form.Analysis?.Enclitic is "ه" or "ها";

    private static bool DescribedAfter(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.ArabicWord) return false;
        var next = tokens[i + 1];
        return next.Form.Analysis?.HasArticle == true || next.Lemma.StartsWith("ال", StringComparison.Ordinal) || IsRelativePronoun(next.Norm);
    }

    private static readonly HashSet<string> AircraftNouns = new(StringComparer.Ordinal) { "طايرات", "مقاتلات", "طيران" };

    // What a backer lends a fight: its aircraft, warships, guns.
    private static readonly HashSet<string> BackersArms = new(AircraftNouns.Concat(["مروحيات", "بارجات", "بوارج", "سفن", "زوارق", "مدفعيه"]), StringComparer.Ordinal);

    // A strong strike trigger within two words before or one after the token, in its sentence (no punctuation between).
    private static bool BesideAStrike(Document document, int i)
    {
        var triggers = document.Triggers;
        // (the triggers are in text order and do not overlap: the first that ends two words before i or later is the
        // first that can be near; a search, not a scan from the document's start for every aircraft word)
        for (int n = FirstAtOrAfter(triggers, t => t.LastToken, i - 2); n < triggers.Count; n++)
        {
            var t = triggers[n];
            if (t.FirstToken > i + 2) break;
            // (a strike told, not a weapon named: "الصواريخ" beside them is an arsenal)
            bool strike = t.Entries.Any(e => e.EventType == AcledTaxonomy.Explosions && !e.Weak);
            if (t.FirstToken <= i && t.LastToken >= i) return strike;
            bool near = t.LastToken < i ? i - t.LastToken <= 2 : t.FirstToken - i <= 1;
            if (near && strike && !AnyPunctuation(document.Tokens, Math.Min(i, t.LastToken), Math.Max(i, t.LastToken)))
                return true;
        }
        return false;
    }

    private static bool RefersTo(string lemma, ActorMention a) => lemma switch
    {
        // (a party is "الحزب", never "التنظيم": "مسؤول إعلام الحزب الديمقراطي الكردستاني … دفع بالتنظيم إلى شن حملة اعتقالات")
        "تنظيم" => a.Actor.Inter is 2 or 3 && !a.Actor.IsState && !ArabicNormalizer.Matching.Normalize(a.Surface).Contains("حزب", StringComparison.Ordinal),
        "جيش" => a.Actor.Kind == "military",
        "حركه" => a.Actor.Kind is "rebel" or "political_militia" || ArabicNormalizer.Matching.Normalize(a.Surface).Contains("حركه"),
        "جماعه" or "متمردون" or "متمردين" => !a.Actor.IsState && a.Actor.Inter is 2 or 3,
        // ("المقاومة اليمنية … وتمكنت المقاومة من طرد الحوثيين", "التحالف العربي … وشن التحالف غارات": the name's own head)
        // ("قوات الشرعية اليمنية … وشنت القوات هجوما": the forces last named by that word)
        // ("بعثة الاتحاد الإفريقي في الصومال … إن القوات قتلت المدنيين": or a foreign mission's, which are its troops)
        "قوات" => a.Actor.Inter is 1 or 2 or 3 or 8 && ArabicNormalizer.Matching.Normalize(a.Surface) is var named
                  && (named.Contains("قوات", StringComparison.Ordinal) || a.Actor.Inter == 8 && named.Contains("بعثه", StringComparison.Ordinal)),
        "قواته" => a.Actor.Kind == "military" || a.Actor.Inter is 2 or 3 && !a.Actor.IsGeneric && !a.Actor.IsUnidentified,
        "مقاومه" or "تحالف" => ArabicNormalizer.Matching.Normalize(a.Surface).Contains(lemma, StringComparison.Ordinal),
        // ("طائرات التحالف شنت غارات … كما جددت الطائرات قصف مبنى": the aircraft last named, whoever flies them)
        "طايرات" or "مقاتلات" or "طيران" => a.Actor.Air || Flying(a.Surface),
        _ => a.Actor.Kind is "political_militia" or "identity_militia",
    };

    private static bool Flying(string surface)
    {
        string name = ArabicNormalizer.Matching.Normalize(surface);
        return name.Contains("طاير") || name.Contains("مقاتلات") || name.Contains("طيران") || name.Contains("مروحي");
    }

    /// <summary>The state forces whose fire the sentence tells of: "برصاص الجيش الإسرائيلي", "بنيران قوات الأمن".</summary>
    public IReadOnlyList<ActorRef> ShootersIn(Sentence s)
    {
        List<ActorRef>? found = null;
        for (int i = s.FirstToken; i + 1 < s.EndToken; i++)
            if (Tokens[i].Norm is "برصاص" or "بنيران" or "برصاصه")
                foreach (var a in Within(_actors, a => a.FirstToken, i + 1, i + 3))
                    if (a.Actor.IsState) (found ??= new List<ActorRef>()).Add(a.Actor);
        return found ?? (IReadOnlyList<ActorRef>)Array.Empty<ActorRef>();
    }

    /// <summary>The actor most mentioned in the article that is not <paramref name="actor"/>, its allies or civilians.</summary>
    public ActorRef? MostMentionedOpponent(ActorRef actor, HashSet<string> allies)
    {
        string key = actor.PlainName + "|" + string.Join("|", allies.Order(StringComparer.Ordinal));
        if (!_opponents.TryGetValue(key, out var opponent)) _opponents[key] = opponent = FindOpponent(actor, allies);
        return opponent;
    }

    private readonly Dictionary<string, ActorRef?> _opponents = new(StringComparer.Ordinal);

    private ActorRef? FindOpponent(ActorRef actor, HashSet<string> allies) =>
        _actors.Where(a => a.Actor.PlainName != actor.PlainName && !allies.Contains(a.Actor.PlainName) && a.Actor.Inter is not (7 or 6)
                           && Fights(a.Actor)
                           && !Sides.Allied(a.Actor, actor)
                           // another force of the same country is an opponent only when the sides table says so — or
                           // when one is the state and the other rebels against it (Boko Haram and Nigeria's army)
                           && (a.Actor.Country != actor.Country || a.Actor.Country is null || Sides.Knows(a.Actor) && Sides.Knows(actor)
                               || a.Actor.IsState && actor.Inter == 2 || actor.IsState && a.Actor.Inter == 2))
            .GroupBy(a => a.Actor.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First().Actor).FirstOrDefault();

    // Who takes the field: not a government, the UN or the African Union as bodies ("أعلنت الأمم المتحدة …" names no
    // one's enemy).
    public static bool Fights(ActorRef a) => a.Kind != "government" && a.Id is not ("un" or "au");

    /// <summary>The actor as coded for an event in <paramref name="iso2"/>: generic country filled in, foreign forces inter 8.</summary>
    public ActorRef? Code(ActorRef? actor, string? iso2)
    {
        if (actor is null) return null;
        if (iso2 is not null && actor.IsGeneric) actor = _catalog.ResolveGenericByPlace(actor, iso2, Document.Published?.Year);
        // (a generic group the article's country was filled in for is of the event's country)
        else if (iso2 is not null && actor.FilledFrom is { } generic && actor.Country != iso2) actor = _catalog.ResolveGenericCountry(generic, iso2, Document.Published?.Year);
        // (Al Qaeda in Yemen is its branch there, ACLED's Al Qaeda in the Arabian Peninsula)
        else if (iso2 is not null && _catalog.BranchIn(actor, iso2, Document.Published?.Year) is { } branch) actor = branch;
        // ("شن طيران التحالف الدولي الذي تقوده المملكة سلسلة غارات على … الضالع": the coalition that fights in Yemen is the
        // Saudi-led one, whatever the press calls it — the US-led one flies over Syria and Iraq)
        else if (iso2 is "YE" && actor.Id == "coalition-us" && _catalog.TryGet("coalition-saudi", Document.Published?.Year, out var saudiLed)) actor = saudiLed;
        return actor.WithEventCountry(iso2);
    }
}
