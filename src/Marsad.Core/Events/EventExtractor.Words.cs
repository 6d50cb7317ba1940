using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

// The word tests of the event stage: what a trigger's neighbours say of it — air or ground, explosives defused, an
// attack flown, a civilian killed, a charge or a politician's case — each a short scan of the sentence's tokens.
public sealed partial class EventExtractor
{
    // "… غارات طائرات التحالف … . وأشار إلى أن القصف تركز على …": "القصف" with nothing of its kind in its sentence
    // is the bombardment just told of; when that was from the air, so is this.
    private static bool RefersBackToAirStrikes(Document document, Sentence sentence, TriggerMention trigger)
    {
        if (trigger.FirstToken != trigger.LastToken || document.Tokens[trigger.FirstToken].Form.Analysis is not { HasArticle: true }) return false;
        if (!trigger.Entries.All(e => e.IsStrike)) return false;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (GroundWord(document.Tokens[i])) return false;
        foreach (var t in document.Triggers)
        {
            if (t.Sentence >= sentence.Index) break;
            // (not "الفصائل المقاتلة", the fighting factions: no fighter jet)
            if (t.Sentence >= sentence.Index - 2 && t.Entries.Any(e => e.SubEventType == AcledTaxonomy.AirStrike)
                && !ExtractionContext.FightingGroupsAdjective(document.Tokens, t.FirstToken, document.Sentences[t.Sentence].FirstToken)) return true;
        }
        return false;
    }

    // A chemical attack phrase with the place it struck after it, or a place that underwent it.
    private static bool ChemicalAttackAtAPlace(ExtractionContext context, Sentence sentence, TriggerMention anchor, TriggerMention trigger, TriggerEntry entry) =>
        entry.SubEventType == "Chemical weapon" && entry.Pos == "phrase" && AttackNouns.Contains(BareLemma(context.Document.Tokens[trigger.FirstToken]))
        && (context.PlacesFor(sentence, anchor, trigger).Any(p => p.FirstToken > trigger.LastToken && p.FirstToken < sentence.EndToken)
            || context.PlaceUnderwent(trigger.Span));

    // "وقد استهدف قصف جوي ومدفعي المدينة", "تعرضت مدينة دوما لقصف جوي": a strike told as hitting a town is one whoever
    // carried it out (an unidentified force: FillOpponent).
    private static bool StrikeOnAPlace(ExtractionContext context, TriggerMention trigger, TriggerEntry entry) =>
        entry.IsBombardment && (context.StruckTown(trigger.Span) || context.PlacedAndDated(trigger.Span) || context.KilledInAStrikeOnATown(trigger.Span));

    // "وكانت طائرة استطلاع قصفت موقعا ببيت لاهيا", "شنت طائرات حربية غارات": an air strike phrase that names the
    // aircraft that struck has a striker, whoever flies them — the air force the article shows flying (FromTheAir).
    private static bool AircraftStruck(Document document, TriggerMention trigger, TriggerEntry entry)
    {
        // ("كما استهدفت المقاتلات مركبات عسكرية": and a verb of striking whose subject, right after it, is the aircraft)
        if (entry.IsStrike && entry.Pos == "verb" && trigger.LastToken + 1 < document.Tokens.Count
            && AircraftNouns.Contains(document.Tokens[trigger.LastToken + 1].LemmaWithoutArticle)) return true;
        // ("أن طائرة عسكرية استهدفت تسعة أهداف في قطاع غزة": or whose subject, right before it, is — only adjectives of it
        // between, "حربية", "إسرائيلية"; not "حظر الطيران وسيتم استهدافها", "بالمروحية التي تم استهدافها")
        if (entry.IsStrike && entry.Pos == "verb")
            for (int k = trigger.FirstToken - 1; k >= Math.Max(0, trigger.FirstToken - 3) && document.Tokens[k].Kind == TokenKind.ArabicWord; k--)
            {
                var word = document.Tokens[k];
                if (AircraftNouns.Contains(word.LemmaWithoutArticle) && !word.Norm.StartsWith('ب') && !word.Norm.StartsWith('ل')) return true;
                if (!(word.NormWithoutArticle is var adjective && (adjective.EndsWith("يه", StringComparison.Ordinal) || adjective == "مسيره"))) break;
            }
        if (entry.SubEventType != AcledTaxonomy.AirStrike || entry.Pos != "phrase" || trigger.LastToken == trigger.FirstToken) return false;
        for (int i = trigger.FirstToken; i <= trigger.LastToken; i++)
            if (AircraftNouns.Contains(document.Tokens[i].LemmaWithoutArticle)) return true;
        return false;
    }

    private static readonly HashSet<string> AircraftNouns = new(StringComparer.Ordinal)
    {
        "طايره", "طايرات", "مقاتلات", "مقاتله", "طيران", "مروحيات", "مروحيه",
    };

    // A verb of falling right after the shells ("قذائف مورتر قد سقطت", "صاروخ سقط") or its verbal noun right before
    // them ("سقوط قذيفة", "سقطت قذيفتان") — not the dead a strike "left fallen" ("أدى إلى سقوط قتلى").
    private static bool ShellsFell(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4); i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (FallingWords.Contains(tokens[i].Lemma) && tokens[i].Lemma != "سقوط") return true;
        }
        int before = trigger.FirstToken - 1;
        return before >= sentence.FirstToken && FallingWords.Contains(tokens[before].Lemma);
    }

    // "اعتراض ثلاثة صواريخ بالستية فوق الرياض ونجران وجازان": an interception of a missile or drone (a count may come
    // between) over, or in the skies of, a place — told in a spokesman's statement with no interceptor named.
    private static bool StoppedOverAPlace(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        int weapon = -1;
        // (the phrase may hold the weapon itself: "اعتراض صاروخ باليستي")
        for (int i = trigger.FirstToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4); i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (InterceptedWeapons.Contains(tokens[i].Lemma)) { weapon = i; break; }
        }
        if (weapon < 0) return false;
        // ("إسقاط إسرائيل لطائرة سورية فوق الجولان": a name right after the act is whose act it was — not this)
        if (document.Actors.Exists(a => a.FirstToken == trigger.LastToken + 1)) return false;
        // (the place named right after the word of the sky: "فوق مرتفعات"/"باتجاه المملكة" name none)
        for (int i = weapon + 1; i < Math.Min(sentence.EndToken - 1, weapon + 8); i++)
            if (SkyWords.Contains(tokens[i].Lemma))
            {
                // ("فوق مدينة حلب": a word for a kind of place may come first)
                int at = i + 1 < sentence.EndToken && PlaceKindWords.Contains(tokens[i + 1].Lemma) ? i + 2 : i + 1;
                return document.Places.Exists(p => p.FirstToken == at && p is { IsResolved: true, GeoPrecision: 1 });
            }
        return false;
    }

    // "انفجار صاروخ من مخلفات الاحتلال الإسرائيلي", "انفجار لغم من مخلفات قوات الحوثي": the force that left the weapon
    // behind, named right after "مخلفات" a few words after the blast.
    private static ActorMention? LeftBehindBy(ExtractionContext context, Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int k = trigger.LastToken + 1; k < sentence.EndToken && k <= trigger.LastToken + 4; k++)
        {
            var token = document.Tokens[k];
            if (token.Kind == TokenKind.Punctuation) return null;
            if (token.NormWithoutWa is not ("مخلفات" or "بمخلفات" or "لمخلفات")) continue;
            return context.ActorsAround(k + 1).FirstOrDefault(a => a.FirstToken == k + 1 && a.Actor.Inter is 1 or 2 or 3 or 4 or 8);
        }
        return null;
    }

    // "عن" (from work, from food) within five words after the verb of striking.
    private static bool StoppedFrom(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int k = trigger.LastToken + 1; k < sentence.EndToken && k <= trigger.LastToken + 5; k++)
            if (document.Tokens[k].Norm == "عن") return true;
        return false;
    }

    // "خلايا تابعة لتنظيم داعش", "عناصر مرتبطة بالتنظيم": an armed group named as what men or cells belong to.
    private static bool AffiliatedBefore(Document document, Sentence sentence, ActorMention group)
    {
        for (int k = group.FirstToken - 1; k >= sentence.FirstToken && k >= group.FirstToken - 2; k--)
            if (AffiliationWords.Contains(document.Tokens[k].NormWithoutWa)) return true;
        return false;
    }

    private static readonly HashSet<string> AffiliationWords = new(StringComparer.Ordinal)
    {
        "تابعه", "التابعه", "تابعين", "تابع", "التابع", "مرتبطه", "المرتبطه", "مرتبطين", "المرتبطين", "ينتمي", "تنتمي", "ينتمون",
        "موالين", "الموالين", "منتمين", "المنتمين",
    };

    // Nouns of arresting (the verbal noun, not the verb: its agent is not the word before it)
    private static readonly HashSet<string> ArrestNouns = new(StringComparer.Ordinal) { "اعتقال", "توقيف", "احتجاز", "ايقاف" };

    // The last word of a cell or network brought down ("الإطاحة بتنظيم", "تفكيك خلية"), normalised, و off.
    private static readonly HashSet<string> CellNouns = new(StringComparer.Ordinal)
    {
        "خليه", "خلايا", "شبكه", "تنظيم", "بخليه", "بخلايا", "بشبكه", "بتنظيم",
    };

    private static readonly HashSet<string> PlaceKindWords = new(StringComparer.Ordinal) { "مدينه", "بلده", "منطقه", "محافظه", "قريه", "العاصمه", "عاصمه" };

    // "صاروخ باليستي اعترضته الدفاعات الجوية": the name right after a verb of stopping that takes the weapon before it as
    // its object ("ـه", "ـها"), a few words on in its clause.
    private static bool StoppedTheWeaponBefore(Document document, TriggerMention weapon, ActorMention named)
    {
        int verb = named.FirstToken - 1;
        if (verb <= weapon.LastToken || verb - weapon.LastToken > 6) return false;
        // (a weapon of its own, indefinite: "بقايا الصواريخ التي اعترضتها قوات الدفاع الجوي" shows ones stopped before)
        if (document.Tokens[weapon.FirstToken].Form.Analysis is { HasArticle: true }) return false;
        for (int k = weapon.LastToken + 1; k < verb; k++)
            if (document.Tokens[k].Kind == TokenKind.Punctuation || document.Tokens[k].Kind == TokenKind.ArabicWord && document.Tokens[k].StartsWithWa) return false;
        return document.Tokens[verb].Norm is "اعترضته" or "اعترضتها" or "اسقطته" or "اسقطتها" or "دمرته" or "دمرتها" or "اعترضه" or "اعترضها";
    }

    // "صاروخ باليستي أطلقه الحوثيون": the name right after a verb of launching is who fired the weapon.
    private static bool Launched(Document document, ActorMention? named) =>
        named is not null && named.FirstToken > 0 && document.Tokens[named.FirstToken - 1].Lemma.StartsWith("اطلق", StringComparison.Ordinal);

    private static readonly HashSet<string> InterceptedWeapons = new(StringComparer.Ordinal)
    {
        "صاروخ", "صاروخا", "صاروخين", "صواريخ", "طايره", "طايرتين", "طايرات", "مسيره", "مسيرتين", "مسيرات", "قذيفه", "قذايف",
    };

    // "فوق الرياض", "في أجواء جازان", "في سماء نجران": where in the air a weapon was stopped; "أطلقه الحوثيون باتجاه
    // جازان": where it flew to.
    private static readonly HashSet<string> SkyWords = new(StringComparer.Ordinal) { "فوق", "اجواء", "سماء", "اتجاه", "نحو" };

    // A verb of shaking right before the explosions ("هزت سلسلة انفجارات") or right after them ("انفجارات قوية هزت").
    private static bool Shook(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        // (a count between: "دوت 3 انفجارات")
        int before = PastTheCountEndingAt(document, trigger.FirstToken - 1);
        if (before >= sentence.FirstToken && ShakingWords.Contains(tokens[before].Lemma)) return NotAnAirRaid(document, sentence, tokens[before]);
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4); i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (ShakingWords.Contains(tokens[i].Lemma)) return NotAnAirRaid(document, sentence, tokens[i]);
        }
        return false;
    }

    // Blasts that boomed as aircraft flew over are their strikes ("انفجارات دوت … بالتزامن مع تحليق مكثف لطيران التحالف");
    // a verb of shaking is not so bounded.
    private static bool NotAnAirRaid(Document document, Sentence sentence, Token shaking) =>
        !BoomingWords.Contains(shaking.Lemma) || !AircraftOverhead(document, sentence);

    // ("دوت 3 انفجارات بمحيط مدينة الشيخ زويد": explosions that boomed there — the feminine verbs only: "دوي" is as
    // often the noun of a sound heard, "سماع دوي انفجارات", what an air raid makes too)
    private static readonly HashSet<string> BoomingWords = new(StringComparer.Ordinal) { "دوت", "تدوي", "ودوت", "وتدوي" };

    private static readonly HashSet<string> ShakingWords = new(new[] { "هز", "هزت", "تهز", "يهز", "هزا", "هزتا" }.Concat(BoomingWords), StringComparer.Ordinal);

    // Aircraft, their flight or their raids named in the sentence.
    private static bool AircraftOverhead(Document document, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (DefiniteArticle.Off(BareLemma(document.Tokens[i])) is "طيران" or "تحليق" or "طايرات" or "طايره" or "مقاتلات" or "غارات" or "غاره" or "مروحيات")
                return true;
        return false;
    }

    // ("واستهدف انفجار الثلاثاء موكب الحمد الله في بيت حانون", "انفجار استهدف مستشفى إدلب"): an explosion that targeted
    // something was set off at it — not a missile's ("إن الانفجار استهدف المطار بصاروخ") nor a dropped bomb's.
    private static bool TargetedBlast(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        if (!BareLemma(tokens[trigger.FirstToken]).Contains("انفجار", StringComparison.Ordinal)) return false;
        bool targeted = trigger.FirstToken - 1 >= sentence.FirstToken && TargetingWords.Contains(BareLemma(tokens[trigger.FirstToken - 1]))
                        || trigger.LastToken + 1 < sentence.EndToken && TargetingWords.Contains(BareLemma(tokens[trigger.LastToken + 1]));
        return targeted && !StruckFromAfar(document, sentence);
    }

    // A missile, an air strike, an aircraft or a shell named in the sentence: a blast there may be theirs.
    private static bool StruckFromAfar(Document document, Sentence sentence) =>
        AnyWordOf(document, sentence, t => IsMissileWord(t) || BareLemma(t) is "غاره" or "غارات" or "طايره" or "طايرات" or "قذيفه" or "قذايف");

    // An aircraft of any kind named in the sentence ("الهجوم استهدف المروحية"): an attack there may be fired at or from it.
    private static bool AircraftNamed(Document document, Sentence sentence) =>
        AnyWordOf(document, sentence, t => AircraftNouns.Contains(t.LemmaWithoutArticle));

    // (the tests capture nothing: one cached delegate each, no closure per call)
    private static bool AnyWordOf(Document document, Sentence sentence, Func<Token, bool> test)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (test(document.Tokens[i])) return true;
        return false;
    }

    // ("انفجارا في بلدة سروج … أسفر عن مقتل 30 شخصا", "انفجار ضخم أدى إلى مقتل"): an explosion whose dead its clause
    // tells as what it brought about was set off to kill — not a gas cylinder's, a mine left from a war or a depot's
    // blast, nor one a missile, a raid or shelling caused.
    private static bool BlastThatKilled(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        if (BareLemma(tokens[trigger.FirstToken]) is not ("انفجار" or "انفجارا" or "الانفجار")) return false;
        if (StruckFromAfar(document, sentence) || MishapOrShellingIn(document, sentence)) return false;
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken - 2, trigger.LastToken + 16); i++)
        {
            if (tokens[i].Norm is "،" or "," or "." or "؛" or ":") return false;
            if (!BlastResultVerbs.Contains(BareLemma(tokens[i]))) continue;
            return document.Cues.Find(CueClass.Killed, i + 1, Math.Min(sentence.EndToken, i + 4)) is not null;
        }
        return false;
    }

    // ("إن ثلاثة أشخاص قتلوا … في انفجار وقع عند مركز للشرطة", "قتل 18 شخصا … في انفجار بحي مدينة الصدر"): the people
    // counted dead before an explosion they died in — a new one, indefinite — were whom it hit, set off to kill; not a gas
    // cylinder's or a depot's blast, nor one a missile, a raid or shelling caused.
    private static bool DiedInABlast(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        var blast = tokens[trigger.FirstToken];
        if (BareLemma(blast) is not ("انفجار" or "انفجارين") || blast.Form.Analysis is { HasArticle: true }) return false;
        bool diedIn = blast.Form.Analysis is { Proclitics: var clitics } && clitics.Contains("ب")
                      || trigger.FirstToken - 1 >= sentence.FirstToken && tokens[trigger.FirstToken - 1].Norm == "في";
        return diedIn && document.Cues.Find(CueClass.Killed, sentence.FirstToken, trigger.FirstToken) is not null
               && !StruckFromAfar(document, sentence) && !MishapOrShellingIn(document, sentence);
    }

    // A word of mishap ("انفجار اسطوانة غاز", "مخلفات الحرب") or of shelling in the sentence: a blast no one set off to kill.
    private static bool MishapOrShellingIn(Document document, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (AccidentalBlastWords.Contains(BareLemma(document.Tokens[i])) || BareLemma(document.Tokens[i]) == "قصف") return true;
        return false;
    }

    // Who or what a suicide attack is carried by or done as: "المرأة الانتحارية", "المهاجم الانتحاري", "السيارة الانتحارية".
    private static readonly HashSet<string> SuicideCarriers = new(StringComparer.Ordinal)
    {
        "مراه", "فتاه", "شاب", "رجل", "شخص", "عنصر", "مهاجم", "ارهابي", "مسلح", "مقاتل", "طفل", "صبي", "فتي", "سيده", "امراه",
        "سياره", "شاحنه", "دراجه", "عربه", "اليه", "حافله", "هجوم", "عمليه", "تفجير", "اعتداء", "هجمات", "عمليات", "تفجيرات",
        "مفجر", "منفذ", "داعشي", "شابه", "انتحاري", "انتحاريه", "انفجار", "قاتل", "مجرم", "جاني", "انغماسي",
    };

    private static readonly HashSet<string> BlastResultVerbs = new(StringComparer.Ordinal)
    {
        "اسفر", "اسفرت", "ادي", "ادت", "اودي", "اودت", "خلف", "خلفت", "اوقع", "اوقعت",
    };

    // What blows up by mishap or long after a war: no one's attack.
    private static readonly HashSet<string> AccidentalBlastWords = new(StringComparer.Ordinal)
    {
        "غاز", "الغاز", "اسطوانه", "انبوب", "مصنع", "معمل", "مستودع", "مخزن", "ذخاير", "مخلفات", "عرضي", "ماس", "مولد", "صهريج",
        "وقود", "مفرقعات", "العاب",
    };

    private static readonly HashSet<string> TargetingWords = new(StringComparer.Ordinal) { "استهدف", "استهدفت", "يستهدف", "تستهدف" };

    private static readonly HashSet<string> FallingWords = new(StringComparer.Ordinal)
    {
        "سقط", "سقطت", "سقطا", "سقطتا", "سقطوا", "تسقط", "يسقط", "تساقطت", "سقوط",
    };

    // The nouns of a chemical attack phrase ("هجوم كيماوي", "قصف بالكلور"), not of a use of chemical weapons in general.
    private static readonly HashSet<string> AttackNouns = new(StringComparer.Ordinal)
    {
        "هجوم", "هجوما", "هجمات", "هجمه", "قصف", "ضربه", "غاره", "غارات",
    };

    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "جويه", "جوي", "يعتقد", "يرجح", "يشتبه", "رجح", "يبدو", "قيل",
    };

    private static bool AirAndGround(Document document, Sentence sentence, TriggerMention trigger)
    {
        bool air = false, ground = false;
        for (int i = trigger.FirstToken; i < Math.Min(sentence.EndToken, trigger.LastToken + 4); i++)
        {
            air |= AirWord(document.Tokens[i]);
            ground |= GroundWord(document.Tokens[i]);
        }
        return air && ground;
    }

    // The word before a checkpoint noun — past a number, "ثلاثة كمائن" — sets it up, or a passive of setting up follows it.
    private static bool CheckpointSetUp(Document document, int noun)
    {
        var tokens = document.Tokens;
        // ("كما أنشأت كمينا بمنطقة دوار القادود، والذي هاجمته عناصر مسلحة قبل يومين": the post, attacked, is the scene of
        // the attack the clause tells)
        for (int i = noun + 1; i < Math.Min(tokens.Count, noun + 10); i++)
            if (tokens[i].Norm is "هاجمته" or "هاجمه" or "هاجمها" or "استهدفه" or "استهدفته" or "استهدفها" or "تعرض" or "وتعرض") return false;
        int k = noun - 1;
        if (k > 0 && (tokens[k].Kind == TokenKind.Number || document.Numbers.Any(n => n.FirstToken <= k && n.LastToken >= k))) k--;
        if (k >= 0 && BareLemma(tokens[k]) is "انشاء" or "اقامه" or "نشر" or "تعزيز" or "زياده" or "وضع" or "سلسله") return true;
        if (k >= 0 && SettingUpVerb(tokens[k].Norm)) return true;
        for (int i = noun + 1; i < Math.Min(tokens.Count, noun + 4); i++)
            if (tokens[i].Norm is "انشاوها" or "انشاؤها" or "انشائها" or "اقامتها" or "انشاء" or "اقامه") return true;
        return false;
    }

    // أنشأ, أنشأت, وأنشأت, أقام, أقامت: a force setting up a post (not نصب, "نصبوا كمينا", an ambush laid)
    private static bool SettingUpVerb(string norm)
    {
        if (norm.Length > 4 && norm[0] == 'و') norm = norm[1..];
        return norm is "انشا" or "انشات" or "انشاوا" or "اقام" or "اقامت" or "اقاموا" or "تنشئ" or "ينشئ" or "تقيم" or "يقيم";
    }

    private static string BareLemma(Token token)
    {
        string lemma = token.Lemma;
        return lemma.StartsWith("ال", StringComparison.Ordinal) && lemma.Length > 4 ? lemma[2..] : lemma;   // "والبري" keeps its article
    }

    private static bool IsAirDefence(ActorMention a)
    {
        string name = ArabicNormalizer.Matching.Normalize(a.Surface);
        return name.Contains("الدفاع الجوي") || name.Contains("الدفاعات") || name.Contains("القبه الحديديه");
    }

    // Generic force words that name a weapon: artillery, warplanes, tanks.
    private static readonly HashSet<string> WeaponWords = new(StringComparer.Ordinal)
    {
        "مدفعيه", "طيران", "طايرات", "مقاتلات", "مروحيات", "دبابات", "راجمات",
    };

    private static bool AirWord(Token token) => StrikeAdjectives.IsAir(token);

    // "أحبطت محاولة تفجير", "تفكيك شبكات ألغام وعبوات ناسفة": the bomb, mine or blast named just after the word (its
    // token), else -1.
    // (not demining as a work begun, going on or asked for, "باشرت عمليات التمشيط ونزع الألغام", "تواصل فرق الهندسة نزع
    // الألغام": no one act)
    private static int ExplosivesAfter(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = Math.Max(sentence.FirstToken, trigger.FirstToken - 10); i < trigger.FirstToken; i++)
            if (OngoingWork.Contains(BareLemma(document.Tokens[i]))
                // (not a command's name: "أعلنت قيادة عمليات الأنبار إحباط محاولة")
                && !(i > sentence.FirstToken && BareLemma(document.Tokens[i - 1]) is "قياده" or "غرفه" or "مركز" or "خليه")) return -1;
        // (past the subject of a verb: "أحبطت قوات الجيش المصري محاولة تفجير"; or in the phrase, "تفكيك عبوة ناسفة")
        bool foiling = Foiling(document.Tokens[trigger.FirstToken]);
        if (trigger.FirstToken == trigger.LastToken && ExtractionContext.DestroyingWords.Contains(BareLemma(document.Tokens[trigger.FirstToken])))
            return BombsDestroyed(document, sentence, trigger);
        // ("اكتشفت 10 عبوات ناسفة", "ضبطت عربة مفخخة": a device found or seized is named at once as its object, past
        // the subject, and it is a bomb or mine — "اكتشف أن" found out)
        if (FoundOneWord(document, trigger))
        {
            // (the object is the first word past the subject and a count: "دمرت الدفاعات الجوية الروسية طائرتين مسيرتين";
            // "تدمير قاعدة إطلاق صواريخ" destroyed a base, struck)
            int i = trigger.LastToken + 1;
            bool subject = false;   // an actor's words passed (a count and على are not one)
            for (; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                if (token.Kind == TokenKind.Number || token.Norm == "علي") continue;
                // ("باكتشاف وتفجير 74 عبوة ناسفة": a second act joined by و shares the object)
                if (i == trigger.LastToken + 1 && token.StartsWithWa && JoinedActsOnDevices.Contains(BareLemma(token))) continue;
                if (!ExtractionContext.InAnActor(document, i)) break;
                subject |= token.Kind == TokenKind.ArabicWord;
            }
            if (i >= sentence.EndToken) return -1;
            // ("وضبطت عبوة ناسفة بحوزته": a verb with no subject before its device may have the device for its subject; the
            // noun, "اكتشاف 39 عبوة", names what was found)
            if (!subject && !BareLemma(document.Tokens[trigger.FirstToken]).StartsWith('ت') && !ActorJustBefore(document, sentence, trigger)) return -1;
            string obj = BareLemma(document.Tokens[i]);
            bool drone = obj is "طايره" or "طايرات" or "طايرتين" && i + 1 < sentence.EndToken
                         && BareLemma(document.Tokens[i + 1]) is "مسيره" or "مسيرتين" or "مسيرات" or "بدون" or "دون";
            return Devices.Contains(obj) || obj is "عربه" or "سياره" or "عربات" or "سيارات" && i + 1 < sentence.EndToken && Devices.Contains(BareLemma(document.Tokens[i + 1]))
                   || drone || obj is "مسيره" or "مسيرات" or "صاروخ" or "صاروخا" or "صواريخ" ? i : -1;
        }
        // ("إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة جنوبي الرمادي، بسيارتين مفخختين يقودهما انتحاريان": a plot
        // foiled names its bombs further on, before the sentence turns to another act)
        for (int i = trigger.FirstToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + (foiling ? 20 : 9)); i++)
        {
            if (foiling && document.Tokens[i].Norm is "بعد" or "فيما" or "بينما" or "لكن") break;
            if (Explosives.Contains(BareLemma(document.Tokens[i])) || foiling && BareLemma(document.Tokens[i]).StartsWith("انتحاري", StringComparison.Ordinal)) return i;
            // ("أحبطت قوات الأمن محاولة لتنفيذ هجمات إرهابية": a terror attack foiled is a plot's weapons stopped — named
            // soon after: "أحبط الجيش محاولة تسلل للحوثيين … كانت تنوي تنفيذ عمليات إرهابية" stopped an infiltration)
            if (i + 1 < sentence.EndToken && foiling && i < trigger.LastToken + 9 && BareLemma(document.Tokens[i]) is "هجمات" or "هجوم" or "هجوما" or "عمليه" or "عمليات"
                && BareLemma(document.Tokens[i + 1]) is "ارهابيه" or "ارهابي" or "ارهابيا") return i;
            // ("طائرتين دون طيار": an aircraft without a pilot is a drone)
            if (document.Tokens[i].Norm == "طيار" && document.Tokens[i - 1].Norm is "دون" or "بدون") return i;
        }
        return -1;
    }

    // "دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة", "تمكنت من تدمير خمس عجلات مفخخة": a bomb or car bomb the
    // object of destroying, past the verb's subject and its count — not the blast that destroyed something ("دمر
    // انفجار شاحنة مفخخة حيا سكنيا"), nor other things a strike destroyed ("دمرت نقطة تفتيش … وموقعا لإطلاق قذائف"),
    // nor a car bomb a strike destroyed ("وتدمير سيارة مفخخة بقصف لطيران التحالف": the strike is the event); -1 when none
    private static int BombsDestroyed(Document document, Sentence sentence, TriggerMention trigger)
    {
        int i = trigger.LastToken + 1;
        bool subject = false;
        for (; i < sentence.EndToken; i++)
        {
            if (ExtractionContext.InAnActor(document, i)) subject = true;
            else if (document.Tokens[i].Kind != TokenKind.Number && !document.Numbers.Exists(n => n.FirstToken <= i && i <= n.LastToken)) break;
        }
        if (i >= sentence.EndToken) return -1;
        // (a finite verb has its subject passed, before it or in its ending — "ودمرت سيارة مفخخة مطعما": the car bomb the
        // subject, the restaurant what it destroyed)
        if (BareLemma(document.Tokens[trigger.FirstToken]) is "دمر" or "دمرت" && !subject && !ActorJustBefore(document, sentence, trigger)) return -1;
        int bomb = Devices.Contains(BareLemma(document.Tokens[i])) ? i
                   : BombVehicles.Contains(BareLemma(document.Tokens[i])) && i + 1 < sentence.EndToken && Devices.Contains(BareLemma(document.Tokens[i + 1])) ? i + 1
                   : -1;
        if (bomb < 0) return -1;
        for (int k = bomb + 1; k < Math.Min(sentence.EndToken, bomb + 5); k++)
            if (BareLemma(document.Tokens[k]) is "قصف" or "غاره" or "غارات" or "ضربه" or "ضربات" or "طيران" or "الطيران") return -1;
        return bomb;
    }

    // "40 لغما", "سبع عبوات", "خمس عجلات مفخخة", "عبوتين": the bombs or mines at token <paramref name="at"/> have their number.
    private static bool DevicesCounted(Document document, int at)
    {
        // (bombs and mines: a missile or drone stopped is a weapon in the air, its stopper found otherwise — StoppedOverAPlace)
        // ("الألغام": its bare lemma "غام", the article off twice)
        if (!Devices.Contains(BareLemma(document.Tokens[at])) && !DualDevices.Contains(BareLemma(document.Tokens[at])) && BareLemma(document.Tokens[at]) != "غام") return false;
        for (int k = at; k >= Math.Max(0, at - 2); k--)
        {
            // ("نزع مئات الألغام", "عشرات الألغام الأرضية": a count in words of tens or hundreds)
            if (k < at && (document.Tokens[k].Kind == TokenKind.Number || document.Numbers.Exists(n => n.LastToken == k)
                           || document.Tokens[k].Norm is "عشرات" or "مئات" or "الاف")) return true;
            if (DualDevices.Contains(BareLemma(document.Tokens[k]))) return true;
            if (k < at && !BombVehicles.Contains(BareLemma(document.Tokens[k]))) return false;
        }
        return false;
    }

    private static readonly HashSet<string> DualDevices = new(StringComparer.Ordinal)
    {
        "عبوتين", "عبوتان", "لغمين", "لغمان", "قنبلتين", "قنبلتان", "سيارتين", "عجلتين", "عربتين", "مركبتين",
    };

    // "تدمير", "نزع", "استخراج": words that defuse only a bomb or mine named as their object ("تدمير مواقع صواريخ" was a
    // strike's doing, "نزع السلاح" no bomb's)
    private static bool OnlyOnDevices(Document document, TriggerMention trigger) =>
        trigger.FirstToken == trigger.LastToken && BareLemma(document.Tokens[trigger.FirstToken]) is var w
        && (ExtractionContext.DestroyingWords.Contains(w) || w is "نزع" or "نزعت" or "نزعوا" or "استخراج" or "استخرجت");

    private static readonly HashSet<string> BombVehicles = new(StringComparer.Ordinal)
    {
        "سياره", "سيارات", "سيارتين", "عربه", "عربات", "عربتين", "عجله", "عجلات", "عجلتين", "مركبه", "مركبات", "مركبتين", "شاحنه", "شاحنات",
        "صهريج", "دراجه", "منزل", "منازل",
    };

    private static readonly HashSet<string> JoinedActsOnDevices = new(StringComparer.Ordinal)
    {
        "تفجير", "تفكيك", "ابطال", "تدمير", "اتلاف", "ضبط", "نزع", "ازاله",
    };

    // The one word of finding or seizing ("اكتشفت", "ضبط", "عثرت على").
    private static bool FoundOneWord(Document document, TriggerMention trigger) =>
        (trigger.FirstToken == trigger.LastToken || trigger.LastToken == trigger.FirstToken + 1 && document.Tokens[trigger.LastToken].Norm.StartsWith("علي", StringComparison.Ordinal))
        && FoundOrDestroyed.Contains(BareLemma(document.Tokens[trigger.FirstToken]));


    // A named actor at most four words before the verb in its sentence ("الجيش المصري اكتشف", "أن قواته اكتشفت"): any
    // actor, near — not the context's SubjectBefore, the armed side last named in the clause.
    private static bool ActorJustBefore(Document document, Sentence sentence, TriggerMention trigger)
    {
        foreach (var a in document.Actors)
            if (a.LastToken < trigger.FirstToken && a.FirstToken >= sentence.FirstToken && trigger.FirstToken - a.LastToken <= 4) return true;
        return false;
    }

    private static readonly HashSet<string> FoundOrDestroyed = new(StringComparer.Ordinal)
    {
        "اكتشف", "اكتشفت", "اكتشفوا", "اكتشاف", "عثر", "عثرت", "عثروا", "العثور", "عثور", "ضبط", "ضبطت", "ضبطوا",
    };

    // Bombs and mines (not missiles or drones, which are struck or shot down).
    private static readonly HashSet<string> Devices = new(StringComparer.Ordinal)
    {
        "عبوه", "عبوات", "لغم", "الغام", "لغما", "ناسفه", "مفخخه", "مفخخات", "قنبله", "قنابل", "احزمه", "حزام", "متفجرات",
    };

    // "تفجير 163 عبوة ناسفة", "وتفجير عدد (101) عبوة": the word of blowing up that is the trigger, or that the devices
    // follow (past their count) — not "انفجار", which went off by itself; -1 when none
    private static int BlowingUpAt(Document document, Sentence sentence, TriggerMention trigger)
    {
        int k = trigger.FirstToken;
        if (Detonation(document.Tokens[k])) return k;
        // (back past the count — "تفجير 163 عبوة", "وتفجير عدد (101) عبوة" — and the verb's subject, "فجرت قوات الأمن سبع
        // عبوات ناسفة", to the first other word)
        for (k--; k >= sentence.FirstToken; k--)
        {
            var t = document.Tokens[k];
            if (t.Kind == TokenKind.Number || t.Norm == "عدد" || t.Surface is "(" or ")" || ExtractionContext.InAnActor(document, k)
                || document.Numbers.Exists(n => n.FirstToken <= k && k <= n.LastToken)) continue;
            return Detonation(t) ? k : -1;
        }
        return -1;
    }

    // "ان عدد الأسرى من المتمردين بلغ 120، احتجزتهم قوات المقاومة", "احتجزوا الكثير من المقاتلين": captives of the
    // fighting an armed group holds are fighters taken in battle, no civilians abducted.
    private static bool CaptivesOfTheFight(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int k = Math.Max(sentence.FirstToken, trigger.FirstToken - 8); k < trigger.FirstToken; k++)
            if (BareLemma(document.Tokens[k]) is "اسري" or "اسيرا" or "اسيرين") return true;
        // ("احتجزوا الكثير من المقاتلين الإيرانيين في جبهات القتال": fighters the verb holds, its object past a quantity)
        for (int k = trigger.LastToken + 1; k < Math.Min(sentence.EndToken, trigger.LastToken + 5); k++)
            if (BareLemma(document.Tokens[k]) is "مقاتلين" or "مقاتلي" or "مسلحي" or "مسلحين") return true;
        return false;
    }

    private static bool Detonation(Token t) => BareLemma(t) is "تفجير" or "فجر" or "فجرت" or "فجروا";

    /// <summary>
    /// The force did the blowing up at token <paramref name="d"/>: it managed to ("تمكنوا من تفجير"), undertook it
    /// ("قيام عناصر المهندسين … بتفجير"), found or defused the devices in the same breath ("اكتشفوا وفككوا وفجروا",
    /// "باكتشاف وتفجير"), or is the verb's subject right beside it ("فجرت قوات الأمن", "الجيش فجر"). A force named
    /// elsewhere (the statement's author, not <paramref name="beside"/> the act) only by the first three.
    /// </summary>
    private static bool ForceBlewUp(Document document, Sentence sentence, int d, ActorMention force, bool beside)
    {
        var tokens = document.Tokens;
        bool verb = BareLemma(tokens[d]) is "فجر" or "فجرت" or "فجروا";
        if (beside && verb && (force.FirstToken == d + 1 || force.LastToken == d - 1)) return true;
        if (beside && force.LastToken >= d) return false;
        if (d - 1 >= sentence.FirstToken && tokens[d - 1].Norm == "من")
            for (int k = d - 2; k >= sentence.FirstToken && k >= d - 5; k--)
                if (BareLemma(tokens[k]) is var w && (w.StartsWith("تمكن", StringComparison.Ordinal) || w.StartsWith("نجح", StringComparison.Ordinal))) return true;
        if (tokens[d].HasProclitic("ب"))
            for (int k = d - 1; k >= sentence.FirstToken && k >= d - 6; k--)
                if (BareLemma(tokens[k]) is "قيام" or "قام" or "قامت" or "قاموا") return true;
        // (a word of finding or defusing just before, joined by و)
        for (int k = d - 1; k >= sentence.FirstToken && k >= d - 3 && tokens[k + 1].StartsWithWa; k--)
            if (FoundOrDestroyed.Contains(BareLemma(tokens[k])) || BareLemma(tokens[k]) is "تفكيك" or "فكك" or "فككت" or "فككوا" or "فككو") return true;
        return false;
    }

    // "وخرج الآلاف في مدن البصرة والناصرية، وامتدت التظاهرات إلى بغداد": a crowd gathering that the sentence goes on to call
    // protests is one, in the towns it names, though no protester is named (the protest word is the strong trigger after)
    private static bool GatheringCalledProtests(Document document, List<TriggerMention> sentenceTriggers, TriggerMention trigger) =>
        trigger.Entries.Any(e => e is { EventType: AcledTaxonomy.Protests, Pos: "phrase" }) && GatheringVerbs.Contains(document.Tokens[trigger.FirstToken].Lemma)
        && (sentenceTriggers.Exists(o => o.FirstToken > trigger.LastToken && !o.IsWeak && o.Entries.All(e => e.EventType == AcledTaxonomy.Protests))
            || GatheredToDemand(document, trigger));

    // ("تجمع المئات في ساحة التحرير للمطالبة بمحاسبة الفاسدين", "وطالبوا بإقالة المحافظ", "رافعين لافتات"): a crowd
    // gathered to demand, denounce or protest, in the words that follow it in its sentence, is out protesting.
    private static bool GatheredToDemand(Document document, TriggerMention trigger)
    {
        for (int i = trigger.LastToken + 1; i < Math.Min(document.Tokens.Count, trigger.LastToken + 10); i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Surface is "." or "؟" or "!") return false;
            if (!Demands.Contains(token.Norm)) continue;
            // (not a release demanded — "للمطالبة بالإفراج عن أتباع طريقتهم المحتجزين": the detention the sentence's strong
            // word tells is an act of its own, which the crowd's would outrank in the clause)
            return !(i + 1 < document.Tokens.Count && document.Tokens[i + 1].Norm is "بالافراج" or "باطلاق" or "بالاطلاق");
        }
        return false;
    }

    private static readonly HashSet<string> Demands = new(StringComparer.Ordinal)
    {
        "للمطالبه", "وللمطالبه", "مطالبين", "وطالبوا", "طالبوا", "احتجاجا", "تنديدا", "للتنديد", "للاحتجاج", "رافعين", "مرددين", "وهتفوا", "هاتفين",
        "تضامنا", "دعما",
        // (protesting, said of the crowd itself: "خرجوا إلى الشوارع محتجين على بناء الحاجز")
        "محتجين", "محتجون", "متظاهرين",
    };

    private static bool Foiling(Token t) => ExtractionContext.FoilingWords.Contains(BareLemma(t));

    private static readonly HashSet<string> OngoingWork = new(StringComparer.Ordinal)
    {
        "عمليات", "مهمه", "جهود", "برنامج", "باشرت", "باشر", "بدات", "بدا", "شرعت", "شرع", "تواصل", "يواصل", "يستمر", "تستمر",
        "تعمل", "يعمل", "يسعي", "تسعي", "تتم", "يتم", "استمرار", "مواصله",
        // (asked for: "يطالب سكان القرية الفرق الهندسية … بتفكيك حقول الألغام")
        "يطالب", "تطالب", "طالب", "طالبت", "دعا", "دعت", "يدعو", "تدعو",
    };

    // (and what is fired, for a form that intercepts: "اعترضت الدفاعات صاروخا باليستيا", "أحبطت هجوما بطائرة مسيرة")
    private static readonly HashSet<string> Explosives = new(StringComparer.Ordinal)
    {
        "تفجير", "عبوه", "عبوات", "عبوتين", "عبوتان", "لغم", "لغما", "لغمين", "الغام", "غام", "متفجرات", "ناسفه", "ناسف", "مفخخه", "مفخخات", "مفخختين", "مفخختان", "قنبله", "قنابل", "احزمه", "حزام",
        "صاروخ", "صاروخا", "صواريخ", "مقذوف", "مقذوفات", "قذيفه", "قذايف", "مسيره", "مسيرات",
    };

    // The verb's subject is an operation or an armed attack a few words before it, no punctuation between: "عملية أمنية
    // نفذتها قوات عراقية مشتركة استهدفت", "حملة عسكرية استهدفت".
    private static bool OperationTargeted(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = trigger.FirstToken - 1; i >= Math.Max(sentence.FirstToken, trigger.FirstToken - 7); i--)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            if (BareLemma(token) is "عمليه" or "حمله" && i + 1 < trigger.FirstToken
                && document.Tokens[i + 1].Norm is "امنيه" or "عسكريه" or "بريه" or "نوعيه" or "مشتركه" or "خاصه" or "استباقيه" or "نفذتها" or "شنتها")
                return true;
            // ("في هجوم مسلح استهدف مركزا للأمن في مدينة إسطنبول": an armed attack that targeted a force)
            if (BareLemma(token) is "هجوم" or "هجوما" && i + 1 < trigger.FirstToken && document.Tokens[i + 1].Norm is "مسلح" or "مسلحا" or "المسلح")
                return true;
        }
        return false;
    }

    // (<paramref name="missilesAreNoGroundWord"/>: "صاروخي" is a ground word for a strike's "قصف صاروخي", not for a
    // report of missiles, whose means the rest of the sentence must name)
    private static bool NamesGroundWeapon(Document document, Sentence sentence, bool missilesAreNoGroundWord = false)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (!(missilesAreNoGroundWord && IsMissileWord(document.Tokens[i]))
                && (GroundWord(document.Tokens[i]) || GroundWeapons.Contains(BareLemma(document.Tokens[i])))) return true;
        return false;
    }

    // "الهجوم الصاروخي", "صواريخ": a trigger that names missiles (not the rocket launchers or shells of the ground).
    private static bool NamesMissiles(Document document, TriggerMention trigger)
    {
        for (int i = trigger.FirstToken; i <= trigger.LastToken; i++)
            if (IsMissileWord(document.Tokens[i])) return true;
        return false;
    }

    private static bool IsMissileWord(Token token) =>
        BareLemma(token) is var w && (w.Contains("صاروخ", StringComparison.Ordinal) || w.Contains("صواريخ", StringComparison.Ordinal));

    // A verb whose subject right after it is a weapon of the ground: "قصفت المدفعية", "قصفت الدبابات".
    private static bool GroundSubject(Document document, Sentence sentence, TriggerMention trigger) =>
        trigger.FirstToken == trigger.LastToken && trigger.LastToken + 1 < sentence.EndToken
        && trigger.Entries.Any(e => e.Pos == "verb") && BareLemma(document.Tokens[trigger.LastToken + 1]) is "مدفعيه" or "مدافع" or "دبابات" or "راجمات";

    // "حاول المسلحون قصف مطار عدن الدولي بعد وصول الطائرة الثانية، بصواريخ الكاتيوشا": a strike verb whose instrument,
    // after it in its sentence, is a weapon of the ground was fired from the ground, whatever aircraft the sentence names.
    private static bool StruckWithGroundWeapon(Document document, Sentence sentence, TriggerMention trigger)
    {
        if (!trigger.Entries.Any(e => e.Pos == "verb")) return false;
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 14); i++)
        {
            var token = document.Tokens[i];
            if (!token.HasProclitic("ب")) continue;
            string word = BareLemma(token);
            if (GroundWeapons.Contains(word)
                || word is "صواريخ" or "صاروخ" && i + 1 < sentence.EndToken && BareLemma(document.Tokens[i + 1]) is "كاتيوشا" or "غراد")
                return true;
        }
        return false;
    }

    // Weapons fired from the ground: artillery, tanks, mortars, shells, rocket launchers.
    private static readonly HashSet<string> GroundWeapons = new(StringComparer.Ordinal)
    {
        "مدفعيه", "مدافع", "مدفع", "دبابه", "دبابات", "هاون", "قذايف", "قذيفه", "راجمات", "راجمه",
        // ("المعسكر الروسي المتمركز جنوبي حلفايا استهدف اللطامنة بصواريخ": fired from a camp on the ground)
        "معسكر", "المعسكر",
    };

    private static bool GroundWord(Token token) => StrikeAdjectives.IsGround(token);

    // An attack noun ("هجوم", "شن هجوما") with an aircraft named just before or after it.
    private bool AttackFlown(Document document, Sentence sentence, TriggerMention trigger)
    {
        bool attack = false;
        for (int i = trigger.FirstToken; i <= trigger.LastToken && !attack; i++)
            // ("طائرات تركية مقاتلة هاجمت معسكرات حزب العمال": or the verb of attacking)
            attack = BareLemma(document.Tokens[i]) is "هجوم" or "هجوما" or "هجمات" or "هجمه" or "هاجمت" or "هاجم" or "هاجموا" or "تهاجم" or "يهاجم";
        if (!attack) return false;
        for (int i = Math.Max(sentence.FirstToken, trigger.FirstToken - 6); i < Math.Min(sentence.EndToken, trigger.LastToken + 5); i++)
            // (not aircraft backing a ground attack: "شنت القوات، بإسناد من طائرات التحالف، هجوما")
            // (nor an air base taken: "شنت أمس هجوما واسعا لاستعادة القاعدة الجوية")
            if ((i < trigger.FirstToken || i > trigger.LastToken) && _airWords.Of(document.Tokens[i])
                && !(i > sentence.FirstToken && document.Tokens[i - 1].Norm == "من" || i - 1 > sentence.FirstToken && Backing(document.Tokens[i - 1]))
                && !(i > sentence.FirstToken && BareLemma(document.Tokens[i - 1]) is "قاعده" or "قواعد" or "مجال"))
                return true;
        return false;
    }

    // "من نوع إف 16", "من طراز "أباتشي"": the words from <paramref name="from"/> up to <paramref name="to"/> name an
    // aircraft's model — "من", "نوع" or "طراز", then a name of at most four tokens (letters, figures, quotes or a hyphen).
    private static bool ModelBetween(Document document, int from, int to)
    {
        var tokens = document.Tokens;
        if (to - from < 3 || to - from > 6 || tokens[from].Norm != "من" || tokens[from + 1].Norm is not ("نوع" or "طراز")) return false;
        for (int k = from + 2; k < to; k++)
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Surface is not ("\"" or "«" or "»" or "-" or "“" or "”")) return false;
        return true;
    }

    // Finite forms of the weak strike verbs (no verbal noun, no object pronoun): whose subject, if aircraft, struck.
    private static readonly HashSet<string> FiniteStrikeVerbs = new(StringComparer.Ordinal)
    {
        "استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "ضربت", "تضرب", "يضرب",
    };

    // The control noun ("السيطرة", "سيطرتها", "قبضتها") is the object of a finite verb of imposing it a few words
    // before, across the verb's subject: "أحكمت قوات الجيش السيطرة", "بسطت الوحدات سيطرتها".
    private static bool ControlImposed(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        if (BareLemma(tokens[trigger.FirstToken]) is not ("سيطره" or "سيطرته" or "سيطرتها" or "سيطرتهم" or "قبضته" or "قبضتها" or "قبضتهم"))
            return false;
        int verb = VerbBefore(tokens, sentence, trigger.FirstToken, 10, ImposingVerbs);
        // ("أحكم الجيش الوطني الليبي، السبت، سيطرته": the day set off by commas between the subject and its object)
        if (verb < 0 && DaySetOff(document, sentence, trigger.FirstToken) is var (open, _) && open >= 0)
            verb = VerbBefore(tokens, sentence, open, 10, ImposingVerbs);
        // ("انتزعت قوات الجيش الوطني، بإسناد من طيران التحالف العربي، السيطرة": the support set off by commas likewise)
        if (verb < 0 && SupportSetOff(document, sentence, trigger.FirstToken) is var supportOpen && supportOpen >= 0)
            verb = VerbBefore(tokens, sentence, supportOpen, 10, ImposingVerbs);
        // (not "الحصار الذي فرضته": a verb with its own object pronoun imposes something else)
        return verb >= 0 && tokens[verb].Form.Analysis?.Enclitic is null;
    }

    // A date between two punctuation marks that ends right before the token (", السبت، "): the marks' tokens, or -1.
    private static (int Open, int Close) DaySetOff(Document document, Sentence sentence, int before)
    {
        var tokens = document.Tokens;
        int close = before - 1;
        if (close <= sentence.FirstToken || tokens[close].Kind != TokenKind.Punctuation) return (-1, -1);
        foreach (var d in document.Dates)
            if (d.LastToken == close - 1 && d.FirstToken - 1 >= sentence.FirstToken && tokens[d.FirstToken - 1].Kind == TokenKind.Punctuation)
                return (d.FirstToken - 1, close);
        return (-1, -1);
    }

    private static readonly HashSet<string> ImposingVerbs = new(StringComparer.Ordinal)
    {
        "احكم", "احكمت", "احكموا", "بسطت", "بسطوا", "فرضت", "فرضوا",
        // ("انتزعت قوات الجيش السيطرة على مركز مديرية حيس": wrested it)
        "انتزع", "انتزعت", "انتزعوا",
    };

    // "تبادلت قوات الجيش المصري إطلاق النيران مع مجموعة من العناصر التكفيرية": an exchange of fire whose subject stands
    // between the verb of exchanging and the fire, the other side after "مع" — a clash between the two.
    private static (ActorMention First, ActorMention Second)? ExchangedFire(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        if (BareLemma(tokens[trigger.FirstToken]) is not ("اطلاق" or "لاطلاق")) return null;
        int verb = VerbBefore(tokens, sentence, trigger.FirstToken, 8, ExchangingVerbs);
        // (its subject after the verb, or before it: "أن قوات إنفاذ القانون تبادلت إطلاق النيران مع")
        if (verb < 0 || (context.SubjectAfter(verb, trigger.FirstToken) ?? context.SubjectBefore(sentence, verb, 6)) is not { } first) return null;
        for (int k = trigger.LastToken + 1; k < sentence.EndToken && k <= trigger.LastToken + 3; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return null;
            if (tokens[k].Norm != "مع") continue;
            foreach (var a in context.Actors)
                if (a.FirstToken > k && a.FirstToken <= k + 4 && a.Actor.Inter is 1 or 2 or 3 or 4 or 8 && a.Actor.PlainName != first.Actor.PlainName)
                    return (first, a);
            return null;
        }
        return null;
    }

    private static readonly HashSet<string> ExchangingVerbs = new(StringComparer.Ordinal)
    {
        "تبادل", "تبادلت", "تبادلوا", "تبادلا", "يتبادل", "تتبادل", "يتبادلون",
    };

    // "هاجم جيش الفتح بلدة الفوعة", "أعلن جيش الفتح بدء الهجوم على قريتي الفوعة وكفريا": an armed side named attacking a
    // town, its settlement word and name the object, fought whoever held it — a battle, though the holders go unnamed. The
    // side that attacked, or null.
    private static ActorMention? TownAttacker(ExtractionContext context, Document document, Sentence sentence, TriggerMention trigger, Roles roles)
    {
        if (trigger.FirstToken != trigger.LastToken || roles.Actor2 is not null || !TownAttackWords.Contains(BareLemma(document.Tokens[trigger.FirstToken])))
            return null;
        var attacker = roles.Actor1;
        // (the noun only as what was launched or led: "بدء الهجوم على", "شنت هجوما على", "تصعد تركيا هجومها على", "طليعة الهجوم
        // على" — not an attack looked back on, "بعد الهجوم على منطقة عفرين")
        if (document.Tokens[trigger.FirstToken].Lemma is not ("هاجم" or "هاجمت" or "هاجموا"))
        {
            int launch = Launched(document, sentence, trigger.FirstToken);
            if (launch < 0) return null;
            // (by the side named after the word of launching or right before it — "أعلن جيش الفتح بدء الهجوم", whose speaker
            // is the side that launched it; "وتصعد تركيا هجومها على منطقة عفرين" is Turkey's, not the government's named in
            // the clause before)
            bool Launches(ActorMention? side) => side is not null
                && (side.FirstToken > launch && side.LastToken < trigger.FirstToken
                    || side.LastToken < launch && launch - side.LastToken <= 4 && !context.PunctuationBetween(side.LastToken, launch));
            if (!Launches(attacker))
                attacker = context.ActorEndingBefore(trigger.FirstToken, sentence) is { } between && Launches(between) ? between
                         : context.ActorEndingBefore(launch, sentence) is { } announcer && Launches(announcer) ? announcer : null;
            if (attacker is null) return null;
        }
        if (attacker is not { Actor: { Inter: 1 or 2 or 3 or 4, IsGeneric: false, IsUnidentified: false } }) return null;
        int i = trigger.LastToken + 1;
        // (verb first, its subject between: "هاجم جيش الفتح بلدة الفوعة")
        if (attacker.FirstToken == i) i = attacker.LastToken + 1;
        else if (attacker.FirstToken > trigger.LastToken) return null;
        if (i < sentence.EndToken && document.Tokens[i].Norm == "علي") i++;
        return i < sentence.EndToken && context.TownNamedAt(i) ? attacker : null;
    }

    // A word of launching, starting or leading among the dozen words before the noun, no punctuation between ("وبدأت قوات
    // النظام وحزب الله في الرابع من يوليو هجوما"): its token, or -1.
    private static int Launched(Document document, Sentence sentence, int noun)
    {
        for (int k = noun - 1; k >= sentence.FirstToken && k >= noun - 12; k--)
        {
            var token = document.Tokens[k];
            if (token.Kind == TokenKind.Punctuation) return -1;
            if (LaunchWords.Contains(BareLemma(token))) return k;
        }
        return -1;
    }

    private static readonly HashSet<string> LaunchWords = new(StringComparer.Ordinal)
    {
        "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "بدا", "بدات", "بداوا", "بدء", "يبدا", "تبدا", "اطلق", "اطلقت", "اطلقوا", "اطلاق",
        "تصعد", "يصعد", "صعد", "صعدت", "واصل", "واصلت", "يواصل", "تواصل", "طليعه", "قاد", "قادت", "يقود", "تقود", "قياده",
    };

    private static readonly HashSet<string> TownAttackWords = new(StringComparer.Ordinal)
    {
        "هاجم", "هاجمت", "هاجموا", "هجوم", "هجوما", "هجمات", "هجمه",
    };

    // Homes or buildings named in the trigger or a few words after it ("هدم منزل", "هدمت جرافات الاحتلال صباح اليوم
    // منزلين", "تفجر منزل عائلة أسير").
    private static bool HomesNamed(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = trigger.FirstToken; i < sentence.EndToken && i <= trigger.LastToken + 8; i++)
        {
            var token = document.Tokens[i];
            if (i > trigger.LastToken && token.Kind == TokenKind.Punctuation) return false;
            var w = BareLemma(token);
            if (w.StartsWith("منزل", StringComparison.Ordinal) || w.StartsWith("منازل", StringComparison.Ordinal) || w.StartsWith("مساكن", StringComparison.Ordinal)
                // ("إسرائيل تهدم قرية فلسطينية قرب القدس": a village razed is its people's homes)
                || w is "بيت" or "بيوت" or "بيتا" or "مسكن" or "مسكنا" or "منشات" or "منشاه" or "منشاتين" or "مبني" or "مباني" or "مبنيين"
                    or "قريه" or "قري" or "قريتين")
                return true;
        }
        return false;
    }

    // A phrase of support set off by commas that ends right before the token (", بإسناد من طيران التحالف، ",
    // ", مدعومة بغطاء جوي، "): the opening comma's token, or -1.
    private static int SupportSetOff(Document document, Sentence sentence, int before)
    {
        var tokens = document.Tokens;
        int close = before - 1;
        if (close <= sentence.FirstToken || tokens[close].Surface is not ("،" or ",")) return -1;
        for (int open = close - 2; open > sentence.FirstToken && open >= close - 10; open--)
        {
            if (tokens[open].Kind != TokenKind.Punctuation) continue;
            if (tokens[open].Surface is not ("،" or ",")) return -1;
            var lead = BareLemma(tokens[open + 1]);
            return lead.StartsWith("دعم", StringComparison.Ordinal) || lead.StartsWith("اسناد", StringComparison.Ordinal)
                   || lead.StartsWith("مسانده", StringComparison.Ordinal) || lead.StartsWith("غطاء", StringComparison.Ordinal)
                   || lead is "مدعومه" or "مدعومين" or "مسنوده" or "مسنودين" or "مدعوما" or "مسنودا"
                ? open : -1;
        }
        return -1;
    }

    // The nearest word at most <paramref name="window"/> words before <paramref name="before"/> in the sentence whose
    // lemma is one of <paramref name="lemmas"/> — a verb standing before its subject — or -1 (also at a punctuation mark).
    private static int VerbBefore(List<Token> tokens, Sentence sentence, int before, int window, HashSet<string> lemmas, bool acrossCommas = false)
    {
        for (int i = before - 1; i >= Math.Max(sentence.FirstToken, before - window); i--)
        {
            // ("انتزعت اليوم (الاثنين) السيطرة": the weekday in brackets is an aside)
            if (i - 2 >= sentence.FirstToken && ExtractionContext.OneWordInBrackets(tokens, i - 2)) { i -= 2; continue; }
            if (tokens[i].Kind == TokenKind.Punctuation && !(acrossCommas && tokens[i].IsComma)) return -1;
            if (lemmas.Contains(tokens[i].Lemma)) return i;
        }
        return -1;
    }

    // The armed subject of a verb of foiling right before an attack noun, across that subject ("أحبطت القوات الشرعية
    // هجوما"), or null. A plot ("هجوما إرهابيا", "هجوما انتحاريا") foiled is a disrupted weapons use, not a battle.
    // An infiltration held off is one too ("أحبطت ألوية العمالقة محاولة تسلل"), and so is one its verbal noun held
    // off, whose subject stands before it ("تمكنت قوات المقاومة من التصدي لمحاولة تسلل").
    private static ActorMention? FoiledBy(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        bool attack = trigger.FirstToken == trigger.LastToken && BareLemma(tokens[trigger.FirstToken]) is "هجوم" or "هجوما" or "هجمات";
        if (!attack && !IsInfiltration(tokens, trigger)) return null;
        int next = trigger.LastToken + 1;
        if (next < sentence.EndToken && BareLemma(tokens[next]) is "ارهابي" or "ارهابيا" or "ارهابيه" or "انتحاري" or "انتحاريا" or "انتحاريه") return null;
        int verb = VerbBefore(tokens, sentence, trigger.FirstToken, 8, FoilingVerbs);
        // ("صدت المقاومة الشعبية في محافظة مأرب، شرقي اليمن، عدة هجمات": the subject's place set off by commas between)
        if (verb < 0) verb = VerbBefore(tokens, sentence, trigger.FirstToken, 14, FoilingVerbs, acrossCommas: true);
        if (verb >= 0 && context.SubjectAfter(verb, trigger.FirstToken) is { } subject) return subject;
        // (a headline's subject before its verb: "المقاومة اليمنية تتصدى لهجوم حوثي على التحيتا")
        if (verb > sentence.FirstToken && context.SubjectBefore(sentence, verb, 6) is { } before) return before;
        if (attack) return null;
        // (the noun's own article or preposition tells it from the verb: "من التصدي", "لإحباط"; تصدى and التصدي share a lemma)
        verb = VerbBefore(tokens, sentence, trigger.FirstToken, 3, FoilingNouns);
        if (verb <= sentence.FirstToken || !(tokens[verb].Norm.StartsWith("ال", StringComparison.Ordinal) || tokens[verb].HasProclitic("ل")
                || tokens[verb].HasProclitic("ب") || tokens[verb - 1].Norm is "من" or "في")) return null;
        return context.SubjectBefore(sentence, verb, 12);
    }

    // "تمكنت قوات الجيش اليمني من تحرير", "نجحت القوات في استعادة": a verbal noun after من or في that a verb of managing
    // or succeeding opens, its subject between, in the same clause.
    // Its subject: named between the verb and the verbal noun ("تمكنت قوات الجيش من"), or right before the verb ("القوات
    // تمكنت من"); a pronoun's ("تمكنت خلاله من") is left unread.
    private static ActorMention? ManagedTo(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        int k = trigger.FirstToken - 1;
        // (a quote may open before the word: 'تمكنت قوات ألوية العمالقة من "تحرير الكيلو 16"')
        if (k > sentence.FirstToken && tokens[k].Surface is "\"" or "«" or "“") k--;
        if (k <= sentence.FirstToken || tokens[k].Norm is not ("من" or "في")) return null;
        // (freeing, driving out, taking back — not entering, "تمكنت قوات النظام من دخول حلب" after years of war)
        if (BareLemma(tokens[trigger.FirstToken]).StartsWith("دخ", StringComparison.Ordinal)) return null;
        for (int i = k - 1; i >= Math.Max(sentence.FirstToken, k - 14); i--)
        {
            if (tokens[i].Surface is "." or "؛" or ":") return null;
            if (BareLemma(tokens[i]) is not ("تمكن" or "تمكنت" or "تمكنوا" or "نجح" or "نجحت" or "نجحوا" or "استطاع" or "استطاعت" or "استطاعوا")) continue;
            if (context.SubjectAfter(i, k) is { } named) return named;
            // (not a backer named last: "قوات المقاومة المسنودة بغطاء جوي من طيران التحالف تمكنت من")
            // (a nisba may follow the name: "قوات ألوية العمالقة اليمنية تمكنت من" — but not past a comma, which may close
            // another clause: "شنت القوات هجوما على المتمردين، تمكنت خلاله من")
            int end = i - 1;
            // (the verb opens the sentence, "وتمكنت المقاومة أمس من تحرير": no subject before it)
            if (end < sentence.FirstToken) continue;
            if (end > sentence.FirstToken && tokens[end].Form.Analysis is { HasArticle: true } && tokens[end].Norm.EndsWith("يه", StringComparison.Ordinal)
                && !context.ActorsAround(end).Any(a => a.LastToken == end)) end--;
            foreach (var a in context.ActorsAround(end))
                if (a.LastToken == end && a.Actor.Inter is 1 or 2 or 3 or 4 or 8
                    && !(a.FirstToken > sentence.FirstToken && (tokens[a.FirstToken - 1].Norm == "من" || tokens[a.FirstToken].HasProclitic("ب"))))
                    return HeadOfCoordination(context, a);
            // "حققت قوات الجيش الوطني تقدما كبيرا، إذ استطاعت بعد معارك عنيفة من السيطرة": a clause that "إذ" or "حيث"
            // opens goes on telling of the subject before it (one no preposition governs)
            if (tokens[end].Norm is "اذ" or "حيث")
            {
                ActorMention? subject = null;
                foreach (var a in context.ActorsAround(end - 1))
                    if (a.LastToken < end && a.FirstToken >= Math.Max(sentence.FirstToken, end - 14) && a.Actor.Inter is 1 or 2 or 3 or 4 or 8
                        && !tokens[a.FirstToken].HasPrepositionClitic
                        && !(a.FirstToken > sentence.FirstToken && tokens[a.FirstToken - 1].Norm is "من" or "علي" or "ضد" or "مع" or "في"))
                        subject = a;
                return subject is null ? null : HeadOfCoordination(context, subject);
            }
            return null;
        }
        return null;
    }

    // "قوات الجيش الوطني والمقاومة الشعبية استطاعت من السيطرة": of sides joined by و before the verb, the first is its
    // subject (the allies after it join it, they do not stand against it)
    private static ActorMention HeadOfCoordination(ExtractionContext context, ActorMention last)
    {
        var head = last;
        while (context.Document.Tokens[head.FirstToken].StartsWithWa
               && context.ActorsAround(head.FirstToken - 1).LastOrDefault(a => a.LastToken == head.FirstToken - 1) is { } before
               && context.Sides.Allied(before.BestFor(head.Actor.Country, context.Document.Published?.Year), head.Actor))
            head = before;
        return head;
    }

    // A verb or verbal noun of holding off ("التصدي", "صدت", "أحبطت") with an infiltration right after it ("لمحاولات تسلل").
    private static bool HoldsOffAnInfiltration(List<Token> tokens, Sentence sentence, TriggerMention trigger)
    {
        string head = BareLemma(tokens[trigger.FirstToken]);
        if (!FoilingNouns.Contains(head) && !FoilingVerbs.Contains(head)) return false;
        return NamesInfiltration(tokens, trigger.LastToken + 1, Math.Min(sentence.EndToken, trigger.LastToken + 4));
    }

    // "محاولة تسلل", "محاولات تسلل", "تسلل" (not "المتسللين", people)
    private static bool IsInfiltration(List<Token> tokens, TriggerMention trigger) => NamesInfiltration(tokens, trigger.FirstToken, trigger.LastToken + 1);

    // The word for infiltration among tokens [from, to).
    private static bool NamesInfiltration(List<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (BareLemma(tokens[i]) == "تسلل") return true;
        return false;
    }

    private static readonly HashSet<string> FoilingVerbs = new(StringComparer.Ordinal)
    {
        "احبط", "احبطت", "احبطوا", "افشل", "افشلت", "افشلوا", "صد", "صدت", "صدوا",
        "تصدي", "تصدت", "تصدوا", "يتصدي", "تتصدي", "يتصدون",
    };

    // (lemmas: "التصدي", "لإحباط" → تصدي, احباط)
    private static readonly HashSet<string> FoilingNouns = new(StringComparer.Ordinal) { "احباط", "افشال", "تصدي", "صد" };

    // "وأعلن التحالف أن الصاروخ الذي أطلق من اليمن … استهدف مناطق مدنية … في منطقة نجران": a missile fired from one
    // country at a place in another was fired by the armed side of the first that the article names against the second's
    // army (else by the first's unidentified armed group). Null when the sentence tells of no such launch.
    // (named: the agent the roles found, if any — only the hit country's own forces, read as the agent of shells told
    // coming from abroad, give way: "استشهد 3 رجال أمن … إثر قذائف عسكرية كثيفة من داخل الأراضي اليمنية")
    // (the missiles of another act told before them in the sentence, "قصفتا المطار … بثمانية صواريخ موجهة عن بعد من الأراضي
    // اللبنانية", are that act's means, fired from where its doer was)
    private ActorMention? LauncherAbroad(ExtractionContext context, Sentence sentence, TriggerMention trigger, TriggerEntry entry, ActorRef? named,
        List<TriggerMention> sentenceTriggers)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        int verb = -1;
        // (the passive of launching, "أطلق من اليمن", for a weak word with no doer read only — as before the territory)
        if (entry.Weak && named is null)
            for (int i = sentence.FirstToken + 1; i + 2 < sentence.EndToken && verb < 0; i++)
                if (PassiveLaunches.Contains(tokens[i].Norm) && tokens[i + 1].Norm == "من")
                    for (int k = i - 1; k >= Math.Max(sentence.FirstToken, i - 3); k--)
                        if (IsMissileWord(tokens[k])) { verb = i; break; }
        string? launchedFrom = null;
        if (verb >= 0)
            launchedFrom = CountryNamedAt(document, verb + 2);
        else if (!sentenceTriggers.Exists(o => o.LastToken < trigger.FirstToken && !o.IsWeak)
                 && FromTerritory(document, sentence, trigger, named is null) is var (at, country)) (verb, launchedFrom) = (at, country);
        if (launchedFrom is null) return null;
        var target = context.PlacesFor(sentence, trigger).FirstOrDefault(p => p.Place is { } pl && pl.CountryCode != launchedFrom);
        if (target?.Place?.CountryCode is not { } hit) return null;
        if (named is not null && !(named.Country == hit && named.Inter == 1)) return null;
        int? year = document.Published?.Year;
        var army = catalog.GenericOf("generic-military", hit, year);
        var launcher = document.Actors
            .Where(a => a.Actor.Country == launchedFrom && a.Actor.Inter is 1 or 2 or 3 or 4 && ExtractionContext.Fights(a.Actor)
                        && (army is null || !context.Sides.Allied(a.Actor, army)))
            .GroupBy(a => a.Actor.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First().Actor).FirstOrDefault()
            ?? catalog.GenericOf("generic-uag", launchedFrom, year);
        return launcher is null ? null
            : new ActorMention(tokens[verb].Span, tokens[verb].Surface, verb, verb, launcher, "launched from");
    }

    // ("تعرض مركز المسيال … لقذائف عسكرية كثيفة من داخل الأراضي اليمنية", "مقذوفات عسكرية أطلقت من داخل الحدود اليمنية",
    // "صواريخ من اليمن"): shells or missiles told
    // coming from a country's territory, a word or two of description between — the token of "من" and that country.
    // (countryNamed: "من اليمن" will do as well as "من الأراضي اليمنية" — not when a side was read as the doer: "اعتراض
    // صاروخين أطلقا من اليمن" names no territory of shells, and the verb between may be anyone's)
    private (int From, string Country)? FromTerritory(Document document, Sentence sentence, TriggerMention trigger, bool countryNamed)
    {
        var tokens = document.Tokens;
        int i = trigger.LastToken + 1;
        for (int words = 0; i < sentence.EndToken && words < 3 && tokens[i].Norm != "من"; i++, words++)
            if (tokens[i].Kind != TokenKind.ArabicWord) return null;
        if (i + 1 >= sentence.EndToken || tokens[i].Norm != "من") return null;
        int from = i++;
        if (tokens[i].Norm == "داخل" && i + 1 < sentence.EndToken) i++;
        if (countryNamed && CountryNamedAt(document, i) is { } named) return (from, named);
        if (i + 1 >= sentence.EndToken || tokens[i].NormWithoutArticle is not ("اراضي" or "اراض" or "ارض" or "حدود")) return null;
        return catalog.AdjectiveMatcher.LongestAt(tokens, i + 1, sentence.EndToken) is { } nation && nation.First == i + 1 ? (from, nation.Values[0].Iso2) : null;
    }

    // The country a place mention starting at the token names ("من اليمن"), or null.
    private static string? CountryNamedAt(Document document, int token) =>
        document.Places.FirstOrDefault(p => p.FirstToken == token && p.Place is { } pl && pl.FeatureCode.StartsWith("PCL", StringComparison.Ordinal))?.Place?.CountryCode;

    // ("الصاروخ الذي أطلق من اليمن", "صواريخ أطلقت من غزة": the passive, no subject between the verb and "من")
    private static readonly HashSet<string> PassiveLaunches = new(StringComparer.Ordinal) { "اطلق", "اطلقت", "يطلق", "تطلق" };

    // The two sides, joined by و, subject of a verb of concluding before an agreement noun ("أبرمت روسيا وفصائل
    // معارضة … اتفاقا", "وقعت الحكومة والمتمردون اتفاقا"), or null.
    private static (ActorMention First, ActorMention Second)? ConcludedBy(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        int verb = VerbBefore(tokens, sentence, trigger.FirstToken, 10, ConcludingVerbs);
        if (verb < 0) return null;
        // (the actors are in text order: the subject right after the verb, the second side right after it)
        var actors = context.Document.Actors;
        int at = ExtractionContext.FirstAtOrAfter(actors, a => a.FirstToken, verb + 1);
        if (at + 1 >= actors.Count || actors[at] is not { } first || first.FirstToken != verb + 1) return null;
        var second = actors[at + 1];
        // (the و on a word the segmenter leaves whole, "وفصائل", too)
        bool joined = second.FirstToken == first.LastToken + 1 && second.LastToken < trigger.FirstToken
                      && (tokens[second.FirstToken].StartsWithWa || tokens[second.FirstToken].Norm.StartsWith('و'));
        // (two states' deal — "اتفقت روسيا وتركيا على إقامة منطقة منزوعة السلاح" — is diplomacy, which ACLED leaves out)
        return joined && second.Actor.PlainName != first.Actor.PlainName && !context.Sides.Allied(second.Actor, first.Actor)
               && !(first.Actor.IsState && second.Actor.IsState) ? (first, second) : null;
    }

    private static readonly HashSet<string> ConcludingVerbs = new(StringComparer.Ordinal)
    {
        "ابرم", "ابرمت", "ابرموا", "ابرما", "وقع", "وقعت", "وقعوا", "وقعا", "عقد", "عقدت", "عقدوا",
        // ("توصلت الفصائل الفلسطينية وإسرائيل إلى اتفاق لوقف إطلاق النار", "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار")
        "توصل", "توصلت", "توصلوا", "توصلا", "اتفق", "اتفقت", "اتفقوا", "اتفقا",
    };

    // "بنيران أسلحتها الرشاشة", "بالرصاص الحي": gunfire named as the means after the trigger, no aircraft in the sentence
    private static bool ShotAt(Document document, Sentence sentence, TriggerMention trigger)
    {
        bool gunfire = false;
        for (int i = trigger.LastToken + 1; i < sentence.EndToken; i++)
        {
            var token = document.Tokens[i];
            if (AirWord(token)) return false;
            gunfire |= token.HasProclitic("ب") && BareLemma(token) is "نيران" or "رصاص";
        }
        return gunfire;
    }

    // "مداهمة", "داهمت", "دهم": a raid, not a campaign of arrests ("حملة مداهمات")
    private static bool IsRaid(Document document, TriggerMention trigger) =>
        trigger.FirstToken == trigger.LastToken && RaidWord(BareLemma(document.Tokens[trigger.FirstToken]));

    private static bool RaidWord(string w) =>
        w.StartsWith("مداهم", StringComparison.Ordinal) || w.StartsWith("داهم", StringComparison.Ordinal) || w is "دهم" or "دهمت";

    // "قتل 12 مسلحا في حملة مداهمات شنتها القوات المسلحة": men killed in a campaign of raids, named as where they died,
    // fell in its raids — not a campaign of arrests ("حملة اعتقالات" stays one)
    private static bool DiedInARaidCampaign(Document document, Sentence sentence, TriggerMention trigger)
    {
        if (trigger.FirstToken <= sentence.FirstToken || document.Tokens[trigger.FirstToken - 1].Norm is not ("في" or "خلال" or "اثناء")) return false;
        for (int k = trigger.FirstToken; k <= trigger.LastToken; k++)
            if (RaidWord(BareLemma(document.Tokens[k]))) return true;
        return false;
    }

    // "تمكنت فيها من اعتقال وقتل عدد من الإرهابيين", "مقتل واعتقال عشرات المسلحين": arrests joined by و to killings of
    // the same men are one operation that was fought, as a raid with deaths is.
    private static bool KilledAndArrested(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        int after = trigger.LastToken + 1, before = trigger.FirstToken - 1;
        static bool Killing(Token t) => t.StartsWithWa && BareLemma(t) is "قتل" or "مقتل" or "تصفيه" or "قتلوا" or "قتلت";
        static bool KillingBefore(Token t) => BareLemma(t) is "قتل" or "مقتل" or "تصفيه";
        return after < sentence.EndToken && Killing(tokens[after])
               || before >= sentence.FirstToken && tokens[trigger.FirstToken].StartsWithWa && KillingBefore(tokens[before]);
    }

    // The raiding force (a state's, named, or else the police of where the raid was) against the armed men raided (a
    // non-state armed side named, or else the place's unidentified armed group: the others an article about a raid
    // names, states that sent condolences, are no party to it). Null when someone else is named: civilians, protesters,
    // or two states.
    private Roles? RaidFoughtBy(ExtractionContext context, Sentence sentence, TriggerMention trigger, Roles roles)
    {
        // ("داهمت وكر اختباء المتورطين … مما أسفر عن مصرع 6 أشخاص": the people killed in a den raided are its men)
        bool den = false;
        for (int k = trigger.LastToken + 1; k < Math.Min(sentence.EndToken, trigger.LastToken + 4); k++)
            den |= BareLemma(context.Document.Tokens[k]) is "وكر" or "اوكار" or "بوره" or "مخبا" or "مخابي";
        var named = new[] { roles.Actor1, roles.Actor2 }.Where(a => !(den && a is { Actor.Inter: 7 })).ToArray();
        var raided = named.FirstOrDefault(a => a is { Actor.Inter: 2 or 3 or 4 });
        var raider = named.FirstOrDefault(a => a is { Actor: { IsState: true, Inter: 1 } });
        if (named.Any(a => a is not null && a != raided && a != raider)) return null;
        if (raider is not null && raided is not null) return new Roles(raider, raided, Array.Empty<ActorMention>(), TargetMarked: true);
        var place = context.PlacesFor(sentence, trigger).FirstOrDefault() ?? context.MainPlace;
        if (place?.Place?.CountryCode is not { } iso2) return null;
        int? year = context.Document.Published?.Year;
        ActorMention Unnamed(ActorRef actor) =>
            new(trigger.Span, context.Document.Slice(trigger.Span), trigger.FirstToken, trigger.LastToken, actor, "raid");
        if (raider is null && catalog.GenericOf("generic-police", iso2, year) is { } police) raider = Unnamed(police);
        if (raided is null && catalog.GenericOf("generic-uag", iso2, year) is { } armed) raided = Unnamed(armed);
        return raider is null || raided is null ? null : new Roles(raider, raided, Array.Empty<ActorMention>(), TargetMarked: true);
    }

    // A party's or the state's office set on fire ("إحراق مكتب حزب الدعوة", "حرق مقار الأحزاب") in an article that
    // tells of demonstrations.
    private static bool OfficesBurned(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        int next = trigger.LastToken + 1;
        if (next >= sentence.EndToken || BareLemma(tokens[next]) is not ("مكتب" or "مكاتب" or "مقر" or "مقار" or "مقرات" or "مبني" or "مباني")) return false;
        foreach (var t in document.Triggers)
            foreach (var e in t.Entries)
                if (e.EventType == AcledTaxonomy.Protests && !e.Weak) return true;
        return false;
    }

    // "بعد ثلاثة أيام على هجوم", "بعد يومين من التفجير", "غداة الهجوم", "بعد أسبوع على": how many days before the act the
    // sentence reports this one happened (0 when not told so).
    private static int DaysBefore(Document document, Sentence sentence, TriggerMention trigger)
    {
        var tokens = document.Tokens;
        int k = trigger.FirstToken - 1;
        if (k < sentence.FirstToken) return 0;
        if (tokens[k].Norm is "غداه" or "وغداه") return 1;
        // ("بعد 10 أيام فقط على اعتداء انتحاري آخر": the noun of the act the trigger qualifies stands between)
        // ("وبعد يومين من جريمة إحراق منزل عائلة دوابشة": or the crime, incident or massacre it was)
        if (k > sentence.FirstToken && tokens[k].Norm is "اعتداء" or "هجوم" or "تفجير" or "جريمه" or "حادث" or "حادثه" or "مجزره") k--;
        if (tokens[k].Norm is not ("علي" or "من") || k - 2 < sentence.FirstToken) return 0;
        // ("بعد 10 أيام فقط على": an "only" after the span)
        int u = tokens[k - 1].Norm is "فقط" or "تقريبا" ? k - 2 : k - 1;
        string unit = tokens[u].Norm;
        int Count(int at) => at >= sentence.FirstToken && document.Numbers.Find(n => n.LastToken == at) is { } n && n.Value is > 0 and < 60 ? (int)n.Value : 0;
        bool After(int at) => at >= sentence.FirstToken && tokens[at].Norm is "بعد" or "وبعد";
        // ("بعد نحو 18 يوما من اختفاء الإعلامي": a counted span, "about" or not — eleven days and more take the singular; a
        // month and more, "بعد 50 يوما من الإضراب المفتوح عن الطعام", is a lasting act's age, not a day to move it to)
        bool AfterCount(int at) => After(at) || at - 1 >= sentence.FirstToken && tokens[at].Norm is "نحو" or "قرابه" or "حوالي" or "زهاء" && After(at - 1);
        return unit switch
        {
            "يوم" or "يوما" when After(u - 1) => 1,
            "يوما" when AfterCount(u - 2) && Count(u - 1) is > 10 and <= 30 => Count(u - 1),
            "يومين" when After(u - 1) => 2,
            "اسبوع" or "اسبوعا" when After(u - 1) => 7,
            "اسبوعين" when After(u - 1) => 14,
            "ايام" when AfterCount(u - 2) => Count(u - 1),
            _ => 0,
        };
    }

    // "قام", "قامت" … before a subject and a verbal noun with ب: the verb of doing that names who did the act.
    private static readonly HashSet<string> DoingVerbs = new(StringComparer.Ordinal)
    {
        "قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "وقام", "وقامت", "وقاموا",
    };

    // The armed subject of "أقدم/أقدمت/أقدموا … على" right before the trigger ("أقدم مسلحون على قتل"), or of "قام … ب"
    // ("قام تنظيم داعش بإعدام شخصين"), or null.
    private static ActorMention? ProceededTo(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var tokens = context.Document.Tokens;
        int on = trigger.FirstToken - 1;
        // ("قام تنظيم داعش بإعدام شخصين", "قامت قوات الأمن باعتقال": the subject of "قام" did the act its ب names)
        // (a killing, an arrest or an abduction, by an armed side: "قامت الولايات المتحدة بتسليم" hands nothing over here)
        if (trigger.FirstToken > sentence.FirstToken && tokens[trigger.FirstToken].HasProclitic("ب")
            && trigger.Entries.Any(e => e.SubEventType is "Attack" or "Arrests" or "Abduction/forced disappearance")
            && VerbBefore(tokens, sentence, trigger.FirstToken, 8, DoingVerbs) is >= 0 and var did)
            return context.SubjectAfter(did, trigger.FirstToken) is { Actor.Inter: 1 or 2 or 3 or 4 or 8 } doer ? doer : null;
        if (on <= sentence.FirstToken || tokens[on].Norm != "علي") return null;
        int verb = VerbBefore(tokens, sentence, on, 8, ProceedingVerbs);
        return verb < 0 ? null : context.SubjectAfter(verb, on);
    }

    // "الجيش الإسرائيلي يقتل شابا فلسطينيا بالرصاص": a weapon after a verb of killing and the civilians it killed, the
    // verb's armed subject right before it — that side killed them with it (the weapon, not the weak verb, is the trigger,
    // and the nearest actor before it is the one killed).
    private static (ActorMention Killer, ActorMention Killed)? KilledWith(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        if (!trigger.Instrumental) return null;
        int verb = VerbBefore(context.Document.Tokens, sentence, trigger.FirstToken, 5, KillingVerbs.BeforeAWeapon);
        if (verb < 0) return null;
        var killed = context.Document.Actors.Find(a => a.FirstToken > verb && a.LastToken < trigger.FirstToken && a.Actor.Inter == 7);
        var killer = killed is null ? null : context.SubjectBefore(sentence, verb, 4);
        return killer is not null ? (killer, killed!) : null;
    }

    // "على يد X", "بأيدي X", "من قبل X" — the hands that did it, not the words that only ascribe it ("نسب إلى").
    private static bool ByHandsOf(ExtractionContext context, Sentence sentence, ActorMention doer)
    {
        if (!context.ActedByHand(doer, sentence)) return false;
        for (int k = Math.Max(sentence.FirstToken, doer.FirstToken - 3); k < doer.FirstToken; k++)
            if (context.Document.Tokens[k].Norm is var w && (ExtractionContext.HandWords.Contains(w) || w is "بايدي" or "بيد" or "قبل")) return true;
        return false;
    }

    // "قتل ثلاثة مدنيين على يد قوات النظام", "قتل شاب فلسطيني على أيدي قوات الاحتلال", "أعدم رهينة بأيدي التنظيم": a
    // passive of killing opening its clause, its dead right after it, and whoever is named after "على يد" / "بأيدي" /
    // "من قبل" a few words on killed them.
    private static (ActorMention Killer, ActorMention Killed)? KilledAtTheHandsOf(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        var document = context.Document;
        if (trigger.FirstToken != trigger.LastToken || !KillingVerbs.Passive.Contains(BareLemma(document.Tokens[trigger.FirstToken]))
            || !ClauseOpens(document, sentence, trigger.FirstToken)) return null;
        ActorMention? killed = null;
        foreach (var a in document.Actors)
        {
            if (a.FirstToken <= trigger.LastToken || a.FirstToken >= sentence.EndToken) continue;
            if (killed is null)
            {
                // (the dead right after the verb, a figure between at most: "قتل ثلاثة مدنيين")
                if (a.FirstToken - trigger.LastToken > 3 || context.PunctuationBetween(trigger.LastToken, a.FirstToken)) return null;
                killed = a;
                continue;
            }
            if (a.FirstToken - killed.LastToken > 6 || context.PunctuationBetween(killed.LastToken, a.FirstToken)) return null;
            if (context.ActedByHand(a, sentence)) return a.Actor.PlainName == killed.Actor.PlainName ? null : (a, killed);
        }
        return null;
    }

    // "قتلت قوات الأمن الإيرانية 5 مسلحين خلال اشتباكات بمدينة كرمانشاه": a clash noun after "خلال" / "أثناء" / "في",
    // a verb of killing before it with its subject and its object — the clash's sides are the killer and the killed
    // (the nearest actor before the noun is the killed, not the side that started it). Commas may set the subject off
    // ("قتل أفراد من الاستخبارات الإيرانية، اثنين من المقاتلين الأكراد، خلال اشتباكات").
    private static (ActorMention Killer, ActorMention Killed)? KilledInTheFight(ExtractionContext context, Sentence sentence, TriggerMention trigger)
    {
        if (trigger.Entries.Any(e => e.Pos == "verb" || e.SubEventType != AcledTaxonomy.ArmedClash)) return null;
        var tokens = context.Document.Tokens;
        int prep = trigger.FirstToken - 1;
        if (prep <= sentence.FirstToken || tokens[prep].Norm is not ("خلال" or "اثناء" or "في")) return null;
        int verb = -1;
        for (int i = prep - 1; i >= Math.Max(sentence.FirstToken, prep - 12); i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Surface is not ("،" or ",")) return null;
            if (KillingVerbs.Active.Contains(tokens[i].Lemma)) { verb = i; break; }
        }
        if (verb < 0) return null;
        // (not a passive, its dead right after it — "قتل 19 من قوات النظام وفصائل المعارضة في اشتباكات", "قتل أحد أفراد
        // القوات الأمنية ومتظاهر خلال اشتباكات" — nor a clash that names its other side, "اشتباكات مع إحدى العشائر")
        if (verb + 1 < sentence.EndToken && (tokens[verb + 1].Kind == TokenKind.Number || tokens[verb + 1].Norm is "احد" or "عدد" or "عددا"
                                             || context.Document.Numbers.Exists(n => n.FirstToken == verb + 1))) return null;
        if (trigger.LastToken + 1 < sentence.EndToken && tokens[trigger.LastToken + 1].Norm is "مع" or "بين") return null;
        ActorMention? killer = null, killed = null;
        foreach (var a in context.Document.Actors)
        {
            // ("الحوثيين قتلوا العشرات من الجنود السودانيين … في معارك": the subject before its verb)
            if (a.LastToken == verb - 1 && a.FirstToken >= sentence.FirstToken) { killer = a; continue; }
            if (a.FirstToken <= verb) continue;
            if (a.LastToken >= prep) break;
            if (killer is null) killer = a;
            else if (a.Actor.PlainName != killer.Actor.PlainName) { killed = a; break; }
        }
        if (killer is null || killed is null || killer.Actor.Inter == 7) return null;
        return (killer, killed);
    }

    // A verb of putting to death a few words before the hostage noun, its subject and a quotation mark or comma between
    // ("أعدم تنظيم "الدولة الإسلامية"، أحد الرهائن").
    private static bool PutToDeath(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = trigger.FirstToken - 1, words = 0; i >= sentence.FirstToken && words < 7; i--)
        {
            var t = document.Tokens[i];
            if (t.Kind == TokenKind.Punctuation) { if (t.Surface is "." or "؛" or ":") return false; continue; }
            words++;
            if (ExecutingVerbs.Contains(t.Lemma) || ExecutingVerbs.Contains(t.Norm)) return true;
        }
        return false;
    }

    // "المسلحون", "المتشددين": armed men named by a definite plural, who refer back.
    private static bool TheMilitants(Document document, ActorMention m) =>
        m.FirstToken == m.LastToken && document.Tokens[m.FirstToken].LemmaWithoutArticle is var w
        && document.Tokens[m.FirstToken].Form.Analysis is { HasArticle: true }
        && w is "مسلحون" or "مسلحين" or "متشددون" or "متشددين" or "جهاديون" or "جهاديين";

    // The one armed group (rebel or political militia, named, not generic) the article mentions before a mention; null
    // when it names none or more than one.
    private static ActorRef? SoleArmedGroupBefore(ExtractionContext context, ActorMention m)
    {
        ActorRef? found = null;
        foreach (var a in context.Actors)
        {
            if (a.FirstToken >= m.FirstToken) break;
            if (a.Actor is not { Inter: 2 or 3, IsUnidentified: false, IsGeneric: false } group) continue;
            if (found is null) found = group;
            else if (found.PlainName != group.PlainName) return null;
        }
        return found;
    }

    // Verbs of putting to death (lemmas as the tokenizer gives them): "يعدم أول رهينة", "أعدم … أحد الرهائن", "ذبح".
    private static readonly HashSet<string> ExecutingVerbs = new(StringComparer.Ordinal)
    {
        "اعدم", "اعدمت", "اعدموا", "يعدم", "تعدم", "يعدمون", "ذبح", "ذبحت", "يذبح", "تذبح", "نحر", "نحرت", "قتل", "قتلت", "يقتل", "تقتل",
    };

    private static readonly HashSet<string> ProceedingVerbs = new(StringComparer.Ordinal) { "اقدم", "اقدمت", "اقدموا" };

    // The trigger names a store or stock of weapons ("مخزن أسلحة", "مستودعات الذخيرة", "كميات من الأسلحة").
    private static bool WeaponsStore(Document document, TriggerMention trigger)
    {
        for (int i = trigger.FirstToken; i <= trigger.LastToken; i++)
            if (BareLemma(document.Tokens[i]) is "مخزن" or "مخازن" or "مستودع" or "مستودعات" or "اسلحه" or "سلاح" or "ذخاير" or "ذخيره")
                return true;
        return false;
    }

    private static bool Backing(Token token) => BareLemma(token) is "اسناد" or "دعم" or "مسانده" or "غطاء" or "مشاركه"
        or "مدعومه" or "مدعوما" or "مدعومين" or "مسنوده" or "مسنودا" or "مسنودين";

    // "قتل مدني", "مقتل مدنية", "إصابة مدني" in the trigger's phrase or just before it.
    private static bool OneCivilianKilled(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = Math.Max(sentence.FirstToken + 1, trigger.FirstToken - 3); i <= trigger.LastToken && i < sentence.EndToken; i++)
            if (document.Tokens[i].Norm is "مدني" or "مدنيه" or "مدنيا"
                && BareLemma(document.Tokens[i - 1]) is "قتل" or "مقتل" or "مصرع" or "استشهاد" or "اصابه" or "اصيب" or "قتلت")
                return true;
        // ("قتل شاب فلسطيني بعد إطلاق النار عليه من قبل الجيش الإسرائيلي": a civilian the sentence opens with the killing of,
        // a few words before the shooting, is whom it hit)
        var actors = document.Actors;
        for (int k = ExtractionContext.FirstAtOrAfter(actors, a => a.FirstToken, trigger.FirstToken - KilledBeforeReach); k < actors.Count; k++)
        {
            var a = actors[k];
            if (a.FirstToken >= trigger.FirstToken) break;
            // ("مقتل أحد المواطنين، برصاص جنود": one of them)
            int before = a.FirstToken - 1;
            if (before > sentence.FirstToken && document.Tokens[before].Norm is "احد" or "احدي") before--;
            if (a.Actor.Inter == 7 && before >= sentence.FirstToken
                && BareLemma(document.Tokens[before]) is "قتل" or "مقتل" or "مصرع" or "استشهاد" or "قتلت" or "استشهد")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "أسفر هجوم جديد نفذته فتاة، عن سقوط 20 قتيلا", "أسفر هجوم على قرية … عن مقتل 15 شخصا": the dead an attack left,
    /// counted as people or as dead with no side named anywhere in the sentence but its attacker, are whom it hit —
    /// civilians, as ACLED codes an attack's unnamed dead.
    /// </summary>
    private static bool UnnamedDeadOfTheAttack(Document document, Sentence sentence, TriggerMention trigger, ActorMention? attacker)
    {
        if (attacker is { Actor.IsState: true }) return false;
        var tokens = document.Tokens;
        // (a new attack, not "وأسفر الهجوم عن مقتل 91 شخصا", which retells one told before, whose dead the story named)
        if (tokens[trigger.FirstToken].Form.Analysis is { HasArticle: true }) return false;
        // ("أسفر هجوم …", "هجوم … أسفر عن"): the verb of leaving dead right before the attack or a few words after it
        bool leftDead = trigger.FirstToken - 1 >= sentence.FirstToken && LeftDeadVerbs.Contains(BareLemma(tokens[trigger.FirstToken - 1]));
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4) && !leftDead; i++)
            leftDead = LeftDeadVerbs.Contains(BareLemma(tokens[i]));
        if (!leftDead) return false;
        bool counted = false;
        for (int i = trigger.LastToken + 1; i + 1 < Math.Min(sentence.EndToken, trigger.LastToken + 14) && !counted; i++)
        {
            if (tokens[i].Norm != "عن" || BareLemma(tokens[i + 1]) is not ("سقوط" or "مقتل" or "استشهاد")) continue;
            for (int j = i + 2; j < Math.Min(sentence.EndToken, i + 6) && !counted; j++)
                counted = tokens[j].Norm is "قتيلا" or "قتيل" or "قتلي" or "شخصا" or "اشخاص" or "شخص" or "ضحيه" or "ضحايا";
        }
        if (!counted) return false;
        foreach (var a in document.Actors)
            if (a.FirstToken >= sentence.FirstToken && a.LastToken < sentence.EndToken && a != attacker && a.Actor.Inter is 1 or 2 or 3 or 4 or 8)
                return false;
        return true;
    }

    private static readonly HashSet<string> LeftDeadVerbs = new(StringComparer.Ordinal) { "اسفر", "اسفرت", "يسفر", "تسفر" };

    // How many words before a shooting the civilian whose killing the sentence tells may stand.
    private const int KilledBeforeReach = 8;

    private static bool Accuses(Document document, Sentence sentence, TriggerMention trigger)
    {
        if (!document.Claims.TryGetValue(sentence.Index, out var claim) || claim.Inherited || claim.CueSpan.End > document.Tokens[trigger.FirstToken].Span.Start)
            return false;
        for (int i = sentence.FirstToken; i < trigger.FirstToken; i++)
            if (claim.CueSpan.Overlaps(document.Tokens[i].Span) && document.Tokens[i].Lemma is "اتهم" or "اتهمت" or "اتهموا" or "يتهم" or "تتهم" or "يتهمون")
                return true;
        return false;
    }

    // The sentence's claim is made by an expert, analyst or researcher ("الخبير العسكري", "المحلل السياسي", "الباحث في").
    private static bool AnalystSpeaks(Document document, Sentence sentence)
    {
        if (!document.Claims.TryGetValue(sentence.Index, out var claim) || claim.Inherited) return false;
        var tokens = document.Tokens;
        for (int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.End, claim.SourceSpan.Start + 1);
             k < tokens.Count && tokens[k].Span.Start < claim.SourceSpan.End; k++)
            if (BareLemma(tokens[k]) is "خبير" or "خبراء" or "محلل" or "محللون" or "محللين" or "باحث" or "باحثون" or "اكاديمي" or "استاذ")
                return true;
        return false;
    }

    // The sentence's claim is made by a person titled as one who speaks for a state (EntityRecognizer.PoliticalRoles).
    private static bool PoliticianSpeaks(Document document, Sentence sentence)
    {
        if (!document.Claims.TryGetValue(sentence.Index, out var claim)) return false;
        // ("وفيما أوضح وزير الداخلية أن … المقاومة." then "واستهدفت مليشيات الحوثي منازل المدنيين": a sentence opened by
        // و and a past verb of the act narrates; it goes on no one's speech)
        if (claim.Inherited && document.Tokens[sentence.FirstToken].StartsWithWa
            && document.Triggers.Exists(t => t.FirstToken == sentence.FirstToken && t.Entries.Any(e => e.Pos == "verb"))) return false;
        // ("استنكر مدير الجامعة التفجير الإرهابي الذي استهدف رجال الأمن …": one act, told by whom it targeted or where it
        // fell, is named — no case made)
        if (NamesOneAct(document, sentence, claim)) return false;
        foreach (var e in document.Entities)
            if (e.Type == EntityType.Person && e.Role is { } role && EntityRecognizer.PoliticalRoles.Contains(role) && claim.SourceSpan.Overlaps(e.Span))
                return true;
        return false;
    }

    // An act after the claim's cue that a relative clause tells the target or the scene of: "أدان … الهجوم الإرهابي الذي
    // استهدف", "التفجير الذي استهدف رجال الأمن", "الحادث الإرهابي الذي وقع في مسجد قوة طوارئ عسير", "قال الأمير إن
    // التفجير الإرهابي الذي طال عددا من منسوبي قوة الطوارئ".
    private static bool NamesOneAct(Document document, Sentence sentence, Claim claim)
    {
        var tokens = document.Tokens;
        int cue = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, claim.CueSpan.Start);
        if (cue >= sentence.EndToken) return false;
        foreach (var t in document.Triggers)
            if (t.Sentence == sentence.Index && t.FirstToken > cue && ExtractionContext.TellsItDone(tokens, sentence.EndToken, t)) return true;
        return false;
    }

    // What the press calls an attack on a site it condemns: terrorist, criminal, sinful, unjust, treacherous, cowardly,
    // appalling, heinous.
    private static readonly string[] TerrorWords = ["ارهاب", "اجرام", "اثم", "غاشم", "غادر", "غدر", "جبان", "مروع", "نكراء", "بشع"];

    private static bool NamedAsTerror(string norm)
    {
        foreach (string w in TerrorWords)
            if (norm.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // "وأوضح التقرير اعتقال النظام السوري 476 شخصا خلال نيسان", "وفق ما كشفته الدراسة": a report or study (one
    // document, not the news reports of "أفادت تقارير") counts and sums up; what it tells with no day of its own is no
    // one event. (A news agency's report, "تقرير الوكالة", "تقرير لمراسل", is news.)
    private static bool ReportOrStudySays(Document document, Sentence sentence)
    {
        if (!document.Claims.TryGetValue(sentence.Index, out var claim)) return false;
        var tokens = document.Tokens;
        int first = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, claim.SourceSpan.Start);
        if (first >= tokens.Count || tokens[first].Span.Start != claim.SourceSpan.Start) return false;
        // ("وأكدت الشبكة في تقرير لها أن معظم حالات الاعتقال …": a body speaking in a report of its own)
        int after = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, claim.SourceSpan.End);
        if (after + 1 < tokens.Count && tokens[after].Norm == "في" && BareLemma(tokens[after + 1]) is "تقرير" or "دراسه"
            && after + 2 < tokens.Count && tokens[after + 2].Norm is "لها" or "له" or "صادر" or "نشرته" or "نشرتها" or "اصدرته" or "اصدرتها")
            return true;
        if (BareLemma(tokens[first]) is not ("تقرير" or "دراسه")) return false;
        int next = first + 1;
        return !(next < tokens.Count && tokens[next].Span.Start < claim.SourceSpan.End && tokens[next].Lemma is "وكاله" or "مراسل" or "مراسلي" or "مراسلنا");
    }

    // "على خلفية الاحتجاجات", "مهد الاحتجاجات ضد القوات الحكومية", "حق الفلسطينيين في التظاهر": a protest noun names
    // protests as such; a protest took place when the sentence tells of it happening ("خرجت تظاهرات", "شهدت طهران
    // احتجاجات", "شارك فيها الآلاف"), of the crowd in it ("المتظاهرون", "المئات") or of people killed or hurt in it.
    private static bool ProtestOccurs(Document document, Sentence sentence, TriggerMention trigger)
    {
        // ("احتجاجات في مدن إيرانية بسبب تدهور الأوضاع": a headline tells of protests with no verb; but "احتجاجات الأردن:
        // الملك يلتقي رئيس الوزراء" only labels the story's topic)
        if (sentence.Index == 0)
        {
            bool label = false;
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4); i++)
                label |= document.Tokens[i].Surface is ":" or "..";
            if (!label) return true;
        }
        // ("مقتل 7 فلسطينيين وإصابة 250 في احتجاجات على حدود غزة": people killed or hurt in protests tell they happened)
        if (document.Cues.Find(CueClass.Killed, sentence.FirstToken, sentence.EndToken) is not null
            || document.Cues.Find(CueClass.Injured, sentence.FirstToken, sentence.EndToken) is not null) return true;
        return AnyWordOf(document, sentence, ProtestHappening);
    }

    private static readonly HashSet<string> ProtestHappening = new(StringComparer.Ordinal)
    {
        "خرج", "خرجت", "خرجوا", "يخرج", "تخرج", "يخرجون", "شهد", "شهدت", "يشهد", "تشهد", "نظم", "نظمت", "نظموا", "ينظم", "تنظم", "ينظمون", "نظمها",
        "احتشد", "احتشدت", "احتشدوا", "تجمع", "تجمعت", "تجمعوا", "يتجمع", "يتجمعون", "تجمهر", "تجمهروا", "شارك", "شاركت", "شاركوا", "يشارك", "يشاركون",
        "اندلع", "اندلعت", "انطلق", "انطلقت", "تواصل", "تواصلت", "تتواصل", "يتواصل", "استمر", "استمرت", "تستمر", "تجدد", "تجددت", "تتجدد",
        "عم", "عمت", "تعم", "جاب", "جابت", "جابوا", "اجتاح", "اجتاحت", "امتد", "امتدت", "تصاعد", "تصاعدت", "رفع", "رفعوا", "يرفعون", "ردد", "رددوا",
        "يرددون", "هتف", "هتفوا", "يهتفون", "تهز", "هزت", "تخللت", "تخللها", "عنيفه", "بدا", "بدات", "بداوا", "يبدا", "تبدا", "طالب", "طالبوا", "يطالبون", "مطالبين", "ساروا", "نزل", "نزلوا", "اعتصم", "اعتصموا",
        "الاف", "حشود", "جموع", "متظاهرون", "متظاهرين", "محتجون", "محتجين",
        // ("وقعت مظاهرات في بغداد"; the verbal noun of setting off: "انطلاق مظاهرات المواطنين منذ ثلاثة أيام في بغداد
        // والنجف" — not "وقع", the impact in "على وقع احتجاجات", nor "اندلاع" and "استمرار", so often the background:
        // "أسباب أدت لاندلاع الاحتجاجات", "بعد استمرار الاحتجاجات على مدى الأيام الماضية")
        "وقعت", "انطلاق",
    };

    // "في مكان احتجازه", "مركز احتجاز كفرسوسا", "حملات الإعدام والاعتقال": detention named as a place, a practice or
    // one already told of (its pronoun refers back), not an arrest reported here.
    private static bool DetentionAsSuch(Document document, Sentence sentence, TriggerMention trigger)
    {
        if (trigger.FirstToken != trigger.LastToken) return false;
        var token = document.Tokens[trigger.FirstToken];
        string bare = BareLemma(token);
        if (!DetentionNouns.Contains(bare)) return false;
        // ("وتم احتجازه من قبل السلطات": تم with the noun is the passive of an arrest told here)
        bool passive = trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "تم" or "وتم" or "جري" or "وجري" or "ثم";
        // ("أعلنت قوات سوريا الديمقراطية عن اعتقالها لجهادي فرنسي": the pronoun is the arrester when لـ brings whom it took)
        // (not a span of time: "بعد اعتقالها لعدة أيام", "احتجازها لفترة طويلة")
        bool objectAfter = trigger.LastToken + 1 < sentence.EndToken && document.Tokens[trigger.LastToken + 1] is { } after && after.HasProclitic("ل")
                           && BareLemma(after) is not ("عده" or "فتره" or "مده" or "ايام" or "اشهر" or "شهور" or "سنوات" or "ساعات" or "اسابيع" or "سنه" or "اكثر" or "بضعه");
        if (token.Form.Analysis is { Enclitic: not null }) return !passive && !objectAfter;
        if (trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Lemma is "مركز" or "مراكز" or "سجن" or "مكان" or "معتقل" or "مرافق")
            return true;
        // ("منحه قوات الأمن سلطات واسعة … وبتمديد احتجاز المشتبه بارتكابهم جرائم إرهابية": detention extended, or its length,
        // is the law's or the court's matter, not an arrest told)
        if (trigger.FirstToken > sentence.FirstToken && BareLemma(document.Tokens[trigger.FirstToken - 1]) is "تمديد" or "مده" or "فتره")
            return true;
        // (a definite noun with nothing arrested after it is the practice: "الإعدام والاعتقال،")
        bool nextEnds = trigger.LastToken + 1 >= sentence.EndToken || document.Tokens[trigger.LastToken + 1].Kind == TokenKind.Punctuation
                        || document.Tokens[trigger.LastToken + 1].StartsWithWa;
        return token.Form.Analysis is { HasArticle: true } && nextEnds;
    }

    // (looked up by BareLemma: the article is off)
    private static readonly HashSet<string> DetentionNouns = new(StringComparer.Ordinal) { "اعتقال", "اعتقالات", "احتجاز" };

    // Whether a group named with a word of arresting took the people, as its subject: before the word ("قامت مجموعات
    // مسلحة … باعتقال"), or a few words after the verb ("اعتقل مسلحو الحوثي", "اعتقل مسلحون من تنظيم داعش"). A group
    // after the verbal noun is whom it was about ("اعتقال عناصر داعش", "الاعتقالات توجه ضربة لقدرة داعش"), and the one
    // before a relative verb is the man taken ("المسؤول الداعشي الذي اعتقل في تركيا").
    private static bool TookThem(Document document, TriggerMention trigger, ActorMention taker)
    {
        if (taker.LastToken < trigger.FirstToken)
            return !(trigger.FirstToken > 0 && document.Tokens[trigger.FirstToken - 1].Norm is "الذي" or "التي" or "الذين" or "اللذين" or "اللتين");
        // (not past a count of those taken: "اعتقل 11 عضوا في حزب العمال", "احتجز جثث ستة مسلحين")
        return !DetentionNouns.Contains(BareLemma(document.Tokens[trigger.FirstToken])) && taker.FirstToken - trigger.LastToken <= 4
               && !document.Numbers.Exists(n => n.FirstToken > trigger.LastToken && n.LastToken < taker.FirstToken + 1);
    }

    // A verb or noun of planting within four words before the trigger, across no punctuation ("بزراعة الألغام",
    // "زرعت الميليشيات آلاف الألغام").
    // (or after them, in a relative clause with no blast told: "الألغام التي زرعها الحوثيون في معظم الطرق تحد من سرعة
    // الثوار" — the mines are there, none went off)
    private static bool PlantedBefore(Document document, Sentence sentence, TriggerMention trigger)
    {
        int rel = trigger.LastToken + 1;
        if (rel + 1 < sentence.EndToken && document.Tokens[rel].Norm is "التي" or "الذي"
            && BareLemma(document.Tokens[rel + 1]) is var verb && (verb.StartsWith("زرع", StringComparison.Ordinal) || verb.StartsWith("خلف", StringComparison.Ordinal))
            && document.Cues.Find(CueClass.Killed, sentence.FirstToken, sentence.EndToken) is null && !BlastWordIn(document, sentence))
            return true;
        for (int i = trigger.FirstToken - 1; i >= Math.Max(sentence.FirstToken, trigger.FirstToken - 4); i--)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            // (the stem past the clitics: "بزراعة" → زراعه, "وزرعت" → زرعت)
            string bare = token.Form.Analysis?.StemNorm ?? BareLemma(token);
            if (bare.StartsWith("زرع", StringComparison.Ordinal) || bare.StartsWith("زراع", StringComparison.Ordinal)
                || bare.StartsWith("يزرع", StringComparison.Ordinal) || bare.StartsWith("تزرع", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool BlastWordIn(Document document, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (BareLemma(document.Tokens[i]) is var w && (w.Contains("انفجر") || w.Contains("انفجار"))) return true;
        return false;
    }

    // Arms and vehicles a gun may be listed with ("والمدرعات والدبابات والمدفعية").
    private static readonly HashSet<string> EquipmentNouns = new(StringComparer.Ordinal)
    {
        "مدرعات", "دبابات", "اليات", "عربات", "مدرعه", "دبابه", "اسلحه", "ذخاير", "ذخيره", "راجمات", "عتاد", "معدات", "مركبات",
    };

    // Where, how long and how people are held ("منشآت الاعتقال", "مراكز الاحتجاز", "فترات الاعتقال", "ظروف الاحتجاز"), after
    // the article is taken off
    private static readonly HashSet<string> DetentionPlaces = new(StringComparer.Ordinal)
    {
        "منشات", "منشاه", "مراكز", "مركز", "مرافق", "مرفق", "معسكرات", "معسكر", "اماكن", "مكان", "مقرات", "سجون", "معتقلات", "زنازين",
        "فترات", "فتره", "ظروف", "اوضاع",
    };

    // What has a course ("مسيرة العلاقات", "مسيرة السلام"), after the article is taken off
    private static readonly HashSet<string> CourseOf = new(StringComparer.Ordinal)
    {
        "علاقات", "تعاون", "سلام", "تنميه", "حياه", "عمل", "اصلاح", "اصلاحات", "بناء", "تسويه", "مفاوضات", "نضال", "ديمقراطيه",
        "تطوير", "تحديث", "انجازات", "نجاح", "شراكه", "تكامل", "وحده",
    };

    // What one advances with is submitted: a suit, a request, a complaint, a proposal, a resignation.
    private static readonly HashSet<string> SubmittedThings = new(StringComparer.Ordinal)
    {
        "دعوي", "دعاوي", "طلب", "طلبات", "شكوي", "شكاوي", "مبادره", "اقتراح", "مقترح", "مشروع", "استقاله", "التماس", "عرض", "مذكره", "رساله", "بلاغ",
    };

    // What is written up ("حررت محضرا"): the objects of تحرير that are no ground.
    private static readonly HashSet<string> WrittenUp = new(StringComparer.Ordinal)
    {
        "محضر", "محضرا", "المحضر", "محاضر", "مخالفه", "مخالفات", "شكوي", "بلاغ", "بلاغا", "عقد", "عقدا", "توكيل", "شيك",
    };

    // Trigger words in their other sense: "قاموا بالتظاهر بأنهم شركة سويسرية" (pretending), "الأسر النازحة" and
    // "المسلحين وأسرهم" (families, not captivity: that is "في الأسر" or a verb with its captives).
    private static readonly HashSet<string> NaturalForces = new(StringComparer.Ordinal)
    {
        "اعصار", "زلزال", "هزه", "عاصفه", "فيضانات", "فيضان", "سيول", "امطار", "عواصف", "زلازل", "اعاصير", "غبار", "رياح",
    };

    // What a team controls ("مجريات المباراة", "الشوط الأول", "الكرة"): the words after a word of control in a sports report.
    private static readonly HashSet<string> GameWords = new(StringComparer.Ordinal)
    {
        "مجريات", "مباراه", "مباريات", "شوط", "كره", "لقاء", "منافسه",
    };

    // "بدعم من", "بمساندة", "بغطاء من" right before the trigger.
    private static bool SupportBefore(Document document, Sentence sentence, TriggerMention trigger)
    {
        int k = trigger.FirstToken - 1;
        if (k >= sentence.FirstToken && document.Tokens[k].Norm == "من") k--;
        return k >= sentence.FirstToken && ExtractionContext.SupportNouns.Contains(BareLemma(document.Tokens[k]));
    }

    private static readonly HashSet<string> RaidWords = new(StringComparer.Ordinal)
    {
        "مداهمات", "مداهمه", "اعتقالات", "حمله", "حملات",
    };

    private static bool NoGroundCleared(Document document, Sentence sentence, TriggerMention trigger, Token? prev, Token? next)
    {
        if (prev is not null && BareLemma(prev) is "حمله" or "حملات" or "الحمله" or "الحملات") return true;
        if (next is not null && BareLemma(next) is "عرقي" or "العرقي" or "طايفي" or "الطايفي") return true;
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 10); i++)
        {
            string w = BareLemma(document.Tokens[i]);
            if (w.StartsWith('و') && w.Length > 3) w = w[1..];
            if (w is "الغام" or "الالغام" or "العبوات" or "عبوات" or "المتفجرات" or "متفجرات" or "مخلفات" or "الارهاب" or "ارهاب" or "الفساد" or "الفكر") return true;
        }
        return false;
    }

    // ("استغلت «أوبر» تلك الاحتجاجات للترويج لخدماتها، وأعلنت … عن تخفيض لأسعار التوصيل … في وقت الاحتجاجات"): the same
    // noun again in the sentence that pointed at "those" protests is those protests still.
    private static bool TheseBefore(Document document, Sentence sentence, TriggerMention trigger)
    {
        string noun = BareLemma(document.Tokens[trigger.FirstToken]);
        foreach (var o in document.Triggers)
            if (o.FirstToken > sentence.FirstToken && o.FirstToken < trigger.FirstToken && document.Tokens[o.FirstToken - 1].Norm is "هذه" or "تلك"
                && BareLemma(document.Tokens[o.FirstToken]) == noun)
                return true;
        return false;
    }

    // A word of joy right after the trigger or after a protest noun a few words on.
    private static bool RallyOfJoy(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int k = trigger.LastToken + 1; k < Math.Min(sentence.EndToken, trigger.LastToken + 9); k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (document.Tokens[k].LemmaWithoutArticle is not ("فرح" or "ابتهاج" or "احتفال" or "احتفاليه" or "احتفالا" or "ابتهاجا" or "فرحا")) continue;
            if (k == trigger.LastToken + 1 || document.Triggers.Exists(o => o.LastToken == k - 1 && o.Entries.All(e => e.EventType == AcledTaxonomy.Protests))) return true;
        }
        return false;
    }

    private static bool OtherSense(Document document, Sentence sentence, TriggerMention trigger)
    {
        // (the words right before and after the trigger in its sentence, if any)
        var prev = trigger.FirstToken > sentence.FirstToken ? document.Tokens[trigger.FirstToken - 1] : null;
        var next = trigger.LastToken + 1 < sentence.EndToken ? document.Tokens[trigger.LastToken + 1] : null;
        // "حملة تطهير ضد أنصار غولن", "التطهير العرقي", "تطهير المطار من الألغام", "تطهير أراضيها من الإرهاب": a purge, an
        // ethnic cleansing, mines cleared or a land cleansed of an idea take no ground from a side
        // (the clearing rows of triggers.tsv, "طهرت" and "تطهير", are the only triggers that hold these letters)
        if (BareLemma(document.Tokens[trigger.FirstToken]) is var clearing
            && (clearing.Contains("طهر", StringComparison.Ordinal) || clearing.Contains("تطهير", StringComparison.Ordinal))
            && NoGroundCleared(document, sentence, trigger, prev, next))
            return true;
        // ("اعترضهم مسلحان، وأنزلاهما من السيارة": who stops "them", people, on a road intercepts no missile or drone — those
        // are "ها", "ه")
        if (trigger.Entries.All(e => e.SubEventType == "Disrupted weapons use") && trigger.FirstToken == trigger.LastToken
            && document.Tokens[trigger.FirstToken] is { Form.Analysis.Enclitic: "هم" or "هما" or "كم" or "هن" } stopped
            && BareLemma(stopped).StartsWith("اعترض", StringComparison.Ordinal))
            return true;
        // ("وخرج المئات من أتباع الصدر في مظاهرات فرح بعد الإعلان عن فوز قائمة سائرون"): rallies of joy celebrate, they
        // protest nothing
        // (the crowd that "came out" into them too: "وخرج المئات … في مظاهرات فرح")
        if (trigger.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && RallyOfJoy(document, sentence, trigger))
            return true;
        // "وقتل الجيش في هذه التظاهرات 148 فلسطينيا": "these" protests are the whole wave, told as a tally
        if (trigger.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && (prev?.Norm is "هذه" or "تلك" || TheseBefore(document, sentence, trigger)))
            return true;
        // "يفرج عن عشرات من معتقلي \"احتجاجات الخبز\"": the protests whose detainees are spoken of are known ones, not
        // reported here (the word before them, past a quotation mark)
        if (trigger.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && DetaineesOf(document, sentence, trigger))
            return true;
        // "تحتجز 19 سفينة نفطية", "احتجاز شحنات المساعدات": holding ships, goods or bodies is a seizure, no one detained
        if (trigger.Entries.All(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance") && GoodsHeld(document, sentence, trigger))
            return true;
        // ("طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا", "الإفراج عن 34 سجينا اعتقلهم حزب الله خلال حصاره",
        // "إطلاق سراح رهينة فرنسي، اختطفته ميليشيات الحوثي"): those held, or whom someone took, being freed were taken
        // before — the release told is no arrest
        if (trigger.Entries.All(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance") && TakenBeforeTheRelease(document, sentence, trigger))
            return true;
        // "التعذيب ممنهج في منشآت الاعتقال", "مراكز الاحتجاز", "ظروف الاحتجاز": a place, time or state of detention, no one detained
        if (trigger.Entries.All(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance") && prev is not null && DetentionPlaces.Contains(BareLemma(prev)))
            return true;
        // "إنشاء كمائن ثابتة ومتحركة": checkpoints set up (the Egyptian press's "كمين") are a measure, no ambush laid
        // ("إقامة ثلاثة كمائن أمنية", "كما أنشأت كمينا بمنطقة دوار القادود", "سلسلة كمائن تم إنشاؤها")
        if (BareLemma(document.Tokens[trigger.FirstToken]) is "كماين" or "كمين" or "كمينا" && trigger.FirstToken == trigger.LastToken
            && (prev is not null && CheckpointSetUp(document, trigger.FirstToken)
                || next is not null && BareLemma(next) is "ثابته" or "متحركه" or "ثابت" or "متحرك" or "امنيه" or "امني" or "الامنيه" or "الامني"))
            return true;
        // "دمرت منصات إطلاق صواريخ": the pads rockets are launched from are things destroyed, no launch
        if (prev is not null && BareLemma(prev) is "منصات" or "منصه" or "منصتي" or "منصتين" or "منصتا"
            && trigger.Entries.All(e => e.IsStrike || e.SubEventType is AcledTaxonomy.Shelling or AcledTaxonomy.AirStrike))
            return true;
        // "عملية مداهمات واسعة … بدعم من المروحيات": aircraft named only as support of a raid or round-up fly no strike
        if (trigger.IsWeak && trigger.Entries.All(e => e.SubEventType == AcledTaxonomy.AirStrike) && SupportBefore(document, sentence, trigger)
            && AnyWordOf(document, sentence, RaidWords))
            return true;
        // "ضربات جوية ومدفعية", "غارات جوية ومدفعية": the gun adjective joined to the air one describes the strike before
        // it, which tells both (air and ground), no second act of its own
        if (trigger.FirstToken == trigger.LastToken && trigger.Entries.All(e => e.SubEventType == AcledTaxonomy.Shelling)
            && document.Tokens[trigger.FirstToken].StartsWithWa && prev is not null && AirWord(prev))
            return true;
        // "جزيرة سقطرى التي ضربها الإعصار مكونو", "زلزال ضرب المنطقة": what a storm, a quake or a flood struck is no strike
        for (int i = Math.Max(sentence.FirstToken, trigger.FirstToken - 1); i < Math.Min(sentence.EndToken, trigger.LastToken + 3); i++)
            if (NaturalForces.Contains(BareLemma(document.Tokens[i]))) return true;
        // ("الغبار الذي يضرب منطقة جازان"): and the antecedent of a relative clause the strike verb opens
        if (trigger.FirstToken - 2 >= sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "الذي" or "التي"
            && NaturalForces.Contains(BareLemma(document.Tokens[trigger.FirstToken - 2]))) return true;
        // ("ضرب أهالي منطقة جازان أروع الأمثلة", "ضربوا مثالا في التضحية"): to strike an example is to set one
        if (trigger.Entries.All(e => e.IsStrike && e.Pos == "verb"))
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 9) && document.Tokens[i].Kind != TokenKind.Punctuation; i++)
                if (document.Tokens[i].NormWithoutArticle is "مثلا" or "مثالا" or "مثل" && document.Tokens[i].Norm != "مثل" || document.Tokens[i].NormWithoutArticle is "امثله" or "امثال")
                    return true;
        // "كمديرية كريتر والتواهي … التي كان فيها قصف شنيع": what a place "had" in it is its past told as a state, no act reported
        if (trigger.FirstToken - 2 > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "فيها" or "فيه" or "بها"
            && document.Tokens[trigger.FirstToken - 2].Norm is "كان" or "كانت" && document.Tokens[trigger.FirstToken - 3].Norm is "التي" or "الذي" or "حيث")
            return true;
        // ("وقدم اللاعبون أجمل مبارياتهم دفاعاً وهجوماً ووسعوا الفارق إلى عشر نقاط مع سيطرة كاملة": a sentence of a match
        // report — two words of players, teams, matches or scores — tells no fight and takes no ground)
        if (trigger.Entries.All(e => e.IsTerritory || e.EventType == AcledTaxonomy.Battles) && WordsOf(document, sentence, SportsWords) >= 2)
            return true;
        // "وفرضوا سيطرتهم على مجريات المباراة", "سيطر على الكرة في الشوط الأول": control of a game is no ground taken
        if (trigger.Entries.All(e => e.IsTerritory || AcledTaxonomy.ChangesHands(e.SubEventType)))
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 5); i++)
                if (GameWords.Contains(DefiniteArticle.Off(BareLemma(document.Tokens[i])))) return true;
        // "شرعوا بزراعة الألغام", "وزرعت الميليشيات آلاف الألغام", "في زرع حقول للألغام": mines or bombs planted are a
        // threat laid, not a blast ("بانفجار لغم زرعه الحوثيون" is the blast: its own word comes first)
        if (trigger.Entries.All(e => e.SubEventType == "Remote explosive/landmine/IED" && e.Pos != "verb") && PlantedBefore(document, sentence, trigger))
            return true;
        // ("إنزال كاسحة ألغام في عدن", "أجهزة كشف المتفجرات"): the machine that clears or finds mines is no blast
        // (a و the segmenter left on counts for nothing: "عربات وكاسحة ألغام")
        if (trigger.Entries.All(e => e.SubEventType == "Remote explosive/landmine/IED") && prev is not null
            && BareLemma(prev) is var clearer && (clearer.StartsWith('و') ? clearer[1..] : clearer) is "كاسحه" or "كاسحات" or "كشف" or "كاشف" or "كاشفات")
            return true;
        // ("وحدات حماية الشعب حليفة الولايات المتحدة في قتال داعش", "تضحيات قوات سوريا الديمقراطية في القتال ضد التنظيم"):
        // the fight against a side as someone's role or mission tells no battle — unless its dead or wounded are told
        if (trigger.FirstToken == trigger.LastToken && BareLemma(document.Tokens[trigger.FirstToken]) == "قتال" && prev?.Norm == "في"
            && next is not null && (next.Norm == "ضد" || document.Actors.Exists(a => a.FirstToken == trigger.LastToken + 1))
            && document.Cues.Find(CueClass.Killed, sentence.FirstToken, sentence.EndToken) is null
            && document.Cues.Find(CueClass.Injured, sentence.FirstToken, sentence.EndToken) is null)
            return true;
        // ("قد قبضت الثمن واختفت": to take hold of money or a price is no arrest — one is made "على" someone, right after
        // the verb or after its subject)
        if (trigger.FirstToken == trigger.LastToken && WithoutConjunction(document.Tokens[trigger.FirstToken]) is "قبض" or "قبضت" or "قبضوا" or "قبضا")
        {
            bool onSomeone = false;
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 6) && document.Tokens[i].Kind != TokenKind.Punctuation && !onSomeone; i++)
                onSomeone = document.Tokens[i].Norm is "علي" or "عليه" or "عليها" or "عليهم" or "عليهما";
            if (!onSomeone) return true;
        }
        // ("وتسيطر جبهة التحرير الوطني على أقل من نصف منطقة إدلب", "ويسيطر الحوثيون على الميناء"): who controls a place,
        // told in the present past the opening sentence, is a standing state — no ground changed hands (a headline or
        // a lead tells news so: "تسيطر قوات المقاومة على مدرج مطار العند")
        // (the verb with its preposition too: "إذ يسيطر على القسم الشمالي جيش الإسلام")
        if ((trigger.FirstToken == trigger.LastToken || trigger.LastToken == trigger.FirstToken + 1 && document.Tokens[trigger.LastToken].Norm == "علي")
            && sentence.Index > 0 && trigger.Entries.All(e => e.IsTerritory)
            && ImperfectControl(document.Tokens[trigger.FirstToken]))
            return true;
        // ("من المناطق التي يستعيد النظام السوري السيطرة عليها": places a relative clause says a side retakes, in the
        // present, are described by what goes on there — no taking told)
        if (trigger.Entries.All(e => e.IsTerritory) && sentence.Index > 0)
            for (int k = trigger.FirstToken - 1; k > Math.Max(sentence.FirstToken, trigger.FirstToken - 6); k--)
                if (document.Tokens[k].Norm is "يستعيد" or "تستعيد" or "يستعيدون" or "يفرض" or "تفرض" or "يفرضون" or "يبسط" or "تبسط")
                {
                    if (document.Tokens[k - 1].Norm is "التي" or "الذي" or "اللتين" or "الذين") return true;
                    break;
                }
        // ("اختفى سمك الكنعد", "اختفت الجلسات المجانية", "اختفاء ألوان الفرح", "فتاة اختفت في ظروف غامضة"): what
        // vanished is no one taken unless a person is in sight — a side, a civilian, a named man, or one the word points
        // back to — and a mystery of a missing girl is no forced disappearance
        if (trigger.Entries.All(e => e.SubEventType == "Abduction/forced disappearance")
            && BareLemma(document.Tokens[trigger.FirstToken]).Contains("ختف", StringComparison.Ordinal) && NoOneVanished(document, sentence, trigger))
            return true;
        // ("تمكنت قوات ألوية العمالقة والمقاومة التهامية من قطع الطريق الرابطة بين مديريتي …"): a road an armed force cuts is
        // a supply line cut in war, no protesters' blockade
        if (trigger.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && WithoutConjunction(document.Tokens[trigger.FirstToken]) is "قطع" or "قطعوا" or "اغلقوا" or "سد"
            && document.Actors.Exists(a => a.LastToken < trigger.FirstToken && a.FirstToken >= sentence.FirstToken && a.Actor.Inter is 1 or 2 or 3 or 4 or 8
                                           && a.Actor.Kind is not "police")
            && !document.Actors.Exists(a => a.FirstToken >= sentence.FirstToken && a.LastToken < sentence.EndToken && a.Actor.Inter is 5 or 6))
            return true;
        // ("احتجت السلطات السورية على الاحتلال التركي لعفرين في رسالتين", "واحتجت إيران رسميا لدى سفير بريطانيا"): a
        // protest a government, a ministry or a state lodges is diplomatic, no one in the street
        if (trigger.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && LodgedByOfficials(document, sentence, trigger)) return true;
        // ("سيطرت القوات المسلحة الإماراتية على طائرة بدون طيار", "السيطرة على \"درون\"", "سيطرت على السفينة"): control
        // over a drone, an aircraft or a ship is a craft taken, no ground
        if (trigger.Entries.All(e => e.IsTerritory))
            for (int i = trigger.LastToken; i < Math.Min(sentence.EndToken - 1, trigger.LastToken + 7); i++)
                if (document.Tokens[i].Norm is "علي")
                {
                    int j = i + 1;
                    while (j < sentence.EndToken - 1 && document.Tokens[j].Kind == TokenKind.Punctuation) j++;
                    if (Craft.Contains(document.Tokens[j].NormWithoutArticle)) return true;
                    break;
                }
        if (trigger.FirstToken != trigger.LastToken) return false;
        var token = document.Tokens[trigger.FirstToken];
        string stem = token.Form.Analysis?.StemNorm ?? token.Lemma;
        // "القراءة الانتحارية", "العقلية الانتحارية": "suicidal" after a definite noun that is no bomber, no attack and no
        // vehicle is that thing's adjective, no bomber ("المرأة الانتحارية", "السيارة الانتحارية" are)
        if (BareLemma(token) is "انتحاري" or "انتحاريه" && token.Form.Analysis is { HasArticle: true }
            && prev is { Form.Analysis.HasArticle: true } && prev.IsWord && !SuicideCarriers.Contains(BareLemma(prev))
            // (not a day told between the attack and its adjective: "هجوم امس الاثنين الانتحاري")
            && !Dates.ArabicCalendarWords.Weekdays.ContainsKey(prev.Norm) && prev.Norm is not ("اليوم" or "امس"))
            return true;
        // ("فتظاهرت بأنني مريضة", "تظاهر الرجل بأنه ميت", "تظاهر بالموت", "أن تتظاهر بعدم الاهتمام": to make a show of is
        // to pretend — its subject may stand between; not "تظاهروا بمدينة البصرة", "بالقرب من": where)
        if (BareLemma(token) is "تظاهر" or "يتظاهر" or "تظاهروا" or "يتظاهرون" or "تظاهرت" or "تتظاهر" or "بالتظاهر")
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4) && document.Tokens[i].Kind != TokenKind.Punctuation; i++)
                if (document.Tokens[i].Norm is var pretended && (pretended.StartsWith("بان", StringComparison.Ordinal)
                    || pretended is "بالموت" or "بالمرض" or "بالنوم" or "بالاغماء" or "بالجنون" or "بعدم" or "بغير" or "بالجهل" or "بالبراءه" or "بالحياد")) return true;
        // ("يسعى روحاني إلى التظاهر بالانفتاح", "يتظاهرون بالتنظيف", "مهما تظاهرنا بالمثالية"): a بـ-noun right after the
        // verb or its noun is what is feigned, unless it says where, how or why they marched ("بالقرب من", "بمدينة
        // البصرة", "بشكل سلمي", "بسبب الغلاء")
        if (PretendingVerbs.Contains(BareLemma(token)) && next is not null && next.Norm.StartsWith('ب') && Feigned(document, trigger.LastToken + 1))
            return true;
        // ("واعتصموا بحبل الله جميعا", "الاعتصام بالكتاب والسنة", "والاعتصام بهما"): to hold fast to God's rope, His book, a
        // virtue or "them" is no sit-in — a sit-in's بـ says where ("اعتصموا بساحة التحرير")
        if (token.Norm.Contains("عتص", StringComparison.Ordinal) && next is not null && HeldFast(next))
            return true;
        // "تظاهرة ثقافية", "تظاهرة رياضية", "شكلت تظاهرة فكرية": a cultural, sporting or festive event — a showing, no protest
        if (BareLemma(token) is "تظاهره" or "تظاهرات" && next is not null && ShowingKinds.Contains(DefiniteArticle.Off(BareLemma(next))))
            return true;
        // "محطة تاريخية في مسيرة العلاقات الثنائية", "مسيرة السلام": the course of relations, peace or reform — no drone, no march
        if (BareLemma(token) is "مسيره" && next is not null && CourseOf.Contains(BareLemma(next)))
            return true;
        // ("طالب مئات المتظاهرين الأردنيين في مسيرة نظمتها الحركة الإسلامية": in a sentence of protesters or protests a
        // "مسيرة" is their march, no drone)
        if (BareLemma(token) is "مسيره" or "مسيرات" or "مسيرتين" && MarchOfProtest(document, sentence))
            return true;
        // "تقدمت قطر بدعوى قضائية ضد الإمارات", "تقدم بطلب": to advance with a suit, a request or a complaint is to submit it
        // (its subject may stand between)
        if (stem is "تقدم" or "تقدمت" or "تقدموا" or "يتقدم" or "تتقدم" or "يتقدمون")
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 5); i++)
                if (document.Tokens[i].HasProclitic("ب") && SubmittedThings.Contains(BareLemma(document.Tokens[i]))) return true;
        // "فحررت محضرا بقسم الشرطة", "وحررت الشرطة محضرا", "تحرير مخالفة": to write up a report, a complaint or a fine
        // is no ground liberated (its subject may stand between)
        // ("الحوثيين يستولون على 60 مليون دولار شهريا من جمارك الميناء": money seized is no ground taken)
        if (trigger.Entries.All(e => e.IsTerritory))
            for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 4); i++)
                if (BareLemma(document.Tokens[i]) is var taken && (WrittenUp.Contains(taken) || Money.Contains(taken) || Freed.Contains(taken)))
                    return true;
        // ("القبض على مواطن سعودي بالخارج واسترداده إلى المملكة", "واسترداده على ذمة القضية"): a man recovered to his
        // country or to a case is extradited — no ground retaken
        if (trigger.Entries.All(e => e.IsTerritory) && token.Norm.Contains("سترد", StringComparison.Ordinal)
            && (token.Norm.EndsWith("ه", StringComparison.Ordinal) || token.Norm.EndsWith("هم", StringComparison.Ordinal)) && next is not null && next.Norm is "الي" or "علي")
            return true;
        // "بحسب قواعد الاشتباك": the rules of engagement are no clash
        if (prev is not null && BareLemma(prev) is "قواعد" or "قاعده" && trigger.Entries.All(e => e.EventType == AcledTaxonomy.Battles))
            return true;
        // "أرسلوهم لميادين القتال", "في جبهات القتال في جنوب اليمن", "ينفذ مهمة قتال": the fronts, fields or missions of
        // fighting name where or what fighters go to, no fight of their own
        if (prev is not null && BattleGround.Contains(BareLemma(prev)) && trigger.FirstToken == trigger.LastToken
            && BareLemma(token) is "قتال" or "معارك" && trigger.Entries.All(e => e.EventType == AcledTaxonomy.Battles))
            return true;
        // "فوج المدفعية 137", "كتيبة الدبابات": a weapon that names a unit is the unit, no act of its own
        if (prev is not null && UnitWords.Contains(BareLemma(prev))) return true;
        // "بدعم من … آليات ثقيلة ومدرعات ومدافع وغطاء جوي", "والمدرعات والدبابات والمدفعية": a gun named in a list of arms
        // and vehicles is what a force has, not fire it opened (and, the sentence's one strong word, it leaves its weak
        // ones no act to tell either)
        if (trigger.Entries.All(e => e.Pos == "noun" && e.SubEventType == AcledTaxonomy.Shelling)
            && (prev is not null && EquipmentNouns.Contains(BareLemma(prev)) || next is not null && EquipmentNouns.Contains(BareLemma(next))))
            return true;
        // "من يعترض على التواصل": objecting to something intercepts nothing
        if (trigger.Entries.All(e => e.SubEventType == "Disrupted weapons use") && BareLemma(token).Contains("عترض", StringComparison.Ordinal)
            && next?.Norm == "علي")
            return true;
        if (stem == "اسر" && (token.Form.Analysis is { HasArticle: true } || token.Form.Analysis is { Enclitic: "هم" or "هن" or "ها" or "هما" }))
            return prev?.Norm != "في";
        // ("عبر عن تعازيه لأسر الشهداء", "وأسر الضحايا"): families of the dead, not a capture
        if (stem == "اسر" && next is not null && TheDead.Contains(next.Norm)) return true;
        return false;
    }

    // The dead and the hurt, as the genitive of their families ("أسر الشهداء").
    private static readonly HashSet<string> TheDead = new(StringComparer.Ordinal)
    {
        "الشهداء", "الشهيد", "الشهيدين", "الضحايا", "الضحيه", "القتلي", "الموتي", "المتوفين", "المتوفي", "الجرحي", "المصابين",
    };

    // The fronts, fields and missions of fighting ("جبهات القتال", "ميادين القتال", "مهمة قتال").
    private static readonly HashSet<string> BattleGround = new(StringComparer.Ordinal)
    {
        "جبهات", "ميادين", "ميدان", "ساحات", "خطوط", "مهمه", "مهام", "لميادين", "بجبهات", "لجبهات",
    };

    private static bool ImperfectControl(Token token) =>
        WithoutConjunction(token) is "يسيطر" or "تسيطر" or "يسيطرون" or "يسيطران" or "تسيطران";

    // The written word without a و or ف joined to it ("وتسيطر", "فقبضت"), whether or not the segmenter split it off.
    private static string WithoutConjunction(Token token) =>
        token.Norm.StartsWith('و') || token.Norm.StartsWith('ف') ? token.Norm[1..] : token.Norm;

    private static readonly HashSet<string> PretendingVerbs = new(StringComparer.Ordinal)
    {
        "تظاهر", "يتظاهر", "تظاهروا", "يتظاهرون", "تظاهرت", "تتظاهر", "التظاهر", "بالتظاهر", "تظاهرنا", "نتظاهر", "اتظاهر",
    };

    // What one holds fast to (اعتصم بـ): God's rope, the Book and the Sunna, God, patience, silence, unity — or a
    // pronoun standing for them.
    private static bool HeldFast(Token next) =>
        next.Norm.StartsWith('ب') && (next.Norm is "به" or "بها" or "بهما" or "بهم"
            || HeldFastTo.Contains(DefiniteArticle.Off(next.Norm[1..])) || HeldFastTo.Contains(next.Norm[1..]));

    private static readonly HashSet<string> HeldFastTo = new(StringComparer.Ordinal)
    {
        "حبل", "حبله", "الله", "كتاب", "كتابه", "سنه", "صبر", "صمت", "وحده", "دين", "دينهم", "دينه", "قران", "عقيده", "ثوابت",
        "شريعه", "حكمه", "تقوي",
    };

    // what a march is told with after بـ: its manner, cause, size, company or time — no pretence
    private static readonly HashSet<string> MarchedHow = new(StringComparer.Ordinal)
    {
        "بعد", "بين", "بشكل", "بصوره", "باسلوب", "بطريقه", "بسبب", "بكثافه", "بدون", "بلا", "بمناسبه", "بالالاف", "بالميات",
        "بالعشرات", "بالملايين", "بحضور", "بمشاركه", "بدعوه", "بالتزامن", "بالتوازي", "بالرغم", "برغم", "بهدف", "بغيه", "بحريه",
        "بسلميه", "بحماس", "بالقرب", "بمحاذاه", "باتجاه", "بعيدا", "بالسيارات", "بالاعلام", "بالشموع", "بالتنسيق",
    };

    private static bool Feigned(Document document, int word)
    {
        if (MarchedHow.Contains(document.Tokens[word].Norm)) return false;
        if (document.Cues.IsAt(CueClass.PlaceCue, word, word + 8, out _) || document.Cues.IsAt(CueClass.PlacePrep, word, word + 8, out _))
            return false;
        foreach (var place in document.Places)
            if (place.FirstToken <= word && word <= place.LastToken) return false;
        return true;
    }

    // What a "تظاهرة" is when it is no protest: of culture, art, sport, ideas, trade or festivity.
    private static readonly HashSet<string> ShowingKinds = new(StringComparer.Ordinal)
    {
        "ثقافيه", "فنيه", "رياضيه", "فكريه", "سينماييه", "احتفاليه", "علميه", "ادبيه", "تراثيه", "سياحيه", "اقتصاديه", "اعلاميه", "شعريه",
        "مسرحيه", "تسويقيه", "ترفيهيه", "تجاريه", "موسيقيه", "وطنيه", "عالميه", "دوليه", "كرويه",
    };

    private static bool MarchOfProtest(Document document, Sentence sentence)
    {
        foreach (var a in document.Actors)
            if (a.FirstToken >= sentence.FirstToken && a.FirstToken < sentence.EndToken && a.Actor.Inter == 6) return true;
        foreach (var t in document.Triggers)
            if (t.FirstToken >= sentence.FirstToken && t.FirstToken < sentence.EndToken && t.Entries.Any(e => e.EventType == AcledTaxonomy.Protests && !e.Weak))
                return true;
        return false;
    }

    // The object of a detention word, past a figure or "عددا من": goods, not people.
    private static bool GoodsHeld(Document document, Sentence sentence, TriggerMention trigger)
    {
        int limit = trigger.LastToken + 4;
        for (int k = trigger.LastToken + 1; k < sentence.EndToken && k <= limit; k++)
        {
            var t = document.Tokens[k];
            // (past a count, "أيضا" or a quotation mark: "ويحتجز الحوثيون أيضا \"السفينة المسماة …\"")
            if (t.Kind == TokenKind.Number || t.Norm is "عددا" or "عدد" or "من" or "\"" or "«" or "“" or "ايضا" or "كذلك") continue;
            // (past the subject of a verb: "واحتجزت الشرطة الإسرائيلية جثامين 12 فلسطينيا")
            if (k == trigger.LastToken + 1 && document.Actors.Find(a => a.FirstToken == k) is { } subject)
            {
                limit += subject.LastToken - k + 1;
                k = subject.LastToken;
                continue;
            }
            return Goods.Contains(DefiniteArticle.Off(BareLemma(t)));
        }
        return false;
    }

    // ("الجيش النيجيري يحرر 178 شخصا كانوا محتجزين", "تحرير الرهائن": people freed are a rescue, no ground taken)
    private static readonly HashSet<string> Freed = new(StringComparer.Ordinal)
    {
        "رهاين", "الرهاين", "رهينه", "الرهينه", "رهينتين", "مختطفين", "المختطفين", "مختطفا", "اسري", "الاسري", "اسيرا", "محتجزين", "المحتجزين",
        "شخصا", "اشخاص", "سجناء", "السجناء", "معتقلين", "المعتقلين", "امراه", "نساء", "طفلا", "اطفال",
    };

    // Whether what vanished (اختفى, اختفاء) is no one: a missing-person mystery, or no person in sight and a thing named.
    private static bool NoOneVanished(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            if (document.Tokens[i].NormWithoutWa is "ظروف" or "بظروف" && document.Tokens[i + 1].Norm is "غامضه") return true;
        var word = document.Tokens[trigger.FirstToken];
        // ("اختفائه", "اختفائهم": the one it points back to; "الاختفاء القسري": taken by definition)
        if (word.Norm.EndsWith("ه", StringComparison.Ordinal) || word.Norm.EndsWith("ها", StringComparison.Ordinal) || word.Norm.EndsWith("هم", StringComparison.Ordinal))
            return false;
        if (trigger.LastToken + 1 < sentence.EndToken && document.Tokens[trigger.LastToken + 1].Norm is "القسري" or "قسري" or "قسريا") return false;
        if (trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].NormWithoutWa is "الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "اللتان")
            return false;
        int from = Math.Max(sentence.FirstToken, trigger.FirstToken - 4), to = Math.Min(sentence.EndToken - 1, trigger.LastToken + 4);
        foreach (var a in document.Actors)
            if (a.LastToken >= from && a.FirstToken <= to) return false;
        foreach (var e in document.Entities)
            if (e.Type == EntityType.Person && e.LastToken >= from && e.FirstToken <= to) return false;
        // ("واختفى خاشقجي", "وكان خاشقجي، الذي عرف بانتقاد …، قد اختفى"): a man the article named in full, called by his
        // family name
        for (int i = Math.Max(sentence.FirstToken, trigger.FirstToken - 10); i <= to; i++)
            foreach (var e in document.Entities)
                if (e.Type == EntityType.Person && e.LastToken > e.FirstToken && document.Tokens[e.LastToken].Norm == document.Tokens[i].Norm)
                    return false;
        // With no one in sight, what vanished is a thing when the word after is definite ("اختفت الجلسات"), the head of a
        // definite phrase ("سمك الكنعد", "مظاهر الدولة") or a preposition ("اختفى عن الأبصار"); a bare name is a man
        // ("اختفاء خاشقجي منذ 2 أكتوبر")
        int after = trigger.LastToken + 1;
        if (after >= sentence.EndToken) return true;
        var thing = document.Tokens[after];
        if (thing.Kind != TokenKind.ArabicWord || thing.Norm is "عن" or "من") return true;
        if (thing.Form.Analysis is { HasArticle: true }) return true;
        return after + 1 < sentence.EndToken && document.Tokens[after + 1] is { Kind: TokenKind.ArabicWord, Form.Analysis.HasArticle: true } head
               && !head.StartsWithWa;
    }

    // A word of release (الإفراج عن, إطلاق سراح, أفرج) within twelve words before a participle of holding ("محتجز",
    // "المحتجزين", "مسجونين") or a verb with its captive as object ("اعتقلهم", "اختطفته").
    private static bool TakenBeforeTheRelease(Document document, Sentence sentence, TriggerMention trigger)
    {
        var word = document.Tokens[trigger.FirstToken];
        string bare = WithoutConjunction(word);
        bool held = DefiniteArticle.Off(bare).StartsWith('م');
        // (no verb of taking ends in ه: a final ه, ها or هم is its object)
        bool takenObject = !held && trigger.Entries.Any(e => e.Pos == "verb") && (bare.EndsWith('ه') || bare.EndsWith("ها", StringComparison.Ordinal) || bare.EndsWith("هم", StringComparison.Ordinal));
        if (!held && !takenObject) return false;
        for (int i = Math.Max(sentence.FirstToken, trigger.FirstToken - 12); i < trigger.FirstToken; i++)
        {
            string w = WithoutConjunction(document.Tokens[i]);
            if (w is "الافراج" or "بالافراج" or "للافراج" or "سراح" or "افرج" or "افرجت" or "يفرج" or "تفرج" or "اطلاق" && i + 1 < trigger.FirstToken
                && (w != "اطلاق" || document.Tokens[i + 1].Norm == "سراح")) return true;
        }
        return false;
    }

    // A verb of protesting whose subject, right after it or right before it, is a state, its authorities or an office of
    // government, or that is lodged with someone ("لدى").
    private static bool LodgedByOfficials(Document document, Sentence sentence, TriggerMention trigger)
    {
        string verb = WithoutConjunction(document.Tokens[trigger.FirstToken]);
        if (trigger.FirstToken != trigger.LastToken || !(verb.StartsWith("احتج", StringComparison.Ordinal) || verb.StartsWith("يحتج", StringComparison.Ordinal)
                                                         || verb.StartsWith("تحتج", StringComparison.Ordinal)) || verb.StartsWith("احتجاج", StringComparison.Ordinal))
            return false;
        for (int i = trigger.LastToken + 1; i < Math.Min(sentence.EndToken, trigger.LastToken + 5); i++)
            if (document.Tokens[i].Norm is "لدي") return true;
        bool Official(int k) => k >= sentence.FirstToken && k < sentence.EndToken
                                && (OfficialBodies.Contains(DefiniteArticle.Off(WithoutConjunction(document.Tokens[k])))
                                    || document.Actors.Exists(a => a.FirstToken == k && a.Rule == "country"));
        return Official(trigger.LastToken + 1) || Official(trigger.FirstToken - 1)
               || trigger.FirstToken - 2 >= sentence.FirstToken && document.Actors.Exists(a => a.LastToken == trigger.FirstToken - 1 && Official(a.FirstToken));
    }

    // Offices of state that lodge protests: authorities, government, ministries, embassies, presidency, parliament.
    private static readonly HashSet<string> OfficialBodies = new(StringComparer.Ordinal)
    {
        "سلطات", "حكومه", "خارجيه", "وزاره", "وزير", "سفاره", "بعثه", "سفير", "رياسه", "برلمان", "دوله", "قنصليه", "سلطنه", "مملكه",
    };

    // Craft one takes control of: aircraft, drones, ships and boats.
    private static readonly HashSet<string> Craft = new(StringComparer.Ordinal)
    {
        "طايره", "طايرات", "طايرتين", "درون", "مسيره", "سفينه", "سفن", "ناقله", "زورق", "زوارق", "قارب", "مروحيه",
    };

    private static readonly HashSet<string> Money = new(StringComparer.Ordinal)
    {
        "مليون", "ملايين", "مليار", "مليارات", "دولار", "دولارا", "اموال", "اموالا", "ريال", "ايرادات", "عايدات", "ارصده",
    };

    private static readonly HashSet<string> Goods = new(StringComparer.Ordinal)
    {
        "سفينه", "سفن", "سفنا", "سفينتين", "ناقله", "ناقلات", "شحنه", "شحنات", "مساعدات", "اموال", "اموالا", "اصول", "اموالهم", "بضايع",
        "شاحنات", "شاحنه", "سيارات", "قوارب", "قارب", "وقود", "مواد", "جواز", "جوازات", "رواتب", "معونات", "اغاثه",
        // (the dead's bodies: "يحتجز جثماني فلسطينيين قتلا الجمعة" holds no one living)
        "جثمان", "جثماني", "جثامين", "جثه", "جثتي", "جثث", "رفات",
    };

    private static bool DetaineesOf(Document document, Sentence sentence, TriggerMention trigger)
    {
        int k = trigger.FirstToken - 1;
        if (k >= sentence.FirstToken && document.Tokens[k].Kind == TokenKind.Punctuation) k--;
        return k >= sentence.FirstToken && BareLemma(document.Tokens[k]) is "معتقلي" or "معتقلو" or "موقوفي" or "موقوفو" or "سجناء" or "محتجزي";
    }

    // A craft, a cargo or a record named just before a verb of disappearing or just after it: a thing lost, no one taken.
    private static bool ThingVanished(Document document, Sentence sentence, TriggerMention trigger)
    {
        for (int k = Math.Max(sentence.FirstToken, trigger.FirstToken - 8); k < Math.Min(sentence.EndToken, trigger.LastToken + 6); k++)
            if (BareLemma(document.Tokens[k]) is var w && (Goods.Contains(w) || VanishingThings.Contains(w))) return true;
        return false;
    }

    private static readonly HashSet<string> VanishingThings = new(StringComparer.Ordinal)
    {
        "طايره", "طايرات", "الطايره", "رادار", "الرادار", "ادله", "الادله", "وثايق", "الوثايق", "ملفات",
    };

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "فوج", "كتيبه", "كتايب", "لواء", "الويه", "سريه", "قايد",
    };

    // "اعترضت الدفاعات الجوية صاروخا باليستيا أطلقه الحوثيون", "أحبطت قوات الأمن هجوما بسيارة مفخخة": the missile or
    // bomb named as what was intercepted or foiled is no attack of its own (ACLED codes the interception only).
    private static bool InterceptedOrFoiled(Document document, Sentence sentence, List<TriggerMention> sentenceTriggers, int k)
    {
        var trigger = sentenceTriggers[k];
        for (int j = 0; j < k; j++)
        {
            var before = sentenceTriggers[j];
            if (!before.Entries.Any(e => e.DefusesExplosives) || trigger.FirstToken <= before.LastToken) continue;
            int explosives = ExplosivesAfter(document, sentence, before);
            if (explosives >= 0 && trigger.FirstToken <= explosives) return true;
        }
        return false;
    }

    // "قتل مدني برصاص ميليشيات الحوثي": the fire right after a killing's own phrase is how it was done, not another act
    // (not the means of a strike verb, whose event it is: "استهدفت … بغارات").
    // "انفجار قنبلة زرعها إرهابيون كانت تستهدف دوريات لأجهزة الأمن", "سيارة مفخخة استهدفت موكبا": what a bomb just named
    // targeted is that bomb's aim — no strike of its own.
    private static bool WhatABombWasAimedAt(Document document, TriggerMention before, TriggerMention trigger)
    {
        if (!trigger.IsWeak || !trigger.Entries.All(e => e.IsStrike && e.NeedsTarget) || trigger.FirstToken - before.LastToken > 6
            || !before.Entries.Any(b => b.SubEventType is "Remote explosive/landmine/IED" or "Suicide bomb")) return false;
        for (int i = before.LastToken + 1; i < trigger.FirstToken; i++)
            if (document.Tokens[i].Kind == TokenKind.Punctuation) return false;
        return true;
    }

    // "بعد أيام من اختطافهم", "الأسرى", "المختطفين": the dead were captives, put to death — no fight.
    private static bool CaptivesIn(Document document, Sentence sentence) => AnyWordOf(document, sentence, CaptiveWords);

    private static readonly HashSet<string> CaptiveWords = new(StringComparer.Ordinal)
    {
        "اختطاف", "اختطافهم", "خطف", "خطفهم", "اسر", "اسرهم", "اسري", "مختطفين", "رهاين", "اعدام", "اعدم", "اعدمت",
    };

    // How many distinct words of the list the sentence holds, by their lemmas with the article off (BareLemma).
    private static int WordsOf(Document document, Sentence sentence, HashSet<string> words)
    {
        HashSet<string>? seen = null;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (BareLemma(document.Tokens[i]) is var w && words.Contains(w)) (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(w);
        return seen?.Count ?? 0;
    }

    private static readonly HashSet<string> SportsWords = new(StringComparer.Ordinal)
    {
        "منتخب", "منتخبات", "لاعبي", "لاعبو", "لاعبون", "مباراه", "مبارياتهم", "مباريات", "شوط", "بنتيجه", "بطوله", "دوري", "مدرب",
        // (not "هدف", "نقاط", "نتيجة": targets, positions and results of war too)
    };

    // Whether any word of the sentence, by its lemma with the article off (BareLemma), is one of <paramref name="words"/>.
    private static bool AnyWordOf(Document document, Sentence sentence, HashSet<string> words)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (words.Contains(BareLemma(document.Tokens[i]))) return true;
        return false;
    }

    private static bool HowAKillingWasDone(TriggerMention before, TriggerMention trigger) =>
        trigger.Instrumental && !before.IsWeak && trigger.FirstToken - before.LastToken <= 2
        && before.Entries.All(b => b.EventType == AcledTaxonomy.ViolenceAgainstCivilians)
        && before.Entries.Any(b => trigger.Entries.Any(e => e.SubEventType == b.SubEventType));
}
