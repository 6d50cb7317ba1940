using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// What the extractor asks about one document: the clause-level roles of a trigger, its places, date, counts,
/// and whether a mention is negated, future, a purpose, a state or background. One instance per document.
/// </summary>
internal sealed class ExtractionContext
{
    private readonly CueMarks _cues;
    private readonly ActorCatalog _catalog;
    private readonly List<ActorMention> _actors;
    // Every layer sorted by first token, so "the X of this sentence" is a binary search, not a scan.
    private readonly List<PlaceMention> _places;
    private readonly List<DateMention> _dates;
    private readonly List<Numbers.NumberMention> _numbers;
    private readonly List<TriggerMention> _triggers;

    public ExtractionContext(Document document, ActorCatalog catalog, Sides sides)
    {
        Document = document;
        Sides = sides;
        _cues = document.Cues;
        _catalog = catalog;
        // "دبي، الإمارات العربية المتحدة (CNN)--": where the story was filed is no scene and names no party.
        int dateline = DatelineEnd(document);
        _actors = WithAnaphora(document);
        if (dateline >= 0) _actors = _actors.Where(a => a.FirstToken > dateline).ToList();
        _places = ByFirstToken(document.Places.Where(p => p.IsResolved && p.FirstToken > dateline).ToList(), p => p.FirstToken);
        _dates = ByFirstToken(document.Dates, d => d.FirstToken);
        _numbers = ByFirstToken(document.Numbers, n => n.FirstToken);
        _triggers = ByFirstToken(document.Triggers, t => t.FirstToken);
        _airWordIn = new sbyte[document.Sentences.Count];
        _governing = new int[document.Sentences.Count];
        Array.Fill(_governing, -2);
        MainPlace = FindMainPlace(_places);
    }

    /// <summary>
    /// The last token of a dateline ("دبي، الإمارات العربية المتحدة (CNN)--", "بيروت (رويترز) -") opening one of the
    /// first sentences, or -1: a few words, an agency in brackets, a dash.
    /// </summary>
    private static int DatelineEnd(Document document)
    {
        var tokens = document.Tokens;
        foreach (var s in document.Sentences.Take(3))
            for (int i = s.FirstToken + 1; i < Math.Min(s.EndToken, s.FirstToken + 8); i++)
            {
                if (tokens[i].Norm != "(") continue;
                for (int j = i + 2; j < Math.Min(s.EndToken - 1, i + 6); j++)
                {
                    if (tokens[j].Norm != ")") continue;
                    int k = j + 1;
                    while (k < s.EndToken && tokens[k].Norm is "-" or "–" or "—") k++;
                    if (k > j + 1) return k - 1;
                    break;
                }
                break;
            }
        return -1;
    }

    // The stages fill their layers in text order, so sorting is nearly always a check; the layers are only read here.
    private static List<T> ByFirstToken<T>(List<T> items, Func<T, int> first)
    {
        for (int i = 1; i < items.Count; i++)
            if (first(items[i]) < first(items[i - 1])) return items.OrderBy(first).ToList();
        return items;
    }

    private readonly sbyte[] _airWordIn;   // by sentence: 0 not looked at, 1 no, 2 yes
    private readonly int[] _governing;    // first vow/threat/denial token of each sentence, -1 none, -2 not looked at

    /// <summary>
    /// Does the sentence hold one of <paramref name="airWords"/> (the extractor's aircraft and air-strike words)?
    /// Every trigger of a sentence asks, so it is looked up once per sentence.
    /// </summary>
    public bool SentenceHasAirWord(Sentence s, HashSet<string> airWords)
    {
        if (_airWordIn[s.Index] == 0)
        {
            bool found = false;
            for (int i = s.FirstToken; i < s.EndToken && !found; i++) found = new TokenKeys(Tokens[i]).AnyIn(airWords);
            _airWordIn[s.Index] = (sbyte)(found ? 2 : 1);
        }
        return _airWordIn[s.Index] == 2;
    }

    /// <summary>The actors whose mention starts at most 20 tokens before <paramref name="token"/> and not after it.</summary>
    public IEnumerable<ActorMention> ActorsAround(int token) => Within(_actors, a => a.FirstToken, Math.Max(0, token - 20), token + 1);

    public Document Document { get; }

    public Sides Sides { get; }

    /// <summary>Every actor mention of the document, anaphora included, in text order.</summary>
    public IReadOnlyList<ActorMention> Actors => _actors;

    /// <summary>The town the article is about: the most mentioned resolved town-level place (earliest on ties).</summary>
    public PlaceMention? MainPlace { get; }

    private List<Token> Tokens => Document.Tokens;

    // ---------------------------------------------------------------- filters

    /// <summary>A sentence about the past: a background cue ("في ذروة", "منذ عام") or only old dates.</summary>
    public bool IsBackground(Sentence s)
    {
        if (_cues.Find(CueClass.Background, s.FirstToken, s.EndToken) is not null
            && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => d.LastToken < s.EndToken && IsRecent(d.Date))) return true;
        return false;
    }

    /// <summary>Negated, future, threatened, purposive or a lasting state rather than an event.</summary>
    public bool IsSuppressed(Sentence s, TriggerMention t)
    {
        var first = Tokens[t.FirstToken];
        if (first.Form.Analysis is { } seg && seg.Proclitics.Contains("س")) return true;                       // سيهاجم
        if (Negated(s, t)) return true;
        if (_cues.FindLast(CueClass.Future, Math.Max(s.FirstToken, t.FirstToken - 4), t.FirstToken) is not null) return true;
        // "لا يزال يسيطر", "المناطق التي تسيطر عليها", "كان يسيطر": who holds a place is a state, not an event;
        // but "تواصل الغارات" and "التي تستهدفها القوات" are strikes going on, which are coded.
        bool control = t.Entries.All(e => e.IsTerritory);
        if (control && _cues.FindLast(CueClass.Ongoing, Math.Max(s.FirstToken, t.FirstToken - 3), t.FirstToken) is not null) return true;
        // A threat or vow governs what follows it in the sentence ("وتوعد ترامب قائلا: … ستكون الصواريخ قادمة").
        // A denial anywhere before it too ("نفى الجيش أن يكون قصف"). One pass over the words, one set per word form.
        if (FirstGoverning(s) is >= 0 and var g && g < t.FirstToken) return true;
        // "خلال قصف طيلة الأسابيع الستة الماضية": weeks or months of it are a campaign, summed up, not one event.
        // Also before it: "خلال 3 أسابيع من حملة القصف", "وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة";
        // and "ومعارك منذ شهر": fighting that has gone on for a month.
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 8); i < Math.Min(s.EndToken - 1, t.LastToken + 8); i++)
            if (i < t.FirstToken || i > t.LastToken)
                if (Tokens[i].Norm is "طيله" or "طوال" or "مدي" or "خلال" or "منذ")
                    for (int j = i + 1; j < Math.Min(s.EndToken, i + 4); j++)
                        if (CampaignSpans.Contains(Tokens[j].Lemma)) return true;
        // "القس الأمريكي الذي تحتجزه السلطات التركية", "المدنيين الذين خطفهم التنظيم": an arrest or abduction told in a
        // relative clause introduces a person; it is not the news, unless dated to a day ("الذي اعتقلته السلطات … الاثنين").
        if (ObjectPronounAfterRelative(t) && t.Entries.All(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance")
            && !Within(_dates, d => d.FirstToken, t.LastToken + 1, s.EndToken).Any(d => d.Date.Precision == DatePrecision.Day && IsRecent(d.Date)))
            return true;
        // "شنت الولايات المتحدة غارات ردا على الهجوم الكيماوي": what is answered was told before (or is background);
        // its agent is not the clause's subject.
        if (RespondsTo(s, t)) return true;
        // "منذ استعادة الجيش للغوطة": what things have been like since an event is background.
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "منذ" or "ومنذ") return true;
        // "الفارين من المعارك", "هربا من القصف": those fleeing a battle tell of deserters or refugees, not a new battle.
        if (t.FirstToken - 2 >= s.FirstToken && Tokens[t.FirstToken - 1].Norm == "من" && FleeWords.Contains(Tokens[t.FirstToken - 2].Lemma)) return true;
        // A weapon found, seized or stored is no attack: "عثرت القوات على كميات كبيرة من الأسلحة وقذائف الهاون".
        if (t.Instrumental || t.Entries.All(e => e.Pos == "noun" && e.EventType == AcledTaxonomy.Explosions))
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 8); i < t.FirstToken; i++)
                if (SeizureWords.Contains(Tokens[i].Lemma)) return true;
        // "الغوطة الشرقية المحاصرة", "المدينة المحررة": a participle describing a place is its state, not an event.
        if (t.FirstToken == t.LastToken && first.Form.Analysis is { HasArticle: true } && t.FirstToken > s.FirstToken
            && Within(_places, p => p.FirstToken, Math.Max(s.FirstToken, t.FirstToken - 4), t.FirstToken).Any(p => p.LastToken == t.FirstToken - 1))
            return true;
        // "بعد شهر من القتال", "بعد ثلاثة أسابيع من تكثيف هجماتها": a span of fighting that led somewhere, not a new clash.
        int of = t.FirstToken - 1;
        if (of - 1 >= s.FirstToken && Tokens[of].Norm != "من" && Tokens[of - 1].Norm == "من" && Intensifiers.Contains(Tokens[of].Lemma)) of--;
        if (of - 1 >= s.FirstToken && Tokens[of].Norm == "من")
            for (int i = Math.Max(s.FirstToken, of - 3); i < of; i++)
                if (DurationWords.Contains(Tokens[i].Lemma)) return true;
        if (control)
        {
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 2); i < t.FirstToken; i++)
                if (Tokens[i].Norm is "التي" or "الذي" or "الذين" or "كان" or "كانت" or "كانوا") return true;
            // A territory word as an aim or a means is not a capture: "لاستعادة السيطرة", "ليستعيد",
            // "وباستعادتها", "ركز جهوده على استعادة", "في إطار عملية استعادة".
            if (first.Form.Analysis is { } p && (p.Proclitics.Contains("ل") || p.Proclitics.Contains("ب"))) return true;
            if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "علي" or "في" or "الي") return true;
            // "السيطرة على معظم الغوطة": most of a region is the sum of a campaign.
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 8); i++)
                if (Tokens[i].Norm is "معظم" or "اغلب" or "غالبيه") return true;
            // Recovering weapons, bodies or prisoners is not taking ground ("استعادة كميات كبيرة من الأسلحة").
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 4); i++)
                if (NonTerritorialObjects.Contains(Tokens[i].Lemma)) return true;
            // Shares of a region ("استعادت نحو 70 في المئة من المنطقة") sum up a campaign; they are not one event.
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 9); i++)
                if (Tokens[i].Norm is "%" or "بالميه" or "المايه" || Tokens[i].Norm == "في" && i + 1 < s.EndToken && Tokens[i + 1].Norm is "الميه" or "المايه") return true;
        }
        // "أي استخدام لأسلحة كيماوية سيؤدي …", "أي هجوم": any such act is a hypothesis.
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "اي" or "لاي" or "باي") return true;
        // Arrests of thieves, smugglers and gangs are crime, which ACLED leaves out.
        if (t.Entries.Any(e => e.SubEventType == "Arrests") && t.Entries.All(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance"))
            for (int i = s.FirstToken; i < s.EndToken; i++)
                if (CrimeWords.Contains(Tokens[i].Lemma)) return true;
        // "حق التظاهر السلمي", "حرية التظاهر": a right to act is no act.
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "حق" or "الحق" or "حريه") return true;
        // "الاتفاق النووي", "اتفاق تجاري": agreements ACLED codes settle conflicts, not trade or arms control.
        if (t.LastToken + 1 < s.EndToken && t.Entries.All(e => e.SubEventType == "Agreement") && NonConflictAgreements.Contains(Tokens[t.LastToken + 1].Lemma))
            return true;
        // Purpose: "للمساعدة في السيطرة", "بهدف استعادة", "من أجل"; and a verbal noun after "عملية"/"إطار".
        if (first.Form.Analysis is { } s2 && s2.Proclitics.Contains("ل") && t.Entries.All(e => e.Pos != "verb") && !Undergoes(s, t)) return true;
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 3); i < t.FirstToken; i++)
            if (new TokenKeys(Tokens[i]).AnyIn(PurposeWords)) return true;
        return false;
    }

    private bool RespondsTo(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        while (k > s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation) k--;   // ردا على "الهجوم الكيميائي"
        if (k - 1 >= s.FirstToken && Tokens[k].Norm == "علي" && Tokens[k - 1].Norm is "ردا" or "رد" or "الرد" or "وردا") return true;
        // "انتقاما لمقتل", "ثأرا للهجوم"
        return k >= s.FirstToken && k == t.FirstToken - 1 && Tokens[k].Norm is "انتقاما" or "ثارا" or "ثاراً"
               && Tokens[t.FirstToken].Form.Analysis is { } an && an.Proclitics.Contains("ل");
    }

    // "لم تقصف الطائرات", "لا تنفذ وزارة الدفاع ضربات جوية" (a negated verb whose object is the trigger), but not
    // "لم تتوقف الغارات" or "لا يزال القصف": a negated stop is going on.
    private bool Negated(Sentence s, TriggerMention t)
    {
        if (_cues.FindLast(CueClass.Negation, Math.Max(s.FirstToken, t.FirstToken - 5), t.FirstToken) is not { } cue) return false;
        if (t.FirstToken - cue.Last > 3 && PunctuationBetween(cue.Last, t.FirstToken)) return false;
        for (int i = cue.Last + 1; i < t.FirstToken; i++)
        {
            if (Stops.Contains(Tokens[i].Lemma)) return false;                       // لم تتوقف، لا يزال
            // "لم تكن كافية واستهدفها القصف", "لن نسمح بذلك وقد قصفنا": و opens a clause the negation does not reach
            if (Tokens[i].Norm is "و" or "وقد" || Tokens[i].Form.Analysis is { Proclitics.Count: > 0 } an && an.Proclitics[0] == "و") return false;
        }
        // so does a verb trigger with و of its own ("لم يكن مستعدا وقصفت"); a noun with و is one more thing denied ("عدم وجود مسلحين وألغام")
        if (t.FirstToken - cue.Last > 1 && t.Entries.Any(e => e.Pos is "verb" or "phrase")
            && Tokens[t.FirstToken].Form.Analysis is { Proclitics.Count: > 0 } own && own.Proclitics[0] == "و") return false;
        if (Stops.Contains(Tokens[cue.First].Lemma) || Stops.Contains(Tokens[cue.Last].Lemma))
            return !(_cues.FindLast(CueClass.Negation, Math.Max(s.FirstToken, cue.First - 2), cue.First) is not null);   // "لم" + "توقف"
        return true;
    }

    // Stopping and ceasing: negated, they say the thing goes on.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "توقف", "توقفت", "يتوقف", "تتوقف", "يتوقفوا", "يزال", "تزال", "زال", "زالت", "يزالون", "تنقطع", "ينقطع", "انقطع", "يهدا", "تهدا", "هدات", "هدا",
    };

    // "تعرضت مدينة حلب للقصف": لـ after "تعرض" marks what the place underwent, not a purpose.
    private bool Undergoes(Sentence s, TriggerMention t)
    {
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 4); i < t.FirstToken; i++)
            if (Tokens[i].Lemma is "تعرض" or "تعرضت" or "يتعرض" or "تتعرض" or "تعرضوا" or "يتعرضون" or "تتعرضان") return true;
        return false;
    }

    private static readonly HashSet<string> NonTerritorialObjects = new(StringComparer.Ordinal)
    {
        "كميات", "كميه", "اسلحه", "ذخاير", "ذخيره", "جثث", "جثه", "جثامين", "رفات", "اسري", "رهاين", "مختطفين", "اموال", "معدات", "اليات", "اسلحتها", "عتاد",
    };

    /// <summary>Whether <paramref name="next"/> is joined by و to <paramref name="previous"/>, within three words.</summary>
    public bool Coordinated(TriggerMention previous, TriggerMention next)
    {
        if (next.FirstToken <= previous.LastToken || next.FirstToken - previous.LastToken > 3 || PunctuationBetween(previous.LastToken, next.FirstToken)) return false;
        var first = Tokens[next.FirstToken];
        return first.Form.Analysis is { Proclitics.Count: > 0 } an && an.Proclitics[0] == "و" || Tokens[next.FirstToken - 1].Norm == "و";
    }

    /// <summary>
    /// "قصفا مدفعيا باتجاه قرى الجريبة", "غارات استهدفت المستشفى": a strike aimed at homes, villages or a hospital names
    /// its target, and it is no armed side — no opponent is filled in for it.
    /// </summary>
    public bool AimsAtCivilianObjects(TextSpan trigger)
    {
        foreach (var t in _triggers)
        {
            if (t.Span != trigger) continue;
            int end = Math.Min(Tokens.Count, t.LastToken + 5);
            for (int i = t.LastToken + 1; i < end; i++)
            {
                if (Tokens[i].Kind == TokenKind.Punctuation) break;
                if (CivilianObjects.Contains(Tokens[i].Lemma)) return true;
            }
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> CivilianObjects = new(StringComparer.Ordinal)
    {
        "قري", "قريه", "منازل", "منزل", "بيوت", "احياء", "الاحياء", "مستشفي", "المستشفي", "مدرسه", "سوق", "مخيم", "مساجد", "مسجد",
    };

    // Vows, threats and denials: whatever follows them in the sentence is not a reported event.
    private static readonly HashSet<string> SentenceGoverningVerbs = new(StringComparer.Ordinal)
    {
        "توعد", "هدد", "تهدد", "يهدد", "توعدت", "هددت", "يتوعد", "تتوعد", "نفي", "نفت", "ينفي", "تنفي", "نفوا",
    };

    private int FirstGoverning(Sentence s)
    {
        if (_governing[s.Index] != -2) return _governing[s.Index];
        int found = -1;
        for (int i = s.FirstToken; i < s.EndToken && found < 0; i++)
            if (GovernsSentence(Tokens[i])) found = i;
        return _governing[s.Index] = found;
    }

    private static bool GovernsSentence(Token token) => new TokenKeys(token).AnyIn(SentenceGoverningVerbs);

    // Spans long enough to make a campaign (days are not: "خلال الأيام الماضية" is how ongoing strikes are reported).
    private static readonly HashSet<string> CampaignSpans = new(StringComparer.Ordinal)
    {
        "اسابيع", "اسبوعين", "اشهر", "شهرين", "شهور", "سنوات", "اعوام", "عامين", "سنتين", "شهر", "اسبوع",
    };

    private static readonly HashSet<string> FleeWords = new(StringComparer.Ordinal)
    {
        "فارين", "فارون", "فروا", "فرار", "فرارا", "هروب", "هربا", "هاربين", "هاربون", "هربوا", "نازحين", "نازحون", "نزوح", "فر", "فرت",
    };

    private static readonly HashSet<string> SeizureWords = new(StringComparer.Ordinal)
    {
        "عثر", "عثرت", "عثروا", "ضبط", "ضبطت", "ضبطوا", "صادر", "صادرت", "مصادره", "كميات", "كميه", "مخزن", "مخازن", "مستودع", "مستودعات",
        "شحنه", "شحنات", "تهريب", "مهربه", "ترسانه", "مخبا", "ضبطيات",
        // supplied, bought or made: "تزويد المليشيات بالأسلحة الثقيلة خاصة الصواريخ البالستية"
        "تزويد", "زود", "زودت", "يزود", "تزود", "امداد", "امدادات", "تسليح", "صفقه", "صفقات", "بيع", "شراء", "تصنيع", "تطوير",
    };

    private static readonly HashSet<string> CrimeWords = new(StringComparer.Ordinal)
    {
        "عصابه", "عصابات", "سرقه", "سرقات", "مخدرات", "المخدرات", "احتيال", "ابتزاز", "جنائيه", "اللصوص", "لصوص", "نشل", "تزوير", "اغتصاب",
    };

    private static readonly HashSet<string> NonConflictAgreements = new(StringComparer.Ordinal)
    {
        "النووي", "نووي", "التجاري", "تجاري", "الاقتصادي", "اقتصادي", "النفطي", "الجمركي", "الاستثماري", "التجاره", "المناخ",
    };

    // "تكثيف الغارات", "استمرار المعارك": nouns that only say the fighting went on
    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "تكثيف", "تصعيد", "استمرار", "تواصل", "توالي", "تجدد", "اشتداد", "احتدام",
    };

    private static readonly HashSet<string> DurationWords = new(StringComparer.Ordinal)
    {
        "شهر", "شهرين", "اشهر", "اسبوع", "اسبوعين", "اسابيع", "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام", "ايام", "يومين",
    };

    private static readonly HashSet<string> PurposeWords = new(StringComparer.Ordinal)
    {
        "بهدف", "هدف", "اجل", "لاجل", "عمليه", "اطار", "محاوله", "خطه", "مساعده", "للمساعده", "لمنع", "منع",
        // orders: "توجيه عناصرها بملاحقة واعتقال الفارين"
        "توجيه", "وجه", "وجهت", "امر", "امرت", "اوامر", "تعليمات",
        // fears: "خوفا من التعرض لقصف أميركي", "تحسبا لهجوم"
        "خوفا", "خشيه", "تحسبا", "مخافه",
    };

    private bool IsRecent(PartialDate d) =>
        Document.Published is not { } pub || (d.Precision != DatePrecision.Year && d.Date.DayNumber >= pub.DayNumber - 30);

    /// <summary>The items of a list sorted by first token whose first token is in [from, to).</summary>
    private static IEnumerable<T> Within<T>(List<T> sorted, Func<T, int> first, int from, int to)
    {
        for (int i = FirstAtOrAfter(sorted, first, from); i < sorted.Count && first(sorted[i]) < to; i++) yield return sorted[i];
    }

    // ---------------------------------------------------------------- roles

    /// <summary>Agent, target and associates of a trigger from the clause around it.</summary>
    public Roles Roles(Sentence s, TriggerMention t)
    {
        Document.Claims.TryGetValue(s.Index, out var claim);
        // The claimant is not a party, unless the claim is about itself: "قال الجيش السوري إنه استعاد …".
        bool selfReport = claim is { Inherited: false } && SpeaksOfItself(claim, t);
        bool dropClaimant = claim is { Inherited: false } && !selfReport;
        var (clauseStart, clauseEnd) = Clause(s, t);
        var inSentence = new List<ActorMention>();
        for (int i = FirstAtOrAfter(_actors, a => a.FirstToken, clauseStart); i < _actors.Count && _actors[i].FirstToken < clauseEnd; i++)
        {
            var a = _actors[i];
            if (a.LastToken < clauseEnd && !(dropClaimant && claim!.SourceSpan.Overlaps(a.Span)) && !IsInstrument(a)) inSentence.Add(a);
        }
        if (inSentence.Count == 0) return NoRoles;

        // "بين X و Y" (before coordination is read as alliance): the two sides of a clash.
        // Only a "بين" that follows the trigger closely ("اشتباكات دارت بين", "معارك بين") names its sides.
        if (_cues.Find(CueClass.Between, t.LastToken + 1, Math.Min(s.EndToken, t.LastToken + 5)) is { } between)
        {
            // "بين ألوية العمالقة والمقاومة التهامية من جهة والحوثيين من جهة أخرى": allies of the first side join it.
            var after = inSentence.Where(a => a.FirstToken > between.Last && !IsAssociate(a, s)).ToList();
            if (after.Count >= 2)
            {
                var first = after[0];
                var second = after.Skip(1).FirstOrDefault(a => !Sides.Allied(a.Actor, first.Actor) && a.Actor.PlainName != first.Actor.PlainName);
                var allies = after.Skip(1).TakeWhile(a => a != second).Where(a => Sides.Allied(a.Actor, first.Actor)).ToList();
                if (second is not null)
                    return new Roles(first, second, inSentence.Where(a => IsAssociate(a, s)).Concat(allies).ToList(), TargetMarked: true);
            }
        }

        var assoc = new List<ActorMention>();
        var unassociated = new List<ActorMention>();   // the sentence's actors that are not associates, in order
        var main = new List<ActorMention>();           // of those, named ones; a country standing for its state only as a fallback
        foreach (var a in inSentence)
        {
            if (IsAssociate(a, s) || IsCoordinated(a, inSentence)) { assoc.Add(a); continue; }
            if (assoc.Contains(a) || unassociated.Contains(a)) continue;   // set semantics, as Except had
            unassociated.Add(a);
            // "دخلوا العراق" names a place.
            if (a.Rule != "country") main.Add(a);
        }
        // Except keeps out later duplicates of an associate too.
        unassociated.RemoveAll(assoc.Contains);
        main.RemoveAll(assoc.Contains);
        if (main.Count == 0) main.AddRange(unassociated);

        ActorMention? agent = null, target = null;
        // "مواقع الحوثيين", "مقتل 57 عنصرا في الحرس الثوري": what is hit, wherever it stands, is never the agent.
        List<ActorMention>? hit = null;
        foreach (var a in main)
            if (IsHit(a, s, t)) (hit ??= new List<ActorMention>()).Add(a);
        foreach (var a in main)
            if (!(hit?.Contains(a) ?? false) && IsAgentMarked(a, s, t)) { agent = a; break; }
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
        bool marked = target is not null;
        if (hit is not null) main.RemoveAll(a => hit.Contains(a) && a != target);
        // "استهدفت فصائل المعارضة بالمدفعية الثقيلة تجمعات القوات": a weapon noun with no verb trigger over it
        // stands after its clause's subject, so the agent is the actor just before it.
        if (agent is null && t.Instrumental && t.Entries.All(e => e.Pos != "verb"))
            for (int i = main.Count - 1; i >= 0 && agent is null; i--)
            {
                var a = main[i];
                if (a != target && a.LastToken < t.FirstToken && t.FirstToken - a.LastToken <= 3 && !PunctuationBetween(a.LastToken, t.FirstToken)) agent = a;
            }
        // Verb-subject (استعاد الجيش) and subject-verb (الجيش استعاد): the nearest actor not marked as target.
        // "الغارات التي تشنها تركيا": the subject of the relative clause on the trigger is its agent.
        agent ??= RelativeClauseSubject(t, s, unassociated, target);
        // "لطائرات التحالف" (for the coalition's aircraft) is not the subject of the clause.
        if (agent is null)
        {
            ActorMention? inside = null, afterIt = null, beforeIt = null, any = null;
            foreach (var a in main)
            {
                if (a == target || Benefactive(a)) continue;
                any ??= a;
                // "رشق مستوطنون", "هاجم المستوطنون": a trigger phrase that names who acts.
                // (a generic word in it, "هجوم انتحاري", only describes the attack)
                // ("دخلت قوات النظام": a name that starts inside the phrase and runs on is its actor too)
                if (inside is null && a.FirstToken >= t.FirstToken && a.FirstToken <= t.LastToken && a.Rule != "generic") inside = a;
                if (afterIt is null && a.FirstToken > t.LastToken && a.FirstToken - t.LastToken <= 6) afterIt = a;
                if (a.LastToken < t.FirstToken) beforeIt = a;
            }
            // "تقدم القوات الحكومية في قتالها مع المسلحين": a verbal noun with a possessive pronoun belongs to the
            // actor before it.
            bool possessed = Tokens[t.LastToken].Form.Analysis is { Enclitic: not null } && t.Entries.All(e => e.Pos != "verb");
            agent = inside ?? (possessed ? beforeIt ?? afterIt : afterIt ?? beforeIt) ?? any;
        }
        if (target is null)
            foreach (var a in main)
                if (a != agent && a.FirstToken > t.LastToken && a.Actor.PlainName != agent?.Actor.PlainName) { target = a; break; }
        // Civilians do not fight battles: a civilian "agent" is the target.
        // (When the target is what was hit — "مدينة الحديدة الخاضعة لسيطرة الحوثيين" — it strikes nothing: the civilians
        // are its casualties and the attacker is found in the article.)
        if (agent is { Actor.Inter: 7 } && target is not null && target.Actor.Inter != 7)
            (agent, target) = hit is not null && hit.Contains(target) ? (null, target) : (target, agent);
        if (agent is not null && target is not null && agent.Actor.PlainName == target.Actor.PlainName) target = null;
        // Two allies are not agent and target: the second fights alongside the first.
        if (agent is not null && target is not null && Sides.Allied(agent.Actor, target.Actor)) { assoc.Add(target); target = null; marked = false; }
        if (agent is not null) assoc.RemoveAll(a => a.Actor.PlainName == agent.Actor.PlainName);
        return new Roles(agent, target, assoc.Count == 0 ? Array.Empty<ActorMention>() : assoc, marked && target is not null);
    }

    private static readonly Roles NoRoles = new(null, null, Array.Empty<ActorMention>());

    // "وشن المتمردون قصفا مدفعيا …، في حين أفشلت القوات المشتركة هجوما لهم": a contrastive or simultaneous
    // conjunction starts another clause with its own actors. The trigger's clause is [start, end) in tokens.
    /// <summary>The clause of the sentence the trigger stands in, in tokens [Start, End).</summary>
    public (int Start, int End) Clause(Sentence s, TriggerMention t)
    {
        int start = s.FirstToken, end = s.EndToken;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (i >= t.FirstToken && i <= t.LastToken) continue;
            int width = ClauseBoundary(i, s.EndToken);
            if (width == 0) continue;
            if (i < t.FirstToken) start = i + width;
            else { end = i; break; }
        }
        return (start, end);
    }

    // The width in tokens of a clause-opening conjunction at token i, or 0.
    private int ClauseBoundary(int i, int end)
    {
        string norm = Tokens[i].Norm;
        if (norm is "فيما" or "وفيما" or "بينما" or "وبينما") return 1;
        if (i + 1 < end && norm is "في" or "وفي" && Tokens[i + 1].Norm is "حين" or "المقابل") return 2;
        return 0;
    }

    private bool Benefactive(ActorMention a) => Tokens[a.FirstToken].Form.Analysis is { } an && an.Proclitics.Contains("ل");

    /// <summary>The index of the first item of a list sorted by first token whose first token is at least <paramref name="from"/>.</summary>
    private static int FirstAtOrAfter<T>(List<T> sorted, Func<T, int> first, int from)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (first(sorted[mid]) < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // "إنه/إنها/إنهم" (that it/they) between the claimant and the trigger: the claimant speaks of its own act.
    private bool SpeaksOfItself(Claim claim, TriggerMention t)
    {
        // The claimant is named in the trigger's sentence: no need to look before it.
        for (int i = Document.Sentences[claim.Sentence].FirstToken; i < t.FirstToken; i++)
        {
            if (Tokens[i].Span.Start < claim.SourceSpan.End) continue;
            if (Tokens[i].Norm is "انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم" or "فانه" or "فانها") return true;
        }
        return false;
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
        t.FirstToken > 0 && Tokens[t.FirstToken - 1].Norm is "التي" or "الذي" or "اللتي" or "الذين"
        // a third-person pronoun: "الذين يهاجموننا" (who attack us) makes the relative noun the subject
        && Tokens[t.LastToken].Form.Analysis is { Enclitic: "ه" or "ها" or "هم" or "هما" or "هن" } && t.Entries.Any(e => e.Pos == "verb");

    private ActorMention? RelativeClauseSubject(TriggerMention t, Sentence s, List<ActorMention> candidates, ActorMention? target)
    {
        int rel = t.LastToken + 1;
        if (rel >= s.EndToken || Tokens[rel].Norm is not ("التي" or "الذي" or "اللتي")) return null;
        // relative pronoun, its verb, then the subject (possibly after one more word: "التي تشنها طائرات التحالف").
        foreach (var a in candidates)
            if (a != target && a.FirstToken >= rel + 2 && a.FirstToken <= rel + 3) return a;
        return null;
    }

    // "ألوية العمالقة والمقاومة التهامية": an actor joined to the one before it by و fights on the same side.
    private bool IsCoordinated(ActorMention a, List<ActorMention> inSentence)
    {
        var first = Tokens[a.FirstToken];
        bool joinedByWa = first.Form.Analysis is { } an && an.Proclitics.Count > 0 && an.Proclitics[0] == "و"
                          || a.FirstToken > 0 && Tokens[a.FirstToken - 1].Norm == "و";
        if (!joinedByWa) return false;
        int gapStart = first.Norm == "و" ? a.FirstToken - 1 : a.FirstToken;
        return inSentence.Any(o => o != a && o.LastToken == gapStart - 1 && o.Actor.PlainName != a.Actor.PlainName
                                   && o.Actor.Inter != 7 && a.Actor.Inter != 7);
    }

    private bool IsAssociate(ActorMention a, Sentence s)
    {
        int from = Math.Max(s.FirstToken, a.FirstToken - 4);
        if (_cues.FindLast(CueClass.Assoc, from, a.FirstToken) is { } cue && cue.Last >= a.FirstToken - 2) return true;
        return false;
    }

    // "بالمدفعية", "بالطيران": a bare force noun as the means of an attack names a weapon, not a party.
    private bool IsInstrument(ActorMention a) =>
        a.Rule == "generic" && a.FirstToken == a.LastToken && Tokens[a.FirstToken].Form.Analysis is { } an && an.Proclitics.Contains("ب");

    /// <summary>
    /// The actor is what gets hit: the genitive of a target noun ("مواقع الحوثيين", "مواقع تابعة للحوثيين") or the
    /// side of the dead and wounded ("مقتل 57 عنصرا في الحرس الثوري", "إصابة جنود من الجيش").
    /// </summary>
    private bool IsHit(ActorMention a, Sentence s, TriggerMention t)
    {
        int k = a.FirstToken - 1;
        if (k >= s.FirstToken && Tokens[k].Norm is "تابعه" or "التابعه" or "تابع" or "التابع") k--;
        if (k >= s.FirstToken && _cues.FindLast(CueClass.TargetHead, Math.Max(s.FirstToken, k - 2), k + 1) is { } head && head.Last == k) return true;
        // "المزارع التي يتحصن فيها المتمردون", "المخيم الذي يسيطر عليه التنظيم": who holds the place that is hit
        // (a relative clause on the trigger itself names its agent instead: "الغارات التي تشنها تركيا").
        int r = a.FirstToken - 1;
        if (r > s.FirstToken && OccupiedPrepositions.Contains(Tokens[r].Norm)) r--;
        r--;   // the relative clause's verb
        // ("المناطق التي تستهدفها القوات": the verb after the relative pronoun is the trigger, and who follows it acts.)
        if (r >= s.FirstToken && Tokens[r].Norm is "التي" or "الذي" or "اللتي" or "الذين" && r != t.LastToken + 1 && r + 1 != t.FirstToken) return true;
        // "مدينة الحديدة الخاضعة لسيطرة الحوثيين", "قرية تحت سيطرة داعش": who holds the place struck is the side hit
        // (not for a territory change, where "باتت تحت سيطرة" names the one who took it).
        int held = a.FirstToken - 1;
        if (held - 1 >= s.FirstToken && (held < t.FirstToken || held > t.LastToken) && !t.Entries.Any(e => e.IsTerritory)
            && Tokens[held].Lemma == "سيطره" && Tokens[held - 1].Norm is "تحت" or "خاضعه" or "الخاضعه" or "خاضع" or "الخاضع" or "الخاضعين" or "خاضعين")
            return true;
        int prep = a.FirstToken - 1;
        if (prep <= s.FirstToken || Tokens[prep].Norm is not ("في" or "من")) return false;
        // a killed or injured cue a few words before, with its count: "مقتل 57 عنصرا في", "جرح ثلاثة من".
        for (int i = Math.Max(s.FirstToken, prep - 5); i < prep; i++)
            if ((_cues.IsAt(CueClass.Killed, i, prep, out _) || _cues.IsAt(CueClass.Injured, i, prep, out _)) && !PunctuationBetween(i, prep)) return true;
        return false;
    }

    private bool IsAgentMarked(ActorMention a, Sentence s, TriggerMention t) =>
        _cues.FindLast(CueClass.AgentBy, Math.Max(s.FirstToken, a.FirstToken - 3), a.FirstToken) is { } cue && cue.Last == a.FirstToken - 1
        // "غارة جوية لطائرات التحالف", "هجوم للحوثيين": لـ right after an attack noun names whose attack it was
        || a.FirstToken == t.LastToken + 1 && t.Entries.All(e => e.Pos != "verb") && Benefactive(a)
           && t.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles && !e.IsTerritory)
        // "من" right after the trigger's phrase: the attack came from this actor.
        || !t.Entries.Any(e => e.IsTerritory) && a.FirstToken > t.LastToken && a.FirstToken - t.LastToken <= 3 && Tokens[a.FirstToken - 1].Norm == "من";

    private bool IsTargetMarked(ActorMention a, Sentence s, TriggerMention t)
    {
        if (a.FirstToken <= t.LastToken) return false;
        var before = Tokens[a.FirstToken];
        // على/ضد as a word, or the clitic: "عليها" is not a target, "على قوات" is.
        if (a.FirstToken - 1 >= s.FirstToken && Tokens[a.FirstToken - 1].Norm is "علي" or "ضد" or "لصالح") return true;
        // "غارة استهدفت مواقع": the object of a targeting verb after the event; but when the verb is the trigger
        // itself, the word after it is its subject ("استهدفت فصائل المعارضة بالمدفعية تجمعات القوات").
        if (a.FirstToken - 1 > t.LastToken && Tokens[a.FirstToken - 1].Norm is "استهدف" or "استهدفت") return true;
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
        if (_cues.FindLast(CueClass.TargetPrep, Math.Max(t.LastToken + 1, a.FirstToken - 2), a.FirstToken) is not null) return true;
        return before.Form.Analysis is { } seg && seg.Proclitics.Contains("ل") && t.Entries.Any(e => e.IsTerritory);
    }

    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "مقاتلون", "مقاتلين", "مقاتلو", "مقاتلي", "عناصر", "مسلحون", "مسلحين", "جنود", "قوات", "افراد", "اعضاء", "وحدات", "عدد", "مجموعه", "الاف", "مئات", "عشرات",
    };

    // "التنظيم", "الجيش", "الحركة" standing alone refer back to the last actor of that kind.
    private static List<ActorMention> WithAnaphora(Document document)
    {
        var list = ByFirstToken(document.Actors, a => a.FirstToken);
        var tokens = document.Tokens;
        var covered = new bool[tokens.Count];
        foreach (var a in list) for (int k = a.FirstToken; k <= a.LastToken && k < covered.Length; k++) covered[k] = true;
        var named = ByFirstToken(list, a => a.LastToken);
        List<ActorMention>? added = null;
        int before = -1;   // index in named of the last mention ending before token i
        for (int i = 0; i < tokens.Count; i++)
        {
            while (before + 1 < named.Count && named[before + 1].LastToken < i) before++;
            if (covered[i] || tokens[i].Kind != TokenKind.ArabicWord) continue;
            string lemma = tokens[i].Lemma;
            if (!AnaphoricNouns.Contains(lemma) || tokens[i].Form.Analysis?.HasArticle != true) continue;
            // Nearest earlier mention first: a backward scan that usually stops after a few steps.
            ActorMention? antecedent = null;
            for (int k = before; k >= 0 && antecedent is null; k--)
                if (named[k].LastToken < i && RefersTo(lemma, named[k])) antecedent = named[k];
            if (antecedent is null) continue;
            (added ??= new List<ActorMention>()).Add(new ActorMention(tokens[i].Span, tokens[i].Surface, i, i, antecedent.Actor, "anaphora"));
        }
        return added is null ? list : list.Concat(added).OrderBy(a => a.FirstToken).ToList();
    }

    private static readonly HashSet<string> AnaphoricNouns = new(StringComparer.Ordinal)
    {
        "تنظيم", "جيش", "حركه", "جماعه", "ميليشيا", "ميليشيات", "مليشيات", "متمردون", "متمردين",
    };

    private static bool RefersTo(string lemma, ActorMention a) => lemma switch
    {
        "تنظيم" => a.Actor.Inter is 2 or 3 && !a.Actor.IsState,
        "جيش" => a.Actor.Kind == "military",
        "حركه" => a.Actor.Kind is "rebel" or "political_militia" || ArabicNormalizer.Matching.Normalize(a.Surface).Contains("حركه"),
        "جماعه" or "متمردون" or "متمردين" => !a.Actor.IsState && a.Actor.Inter is 2 or 3,
        _ => a.Actor.Kind is "political_militia" or "identity_militia",
    };

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
                           // another force of the same country is an opponent only when the sides table says so
                           && (a.Actor.Country != actor.Country || a.Actor.Country is null || Sides.Knows(a.Actor) && Sides.Knows(actor)))
            .GroupBy(a => a.Actor.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First().Actor).FirstOrDefault();

    // Who takes the field: not a government, the UN or the African Union as bodies ("أعلنت الأمم المتحدة …" names no
    // one's enemy).
    private static bool Fights(ActorRef a) => a.Kind != "government" && a.Id is not ("un" or "au");

    /// <summary>The actor as coded for an event in <paramref name="iso2"/>: generic country filled in, foreign forces inter 8.</summary>
    public ActorRef? Code(ActorRef? actor, string? iso2)
    {
        if (actor is null) return null;
        if (iso2 is not null && actor.IsGeneric) actor = _catalog.ResolveGenericCountry(actor, iso2, Document.Published?.Year);
        return actor.WithEventCountry(iso2);
    }

    // ---------------------------------------------------------------- places, dates, numbers

    /// <summary>
    /// The places of a trigger: town-level places after it in the sentence (each its own event), else the nearest
    /// before it, else the article's main place, else a region or country named in the sentence.
    /// </summary>
    public IReadOnlyList<PlaceMention> PlacesFor(Sentence s, TriggerMention t, TriggerMention? means = null)
    {
        if (!_sentencePlaces.TryGetValue(s.Index, out var here)) _sentencePlaces[s.Index] = here = SentencePlaces(s);
        var (inSentence, towns) = here;
        // The places of this event end where the next event's trigger starts: a strong one other than this event's
        // own weapon noun ("استهدفت … بالمدفعية تجمعات القوات المتمركزة مدينتي السقيلبية والشيخ حديد").
        int nextTrigger = Within(_triggers, o => o.FirstToken, t.LastToken + 1, s.EndToken)
            .Where(o => o != means && !o.IsWeak).Select(o => o.FirstToken).DefaultIfEmpty(s.EndToken).Min();
        // "احتجاجا على تدخل طهران": what follows a protest's reason word is the grievance, not the scene.
        for (int i = t.LastToken + 1; i < nextTrigger; i++)
            if (ReasonWords.Contains(Tokens[i].Lemma)) { nextTrigger = i; break; }
        var after = towns.Where(p => p.FirstToken > t.LastToken && p.FirstToken < nextTrigger).ToList();
        // "من دوما، آخر معاقل المعارضة في الغوطة الشرقية بريف دمشق": regions named after a town only place it.
        // A village the gazetteer lacks, listed with towns ("مدينتي السقيلبية والشيخ حديد"), stays an event of its own.
        // A name the gazetteer lacks counts as a place of its own only when the text calls it a settlement.
        after = after.Where(p => !IsStandIn(p) || NamedAsSettlement(p) && !PartWords.Contains(Tokens[p.FirstToken].Lemma)).ToList();
        // "قرى الجنينة والجيعة … بريف دير الزور": the countryside phrase places the villages; it is no scene itself.
        if (after.Any(IsStandIn)) after = after.Where(p => IsStandIn(p) || p.Relation is null).ToList();
        if (after.Any(p => p.GeoPrecision == 1)) after = after.Where(p => p.GeoPrecision == 1 || IsStandIn(p)).ToList();
        // Only regions: the first is the scene, the others restate it ("جبهات الساحل الغربي (محافظة الحديدة)").
        else if (after.Count(p => !IsStandIn(p)) > 1)
        {
            var region = after.First(p => !IsStandIn(p));
            after = after.Where(p => p == region || IsStandIn(p)).ToList();
        }
        // An agreement or another strategic development is one event, whatever list of places it covers.
        if (after.Count > 1 && t.Entries.All(e => e.EventType == AcledTaxonomy.StrategicDevelopments)) after = after.Take(1).ToList();
        if (after.Count > 0) return Distinct(after);
        var before = towns.Where(p => p.LastToken < t.FirstToken).ToList();
        if (before.Count > 0) return new[] { before[^1] };
        if (towns.Count > 0) return new[] { towns[0] };
        // No town in the sentence: the town the article is about (a country named here is usually a party or a
        // backer, "بدعم من إيران", not the scene), else the country.
        if (MainPlace is not null) return new[] { MainPlace };
        var country = inSentence.FirstOrDefault(IsCountry);
        return country is null ? Array.Empty<PlaceMention>() : new[] { country };
    }

    private readonly Dictionary<int, (List<PlaceMention> InSentence, List<PlaceMention> Towns)> _sentencePlaces = new();

    // The sentence's places that can be a scene (not inside an actor's name, not a backer), and of them the towns.
    private (List<PlaceMention> InSentence, List<PlaceMention> Towns) SentencePlaces(Sentence s)
    {
        int firstActor = FirstAtOrAfter(_actors, a => a.FirstToken, s.FirstToken);
        bool InsideActor(PlaceMention p)
        {
            for (int i = firstActor; i < _actors.Count && _actors[i].FirstToken < s.EndToken; i++)
                if (_actors[i].Rule != "anaphora" && _actors[i].Span.Overlaps(p.Span)) return true;
            return false;
        }
        var inSentence = new List<PlaceMention>();
        var candidates = new List<PlaceMention>();
        for (int i = FirstAtOrAfter(_places, p => p.FirstToken, s.FirstToken); i < _places.Count && _places[i].FirstToken < s.EndToken; i++)
        {
            var p = _places[i];
            if (p.LastToken >= s.EndToken || InsideActor(p) || NamesABacker(p)) continue;
            inSentence.Add(p);
            if (!IsCountry(p) && !GovernmentByCapital(p)) candidates.Add(p);
        }
        // "قلعة المضيق، شمال غربي حماة": a relative phrase right after a town only says where that town is.
        var towns = new List<PlaceMention>(candidates.Count);
        foreach (var p in candidates)
        {
            bool placesTheOther = false;
            if (p.Relation is not null && !IsStandIn(p))
                foreach (var q in candidates)
                    if (q != p && q.LastToken < p.FirstToken && p.FirstToken - q.LastToken <= 4) { placesTheOther = true; break; }
            if (!placesTheOther) towns.Add(p);
        }
        return (inSentence, towns);
    }

    // "ميليشيات موالية لطهران", "الفصائل التابعة لأنقرة", "المدعومة من واشنطن": a place named as a backer is a government.
    private bool NamesABacker(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        if (k >= 0 && Tokens[k].Norm == "من") k--;
        return k >= 0 && BackerWords.Contains(Tokens[k].Lemma);
    }

    private static readonly HashSet<string> OccupiedPrepositions = new(StringComparer.Ordinal)
    {
        "فيها", "فيه", "عليها", "عليه", "بها", "به", "منها", "منه",
    };

    private static readonly HashSet<string> ReasonWords = new(StringComparer.Ordinal)
    {
        "احتجاجا", "تنديدا", "رفضا", "استنكارا", "تضامنا", "للمطالبه", "مطالبين", "مطالبه", "اعتراضا",
    };

    private static readonly HashSet<string> BackerWords = new(StringComparer.Ordinal)
    {
        "موالي", "مواليه", "الموالي", "الموالية", "الموالين", "موالين", "تابع", "تابعه", "التابع", "التابعه", "حليف", "حليفه", "حلفاء",
        "مدعوم", "مدعومه", "المدعوم", "المدعومه", "المدعومين", "مدعومين",
    };

    // "قالت دمشق", "إن تل أبيب قصفت", "اتهمت موسكو": a capital speaking or acting is its government, not a place.
    private bool GovernmentByCapital(PlaceMention p)
    {
        bool capital = p.Place!.FeatureCode.StartsWith("PPLC", StringComparison.Ordinal);
        if (!capital && !p.Place.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal)) return false;
        int before = p.FirstToken - 1, after = p.LastToken + 1;
        bool spokenOf = before >= 0 && (_cues.IsAt(CueClass.Reporting, before, p.FirstToken, out _)
                                        || Tokens[before].Norm is "ان" or "انه" or "بان" or "اتهمت" or "اتهم" or "حملت");
        bool acts = after < Tokens.Count && Within(_triggers, t => t.FirstToken, after, after + 1).Any()
                    || after < Tokens.Count && _cues.IsAt(CueClass.Reporting, after, after + 3, out _);
        // A seat of government that is no capital ("إن تل أبيب قصفت") only when it both is spoken of and acts.
        return capital ? spokenOf || acts : spokenOf && acts;
    }

    private static IReadOnlyList<PlaceMention> Distinct(List<PlaceMention> places) =>
        places.GroupBy(PlaceKey).Select(g => g.First()).ToList();

    /// <summary>
    /// Which place an event is at: the gazetteer place, except that villages the gazetteer lacks, placed at the town
    /// of their context, are each a place of their own.
    /// </summary>
    public static string PlaceKey(PlaceMention p) => p.Place is null ? "?" + p.Surface
        : IsStandIn(p) ? p.Place.GeonameId + "|" + p.Surface : p.Place.GeonameId.ToString();

    // "قرى الجنينة والجيعة وشمرة الحصان", "مديريات الحالي والدريهمي", "مدينتي السقيلبية والشيخ حديد": a settlement
    // noun before the name or the list it ends; "في محيط الكلية البحرية ومواقع أخرى" names no settlement.
    private bool NamedAsSettlement(PlaceMention p)
    {
        for (int i = p.FirstToken - 1; i >= 0 && i >= p.FirstToken - 10; i--)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Surface is not ("-" or "ـ")) return false;
            if (SettlementNouns.Contains(token.Lemma)) return true;
        }
        return false;
    }

    // "بلدة حمورية وأجزاء من بلدات سقبا": words for parts and groups of places, not names.
    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal)
    {
        "اجزاء", "جزء", "اطراف", "محيط", "ضواحي", "مواقع", "احياء", "مناطق", "بلدات", "قري", "مدن", "بعض", "عدد", "معظم", "غالبيه", "كامل", "باقي", "بقيه",
    };

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.Ordinal)
    {
        "مدينه", "مدينتي", "مدن", "بلده", "بلدتي", "بلدات", "قريه", "قريتي", "قري", "مديريه", "مديريتي", "مديريات", "ناحيه", "نواحي",
        "حي", "حيي", "احياء", "مخيم", "مخيمات", "منطقه", "منطقتي", "مناطق", "مستوطنه", "مستوطنات", "عزبه", "قضاء", "بلدتا", "قريتا",
    };

    // The geoparser's relation for a name it could not find, placed at the town of its context (PlaceRecognizer).
    private static bool IsStandIn(PlaceMention p) => p.Relation == "in the area of";

    private static bool IsCountry(PlaceMention p) => p.Place!.FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    private static PlaceMention? FindMainPlace(List<PlaceMention> places)
    {
        // Names the gazetteer lacks stand at their context's town: they do not make it the article's town.
        var towns = places.Where(p => !IsCountry(p) && p.GeoPrecision <= 2 && !IsStandIn(p)).ToList();
        return towns.GroupBy(p => p.Place!.GeonameId).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.First()).FirstOrDefault();
    }

    /// <summary>The trigger's date: the nearest date in its sentence, else the publication date (week precision).</summary>
    public PartialDate? DateFor(Sentence s, TriggerMention t, out TextSpan? span)
    {
        span = null;
        var dates = Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Where(d => d.LastToken < s.EndToken).ToList();
        var pub = Document.Published;
        if (dates.Count > 0)
        {
            var nearest = dates.OrderBy(d => Math.Min(Math.Abs(d.FirstToken - t.LastToken), Math.Abs(d.LastToken - t.FirstToken))).First();
            span = nearest.Span;
            if (!IsRecent(nearest.Date)) return null;                              // background
            if (pub is { } p && nearest.Date.Date > p.AddDays(1)) return null;    // future
            return nearest.Date;
        }
        return pub is { } published ? new PartialDate(published, DatePrecision.Week) : null;
    }

    /// <summary>
    /// Killed or injured count for an event in sentence <paramref name="s"/>: numbers right after the cue ("مقتل 12")
    /// or a few words before it ("خمسة من أفراد الأمن قتلوا"); the lowest when figures disagree, as ACLED codes. A
    /// plural with no figure ("سقوط قتلى") counts 3, the least an Arabic plural can mean.
    /// </summary>
    public (int? Count, TextSpan? Span) CountFor(CueClass cls, Sentence s)
    {
        // every trigger of a sentence asks the same question
        var key = ((long)s.Index << 5) | (long)cls;
        if (!_counts.TryGetValue(key, out var count)) _counts[key] = count = Count(cls, s, out _);
        return count;
    }

    private readonly Dictionary<long, (int? Count, TextSpan? Span)> _counts = new();

    private (int? Count, TextSpan? Span) Count(CueClass cls, Sentence s, out bool cueFound)
    {
        int? best = null;
        TextSpan? span = null;
        TextSpan? plural = null;
        cueFound = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!_cues.IsAt(cls, i, s.EndToken, out int last)) continue;
            cueFound = true;
            // A plural of dead with no figure — "قتلى", "عدد من القتلى" (a number of), "خسائر بشرية" — is several:
            // ACLED's coders take the lowest reading, 3.
            for (int k = i; k <= last; k++)
                if (Tokens[k].Lemma is "قتلي" or "شهداء" or "جرحي" or "مصابين" or "ضحايا" or "بشريه" or "ارواح" or "الارواح") plural ??= Tokens[k].Span;
            foreach (var n in Within(_numbers, n => n.FirstToken, s.FirstToken, s.EndToken))
            {
                bool after = n.FirstToken > last && n.FirstToken - last <= 3;
                bool before = n.LastToken < i && i - n.LastToken <= 5 && !PunctuationBetween(n.LastToken, i);
                if (!(after || before) || n.Value is < 0 or > 100000) continue;
                if (Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => d.Span.Overlaps(n.Span))) continue;
                int value = (int)n.Value;
                if (best is null || value < best) { best = value; span = n.Span; }
            }
            i = last;
        }
        if (best is null && plural is not null) return (3, plural);
        return (best, span);
    }

    private bool PunctuationBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (Tokens[k].Kind == TokenKind.Punctuation) return true;
        return false;
    }
}
