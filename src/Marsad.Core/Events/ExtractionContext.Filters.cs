using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Which mentions are no event: negated, future, hypothetical, purposive, a lasting state, a campaign, background.
internal sealed partial class ExtractionContext
{
    /// <summary>A sentence about the past: a background cue ("في ذروة", "منذ عام") or only old dates.</summary>
    public bool IsBackground(Sentence s)
    {
        if (_cues.Find(CueClass.Background, s.FirstToken, s.EndToken) is { } cue && !Ranked(s, cue.First) && !AsidesTime(s, cue.First) && !HoursSince(s, cue.First)
            && !PluperfectOfAnAside(s, cue.First)
            && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => d.LastToken < s.EndToken && IsRecent(d.Date) && !PrayerOfTheDay(d.FirstToken)
                   && !(d.FirstToken >= cue.First && d.LastToken <= cue.Last && !InAnAsideAfterAnAct(s, cue.First)))) return true;
        return OpensWithAnEarlierYear(s);
    }

    // The cue's own day ("الشهر الماضي", "في مثل هذا اليوم") is no recent date that makes its sentence this story's —
    // unless the cue stands in an aside after the sentence's act, a relative or a "since" clause whose time it is
    // ("أعدم التنظيم أحد الرهائن الذين خطفهم الشهر الماضي", "ضاعف هجماته منذ طرده من أحياء دمشق الشهر الماضي").
    private bool InAnAsideAfterAnAct(Sentence s, int cueAt)
    {
        // (the first word of an act, weak ones too: "أعدم التنظيم أحد الرهائن الذين خطفهم")
        int act = -1;
        foreach (var t in Within(_triggers, t => t.FirstToken, s.FirstToken, cueAt)) { act = t.LastToken; break; }
        if (act < 0) return false;
        for (int i = act + 1; i < cueAt; i++)
            if (IsRelativePronoun(Tokens[i].Norm) || Tokens[i].NormWithoutWa is "منذ" or "بعد" or "عقب" or "اثر") return true;
        return false;
    }

    // ("سبق أن استهدفوا المصلين خلال صلاة الجمعة في الدمام": the Friday prayer names the prayer, not this week's Friday)
    private bool PrayerOfTheDay(int day) => day > 0 && Tokens[day - 1].LemmaWithoutArticle is "صلاه" or "خطبه";

    // "1951 - اغتيال العاهل الأردني الملك عبدالله", "2002 - توقيع اتفاق سلام": an almanac's entry ("في مثل هذا اليوم")
    // opens with its year and a dash — a year before publication is history.
    private bool OpensWithAnEarlierYear(Sentence s)
    {
        int i = s.FirstToken;
        if (i + 1 >= s.EndToken || Tokens[i].Kind != TokenKind.Number || Document.Published is not { } pub) return false;
        return int.TryParse(Tokens[i].Surface, out int year) && year >= 1000 && year < pub.Year
               && Tokens[i + 1].Surface is "-" or "–" or "—" or ":";
    }

    // "واستولت على مخازن للسلاح تابعة للمليشيات، التي تكبدت في الأسابيع الماضية هزائم", "احتجزت الميليشيات عشرات النازحين
    // … بعد مغادرتهم لها خلال الأسابيع الماضية": the recent weeks or months of a relative clause or of a "بعد" clause, after
    // an act the sentence tells first, are that aside's time — not the act's. (Not an aside on the act itself: "الاغتيالات،
    // التي طالت في الثمانينيات"; nor one that tells an act of its own: "بعد استعادة الجيش الغوطة الشرقية".)
    private bool AsidesTime(Sentence s, int cueAt)
    {
        if (!RecentSpans.Contains(Tokens[cueAt].Norm) && !(cueAt + 1 < s.EndToken && RecentSpans.Contains(Tokens[cueAt + 1].Norm))) return false;
        for (int i = cueAt - 1; i >= Math.Max(s.FirstToken, cueAt - 8); i--)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            if (token.Norm is not ("التي" or "الذي" or "الذين" or "بعد")) continue;
            return AsideOnWhatAnActHit(s, i, cueAt, weakActsToo: false);
        }
        return false;
    }

    // The clause that opens at <paramref name="aside"/> (a relative pronoun, "بعد") is an aside on a side or place: an
    // act stands before its antecedent, and no strong act from the antecedent up to the cue at <paramref name="cueAt"/>
    // (not an aside on the act itself: "الاغتيالات، التي طالت في الثمانينيات").
    private bool AsideOnWhatAnActHit(Sentence s, int aside, int cueAt, bool weakActsToo)
    {
        int antecedent = aside - 1;
        while (antecedent > s.FirstToken && Tokens[antecedent].Kind == TokenKind.Punctuation) antecedent--;
        return Within(_triggers, t => t.FirstToken, s.FirstToken, aside).Any(t => (weakActsToo || !t.IsWeak) && t.LastToken < antecedent)
               && !Within(_triggers, t => t.FirstToken, antecedent, cueAt).Any(t => !t.IsWeak);
    }

    // "سيطرت المقاومة على المعسكر خلال ساعات منذ بدء اقتحامه": hours or days counted from a start ("منذ بدء") time the act
    // itself — it is this story's, not background.
    private bool HoursSince(Sentence s, int since)
    {
        if (Tokens[since].Norm is not ("منذ" or "ومنذ")) return false;
        for (int k = since - 1; k >= Math.Max(s.FirstToken, since - 3); k--)
            if (Tokens[k].Norm is "ساعات" or "ساعه" or "ساعتين" or "ايام" or "يومين" or "دقائق" or "ساعتان") return true;
        return false;
    }

    // "أدى الحادث الإرهابي … إلى استشهاد 12 من رجال الأمن، ومن بين الشهداء الطالب عمر الذي كان قد التحق بدورة الطوارئ":
    // the pluperfect of a relative clause right after its antecedent, on what the act told first hit or killed, is that
    // person's past, not the act's (AsideOnWhatAnActHit, as for AsidesTime, weak acts too — "الحادث الإرهابي").
    private bool PluperfectOfAnAside(Sentence s, int cueAt)
    {
        if (Tokens[cueAt].NormWithoutWa != "كان" || cueAt - 1 <= s.FirstToken || !IsRelativePronoun(Tokens[cueAt - 1].Norm)) return false;
        return AsideOnWhatAnActHit(s, cueAt - 1, cueAt, weakActsToo: true);
    }

    private static readonly HashSet<string> RecentSpans = new(StringComparer.Ordinal) { "الاسابيع", "الاشهر", "الشهور" };

    // "أعنف قصف منذ بدء الحملة", "التفجير الانتحاري هو الأول منذ بدء العملية", "في حصيلة هي الأكثر دموية منذ": a
    // rank of an act or its toll before "منذ" makes a record of that one act ("أكثر من" is "more than", and "أول مؤتمر
    // صحفي منذ" ranks no act).
    private bool Ranked(Sentence s, int since)
    {
        if (Tokens[since].Norm is not ("منذ" or "ومنذ")) return false;
        for (int r = Math.Max(s.FirstToken, since - 6); r < since; r++)
            if (RankWords.Contains(Tokens[r].Lemma) && Tokens[r + 1].Norm != "من"
                && (Within(_triggers, t => t.FirstToken, Math.Max(s.FirstToken, r - 3), since).Any()
                    || _cues.Find(CueClass.Killed, Math.Max(s.FirstToken, r - 3), r) is not null)) return true;
        return false;
    }

    /// <summary>
    /// "وإذا تأكد الاتفاق، فسيكون تكرارا لاتفاقات … في أعقاب قصف عنيف", "لو شنت إسرائيل غارات": a sentence that opens
    /// with a condition tells of what would be, or of others like it, not of an act that happened.
    /// </summary>
    public bool IsHypothetical(Sentence s)
    {
        int i = s.FirstToken;
        while (i < s.EndToken && Tokens[i].Kind == TokenKind.Punctuation) i++;
        if (i >= s.EndToken) return false;
        string first = Tokens[i].Norm;
        return first is "اذا" or "واذا" or "لو" or "ولو" or "اذاما" or "واذاما"
               || first is "في" or "وفي" && i + 1 < s.EndToken && Tokens[i + 1].Norm is "حال" or "حاله";
    }

    /// <summary>"هل كانت الضربات الجوية على سوريا قانونية؟", "من هو الجهادي الذي اعتقل في الرقة؟": a question reports nothing.</summary>
    public bool IsQuestion(Sentence s)
    {
        var text = Document.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start).TrimEnd();
        // (a question may close a quotation: «…؟»)
        text = text.TrimEnd("\"'»”)");
        return text.Length > 0 && text[^1] is '؟' or '?';
    }

    /// <summary>
    /// "للمزيد: ضربات جوية تستهدف مطار التيفور …", "اقرأ أيضا: …": the headline of another story, linked from this one,
    /// reports nothing here (that story is coded from its own text).
    /// </summary>
    public bool IsLinkToAnotherStory(Sentence s)
    {
        var text = Document.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start).TrimStart();
        foreach (var cue in LinkCues)
            if (text.StartsWith(cue, StringComparison.Ordinal)) return true;
        return TagLine(s, text) || LinkedHeadline(s);
    }

    // "سمات تركيا داعش سلاح الجو سوريا قصف": the page's tags, keywords in a row at the article's end, tell nothing.
    private bool TagLine(Sentence s, ReadOnlySpan<char> text) =>
        text.StartsWith("سمات ", StringComparison.Ordinal) && Document.Text.AsSpan(s.Span.End).Trim().Length == 0;

    // "معركة الموصل: تنظيم الدولة يستخدم انتحاريات", "هجوم صعدة: مقتل العشرات …": a line of its own in the body, short,
    // "topic: headline" with no closing stop — the title of a related story the page links to, not this article's news.
    // (not the article's first two sentences: its own title and lead)
    private bool LinkedHeadline(Sentence s)
    {
        if (s.Index < 2 || s.EndToken - s.FirstToken > 24) return false;
        var all = Document.Text;
        int start = s.Span.Start, end = s.Span.End;
        while (start > 0 && all[start - 1] is ' ' or '\t') start--;
        if (start > 0 && all[start - 1] != '\n') return false;
        var line = all.AsSpan(s.Span.Start, end - s.Span.Start).Trim();
        int after = end;
        while (after < all.Length && all[after] is ' ' or '\t' or '\r') after++;
        if (after < all.Length && all[after] != '\n') return false;
        if (line.Length == 0) return false;
        // ("الصليب الأحمر يسحب 71 عامل إغاثة من اليمن" between paragraphs on the Houthis' history: in an article whose lines
        // end with a full stop, a short line without one that shares no word with the line after it is a related story's
        // title; one that shares some heads the section it introduces, "إسرائيل تعلن إسقاط طائرة" before "أعلن الجيش
        // الإسرائيلي … باتجاه طائرة")
        if (s.EndToken - s.FirstToken is >= 5 and <= 15 && !EndsWithStop(line) && LinesEndWithStops() && !SharesAWordWithTheNext(s)) return true;
        int colon = line.IndexOf(':');
        if (line[^1] is '.' or '؟' or '!' or '"' or '”' or '»' || colon < 0) return false;
        // (the colon within the first six words: "X: Y", not a quotation introduced late in a sentence)
        int words = 0;
        for (int i = 0; i < colon; i++) if (line[i] == ' ') words++;
        return words < 6;
    }

    // the line's last letter, past closing quotes and brackets, is a full stop, question or exclamation mark
    private static bool EndsWithStop(ReadOnlySpan<char> line)
    {
        int k = line.Length - 1;
        while (k > 0 && line[k] is '"' or '”' or '»' or ')' or '\'') k--;
        return line[k] is '.' or '؟' or '?' or '!' or '…' or ':';
    }

    // Do most of the article's lines end with a stop (three in four, of five lines or more)? Then a line without one is
    // set apart; where lines end bare, nothing is. (worked out once per document)
    private bool LinesEndWithStops()
    {
        if (_linesEndWithStops is { } known) return known;
        int lines = 0, stopped = 0;
        foreach (var raw in Document.Text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.Length < 20) continue;
            lines++;
            if (EndsWithStop(line)) stopped++;
        }
        return (_linesEndWithStops = lines >= 5 && stopped * 4 >= lines * 3).Value;
    }

    private bool? _linesEndWithStops;

    // A word of four letters or more (by its stem) that the sentence and the next one both hold.
    private bool SharesAWordWithTheNext(Sentence s)
    {
        if (s.Index + 1 >= Document.Sentences.Count) return false;
        var next = Document.Sentences[s.Index + 1];
        var nextStems = new HashSet<string>(StringComparer.Ordinal);
        for (int j = next.FirstToken; j < next.EndToken; j++) nextStems.Add(Tokens[j].LemmaWithoutArticle);
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (!Tokens[i].IsWord || Tokens[i].Lemma.Length < 4) continue;
            string stem = Tokens[i].LemmaWithoutArticle;
            if (stem.Length >= 4 && nextStems.Contains(stem)) return true;
        }
        return false;
    }

    // ("رابط الخبر بصحيفة الوئام: …": the page's link line repeats the headline under the story, no report of its own)
    private static readonly string[] LinkCues = { "رابط الخبر", "للمزيد:", "للمزيد :", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "شاهد:", "شاهد أيضا" };

    // The trigger stands in what "رغم" (despite) concedes, up to the phrase's end: "رغم استعادة مدينة الموصل من سيطرة
    // التنظيم،", "بالرغم من القصف", "على الرغم من استمرار المعارك".
    // (Not strikes or shelling conceded to a taking or a fight told before "رغم": "سيطر مسلحو جيش خالد بن الوليد على حيط
    // على الرغم من الضربات الجوية الروسية والحكومية السورية ضدهم" — they were going on as the ground was taken.)
    private bool Conceded(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 10); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Tokens[k].Norm is "رغم" or "ورغم" or "برغم" or "بالرغم" or "وبالرغم" or "الرغم")
                return !(t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && FightOrTakingBefore(s, k));
        }
        return false;
    }

    private bool FightOrTakingBefore(Sentence s, int before)
    {
        foreach (var o in Within(_triggers, x => x.FirstToken, s.FirstToken, before))
            if (o.Entries.Any(e => e.EventType == AcledTaxonomy.Battles) && o.Entries.Any(e => e.Pos == "verb")) return true;
        return false;
    }

    private bool LongAfter(Sentence s, TriggerMention t)
    {
        int on = t.FirstToken - 1;
        if (on - 1 < s.FirstToken || Tokens[on].Norm is not ("علي" or "من")) return false;
        return Tokens[on - 1].Lemma is "اعوام" or "سنوات" or "عام" or "عامين" or "سنه" or "سنتين" or "اشهر" or "شهور" or "شهرين" or "عقود" or "عقد"
               && on - 2 >= s.FirstToken && Tokens[on - 2].Norm is "بعد" or "فبعد" or "وبعد" or "خمسه" or "ثلاثه" or "اربعه" or "سته" or "سبعه" or "عشره"
                   or "ثلاث" or "اربع" or "خمس" or "ست" or "سبع" or "عشر" or "عده" or "بضعه" or "بضع";
    }

    // "تمكنت سلطات الأمن من القبض على الجاني … وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي … والحكم عليه بالقتل":
    // an arrest its sentence goes on to tell the trial and verdict of was made before them and their appeals — months
    // past, the background of a sentence carried out, no arrest the report tells. The court comes first: a verdict
    // that describes the man ("أوقفت السلطات مدعيا عاما سابقا صدر بحقه حكم بالسجن") came before his arrest.
    private bool SentencedSince(Sentence s, TriggerMention t)
    {
        bool tried = false;
        for (int k = t.LastToken + 1; k + 1 < s.EndToken; k++)
        {
            var (word, next) = (Tokens[k].LemmaWithoutArticle, Tokens[k + 1]);
            if (word is "محكمه" or "قضاء") tried = true;
            else if (tried && (word == "صك" && next.Lemma is "شرعي" or "شرعيا"
                               || word == "صدر" && next.Lemma == "حق" && next.HasProclitic("ب")
                               || word == "حكم" && (next.Norm is "عليه" or "عليهم" or "عليهما" or "عليها"
                                                    || next.HasProclitic("ب") && next.LemmaWithoutArticle is "قتل" or "سجن" or "اعدام")))
                return true;
        }
        return false;
    }

    // "حكم القتل", "حكم الإعدام", "الحكم بالقتل", or a death "قصاصا" / "تعزيرا" anywhere in the sentence.
    private bool TellsACourtsSentence(Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (Tokens[i].Norm is "قصاصا" or "تعزيرا") return true;
            if (i + 1 < s.EndToken && Tokens[i].NormWithoutWaOrArticle == "حكم"
                && Tokens[i + 1].LemmaWithoutArticle is "قتل" or "اعدام") return true;
        }
        return false;
    }

    private bool Suspected(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 8); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (SuspicionWords.Contains(Tokens[i].Norm)) return true;
            // ("متهم بالقتال مع تنظيم الدولة": the act one is accused of, joined by ب right after the word)
            if (i == t.FirstToken - 1 && Tokens[t.FirstToken].Norm.StartsWith('ب') && Tokens[t.FirstToken].Lemma != Tokens[t.FirstToken].Norm
                && AccusedWords.Contains(Tokens[i].Norm)) return true;
            // ("يشتبه في ضلوعهم", not "ما يشتبه بأنه هجوم كيميائي": an act only its nature is in doubt about happened)
            if (Tokens[i].Norm is "يشتبه" or "ويشتبه" && i + 2 < t.FirstToken && Tokens[i + 1].Norm == "في"
                && (Tokens[i + 2].Norm.StartsWith("ضلوع", StringComparison.Ordinal) || Tokens[i + 2].Norm.StartsWith("تورط", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> AccusedWords = new(StringComparer.Ordinal)
    {
        "متهم", "متهما", "متهمين", "متهمون", "المتهم", "المتهمين", "المتهمون", "متهمه", "المتهمه",
    };

    // The charge itself: "بتهمة", "للاشتباه في", "بالضلوع في" (not "المشتبه به", a suspect in an act that happened);
    // "قيادات حوثية متورطة في عمليات اختطاف": who is said to be involved in acts of a kind.
    private static readonly HashSet<string> SuspicionWords = new(StringComparer.Ordinal)
    {
        "للاشتباه", "بتهمه", "بتهم", "بالضلوع", "بالتورط", "متورطه", "متورط", "متورطين", "المتورطين", "المتورطه", "المتورط",
        "بتورط", "بتورطه", "بتورطها", "بتورطهم",
        // (the charge an arrest gives as its cause: "ضبط 3 من العناصر الهاربة … لتورطهم في واقعة اغتيال موظف")
        // (not "وجهت أصابع الاتهام إلى إسرائيل بضلوعها في الهجوم الجوي": an accusation of an act that happened)
        "لتورطه", "لتورطها", "لتورطهم", "لتورطهما", "لضلوعه", "لضلوعها", "لضلوعهم", "لضلوعهما",
        // ("اعتقلت قوات الاحتلال شاباً … بحجة إلقاء الحجارة": the pretext an arrest gives)
        "بحجه", "بذريعه", "بدعوي",
    };

    // The verbal noun of use or launch that governs the trigger from a few words before ("استخدام … السلاح الكيماوي",
    // "شن … هجمات"), with no clause break between: its token, or null.
    private int? UseBefore(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= s.FirstToken && i >= t.FirstToken - 12; i--)
        {
            if (Tokens[i].Surface is "." or "؛" or ":") return null;
            if (Tokens[i].LemmaWithoutArticle is "استخدام" or "شن" or "تنفيذ")
                // (not across another act: "تهديدات … بشن ضربة ردا على تقارير عن هجوم كيماوي شنه النظام")
                return Within(_triggers, o => o.FirstToken, i + 1, t.FirstToken).Any() ? null : i;
        }
        return null;
    }

    // (by lemma, with the article and without: no copy of the word per trigger)
    // A definite noun of fighting right after a word of cause, a loss of homes or a flight told before it within eight
    // words (deaths told so are the clash's own toll: "قتل جنديان جراء الاشتباكات").
    private bool LossCausedBy(Sentence s, TriggerMention t)
    {
        int cause = t.FirstToken - 1;
        if (cause <= s.FirstToken || !CauseWords.Contains(Tokens[cause].Norm) || !Tokens[t.FirstToken].Norm.StartsWith("ال", StringComparison.Ordinal)
            || !t.Entries.All(e => e.EventType == AcledTaxonomy.Battles && e.Pos != "verb")) return false;
        for (int k = cause - 1; k >= Math.Max(s.FirstToken, cause - 8); k--)
            if (LossWords.Contains(Tokens[k].LemmaWithoutArticle)) return true;
        return false;
    }

    private static readonly HashSet<string> LossWords = new(StringComparer.Ordinal)
    {
        "دمرت", "دمر", "تدمرت", "تهدمت", "اضرار", "دمار", "خراب", "نزوح", "نزح", "نزحوا", "تهجير", "تشريد", "تشرد", "فروا", "تضررت", "تضرر",
    };

    private static readonly HashSet<string> DisasterWords = DefiniteArticle.WithAndWithout(
        "فيضانات", "فيضان", "سيول", "زلزال", "اعصار", "عاصفه", "امطار", "حرايق", "انهيار", "وباء", "كوليرا");

    // "ووصف محللون القبض على عشماوي", "واعتبر الوزير الهجوم": a verb of describing or deeming at most four words before a
    // trigger that has the article, in its clause.
    private bool Described(Sentence s, TriggerMention t)
    {
        if (LabelTheyWereGiven(s, t.FirstToken)) return true;
        if (Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }) return false;
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 4); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            // ("اعتبرت دمشق أن الضربات التي نفذتها الولايات المتحدة … تنتهك القانون": unless what is deemed is a clause of
            // its own, after "أن", whose act a relative clause tells done — the act named so is reported)
            if (Tokens[i].Lemma is "وصف" or "وصفت" or "وصفوا" or "يصف" or "تصف" or "يصفون" or "اعتبر" or "اعتبرت" or "اعتبروا" or "يعتبر" or "تعتبر" or "يعتبرون")
                return !(Tokens[t.FirstToken - 1].Norm is "ان" or "بان" && TellsItDone(Tokens, s.EndToken, t));
        }
        return false;
    }

    // ("لتفرقة المتظاهرين الذين وصفتهم اسرائيل بانهم \"مثيري شغب\"": the name a side gives people, after a verb of
    // describing and "بأنهم", is its word for them — the rioting is its claim, not a report of a riot, and the rioters
    // named so no side of the act. Of people only: "ما وصفته بأنه هجوم بالغاز" is a claim of an act, told by its claimant)
    private bool LabelTheyWereGiven(Sentence s, int first)
    {
        int k = first - 1;
        while (k > s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Surface is "\"" or "«" or "“" or "'") k--;
        if (k <= s.FirstToken || Tokens[k].Norm is not ("بانهم" or "بانهن" or "بكونهم")) return false;
        for (int i = k - 1; i >= Math.Max(s.FirstToken, k - 4); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            string verb = Tokens[i].NormWithoutWa;
            if (verb.StartsWith("وصف", StringComparison.Ordinal) || verb.StartsWith("يصف", StringComparison.Ordinal) || verb.StartsWith("تصف", StringComparison.Ordinal)
                || verb.StartsWith("نعت", StringComparison.Ordinal) || verb.StartsWith("ينعت", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // ("شن أردوغان هجوما لاذعا على ماكرون", "شن التلفزيون البحريني والصحافة هجوماً شرساً ضد إيران وسياستها"): an attack
    // the adjective after it makes one of words — biting, verbal, in the media, sharp — or a fierce one whose makers are the
    // media, is speech
    private bool AttackInWords(Sentence s, TriggerMention t)
    {
        if (Tokens[t.FirstToken].LemmaWithoutArticle is not ("هجوم" or "هجوما" or "هجمات" or "لهجوم")) return false;
        int k = t.LastToken + 1;
        if (k >= s.EndToken) return false;
        string adjective = Tokens[k].NormWithoutArticle;
        if (adjective.StartsWith("لاذع", StringComparison.Ordinal) || adjective.StartsWith("كلامي", StringComparison.Ordinal)
            || adjective.StartsWith("اعلامي", StringComparison.Ordinal) || adjective is "حادا" or "حاد" or "حاده") return true;
        if (!adjective.StartsWith("شرس", StringComparison.Ordinal)) return false;
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 8); i < t.FirstToken; i++)
            if (Tokens[i].NormWithoutWaOrArticle is "تلفزيون" or "صحافه" or "صحف" or "اعلام" or "اعلاميون" or "اعلامي") return true;
        return false;
    }

    // ("أحيا آلاف السكان الجمعة الذكرى الثلاثين للهجوم الكيميائي الذي شنته القوات العراقية", "إحياء ذكرى ضحايا
    // التفجير"): the act whose anniversary or memory is kept is past, whatever day the keeping has
    private bool Anniversary(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 4); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i].NormWithoutWaOrArticle is "ذكري" or "لذكري" or "بذكري") return true;
        }
        return false;
    }

    // "وتظاهر آلاف الأكراد في كولونيا تنديدا بالغارات التي يشنها الجيش التركي": what a protest denounces, with no day of
    // its own after it, is the crowd's grievance, given as the reason for the protest — not news of its own.
    private bool Denounced(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k > s.FirstToken && Tokens[k].Norm is "علي" or "ضد") k--;   // ("احتجاجا على")
        if (k <= s.FirstToken || !GrievanceWords.Contains(Tokens[k].Norm)) return false;
        bool protest = false;
        foreach (var o in Within(_triggers, o => o.FirstToken, s.FirstToken, k))
            protest |= o.Entries.Any(e => e.EventType == AcledTaxonomy.Protests);
        // ("… وللترحم على ضحايا الهجوم الذي أثار موجة العنف هذه في يوليو": a month dates no one act)
        return protest && !Within(_dates, d => d.FirstToken, t.LastToken + 1, s.EndToken).Any(d => d.Date.Precision == DatePrecision.Day);
    }

    /// <summary>Words that give what a protest is against: "تنديدا ب", "احتجاجا على", "رفضا ل".</summary>
    private static readonly HashSet<string> GrievanceWords = new(StringComparer.Ordinal)
    {
        "احتجاجا", "تنديدا", "رفضا", "استنكارا", "للتنديد", "للاحتجاج", "اعتراضا", "تضامنا",
        // mourning: "نظموا وقفة تضامنية حدادا واستنكارا لمقتل الطفل"
        "حدادا",
    };

    // Where a protest's grievance starts after it (GrievanceAfter): those words, a mourning and a grievance joined by و
    // ("وللترحم على ضحايا الهجوم"). (Declared after GrievanceWords, which it copies.)
    private static readonly HashSet<string> GrievanceOpeners =
        new(GrievanceWords.Concat(["للترحم", "وللترحم", "وللتنديد", "وللاحتجاج", "واستنكارا", "وتنديدا", "واحتجاجا", "ورفضا", "وتضامنا", "وحدادا",
            // (a demand: "بدأوا اعتصاما … للدعوة لإنزال العقاب بأحد أفراد عائلته الذين يتهمونه بقتل عقيد" — the killing is
            // what they want punished, not a death at the sit-in)
            "للدعوه", "وللدعوه", "للمطالبه", "وللمطالبه", "مطالبين", "مطالبه"]), StringComparer.Ordinal);

    // (the future cue found before the trigger, at token futureCue, a word of demanding)
    private bool DemandMadeAt(Sentence s, TriggerMention t, int futureCue) =>
        t.FirstToken > s.FirstToken && t.Entries.All(e => e.EventType == AcledTaxonomy.Protests)
        && Tokens[t.FirstToken - 1].Norm is "خلال" or "اثناء" or "في" or "وخلال"
        // (one of its own, not the protests told before: "طالبوا خلال الاحتجاجات")
        && Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }
        && Tokens[futureCue].Norm.Contains("طالب", StringComparison.Ordinal);

    /// <summary>Negated, future, threatened, purposive or a lasting state rather than an event.</summary>
    /// <remarks>
    /// The tests run for every trigger, in the order below, and stop at the first that holds. They are spread over three
    /// methods of a few hundred lines because the JIT compiles one method past its size limits without optimising it:
    /// as one method this was the slowest code of the pass.
    /// </remarks>
    public bool IsSuppressed(Sentence s, TriggerMention t)
    {
        // (asked again by the passes over the events found — a toll or a place told after — so kept per trigger)
        bool own = s.Index == t.Sentence;
        if (own && _suppressed.TryGetValue(t, out bool known)) return known;
        bool off = NotDoneOrOtherSense(s, t) || StateTallyOrBackground(s, t);
        if (own) _suppressed[t] = off;
        return off;
    }

    private readonly Dictionary<TriggerMention, bool> _suppressed = new(ReferenceEqualityComparer.Instance);

    // Not done (negated, future, feared, supposed, a matter of time, a goal), a word in another sense, a kind of act named,
    // an accord in force or talked about.
    private bool NotDoneOrOtherSense(Sentence s, TriggerMention t)
    {
        var first = Tokens[t.FirstToken];
        // ("وأوضح المنذر الخرطوش، الإثنين، أن …"): a word of a person's name after the given name ("الخرطوش", birdshot) is
        // no act
        // (one definite noun right after the given name: a verb there, "وكان عبدالعزيز هاجم", is the name's predicate, and
        // a bare noun after a two-word name, "علي صالح قذائف", the object the recognizer ran on into)
        if (t.FirstToken == t.LastToken && t.Entries.All(e => e.Pos != "verb") && first.Norm.StartsWith("ال", StringComparison.Ordinal)
            && Document.Entities.Exists(x => x.Type == Marsad.Core.Actors.EntityType.Person && x.FirstToken == t.FirstToken - 1 && x.LastToken >= t.LastToken))
            return true;
        if (first.HasProclitic("س")) return true;                       // سيهاجم
        // ("ستفحص صاروخ توماهوك الأميركي", "ستواصل القصف"): a noun of the act that a verb of the future governs, a word
        // or two before it in its clause, has not happened either
        if (t.Entries.All(e => e.Pos != "verb"))
            for (int k = t.FirstToken - 1; k >= s.FirstToken && k >= t.FirstToken - 3 && Tokens[k].Kind != TokenKind.Punctuation; k--)
                if (Tokens[k].HasProclitic("س")) return true;
        if (Negated(s, t) || Halted(s, t)) return true;
        if (GameSense(s, t)) return true;
        if (NoAdvance(s, t)) return true;
        if (CampaignOfWords(s, t)) return true;
        if (SeizedNoGround(s, t)) return true;
        if (RecentFightingAsCause(s, t)) return true;
        if (HowToDoIt(s, t) || NuclearTest(s, t)) return true;
        if (WomenFighters(s, t)) return true;
        if (HeldThings(s, t)) return true;
        if (DemonstrationOfAnotherKind(s, t) || DisorderNotStrike(s, t) || UsurpedNotRaped(s, t) || CrossingNotInfiltration(s, t)) return true;
        if (InHandsNotOfGround(s, t)) return true;
        if (ProtectionFrom(s, t)) return true;
        if (FacingAsAgainst(s, t)) return true;
        if (AbleTo(s, t)) return true;
        if (t.Entries.Any(e => e.EventType == AcledTaxonomy.Explosions) && (BasesLentFor(s, t) || TheirWeaponsInGeneral(s, t))) return true;
        if (SupportsWith(s, t)) return true;
        if (PracticesListed(s, t)) return true;
        if (EnteredATime(s, t)) return true;
        if (InSeveralTowns(s, t)) return true;
        if (LootDescribed(s, t)) return true;
        if (TyresNotARiot(s, t)) return true;
        // ("جاءت هذه المطالبة في وقفة احتجاجية", "طالبوا بذلك خلال وقفة احتجاجية": a demand made at a protest, the protest
        // held where it was made, is no protest called for)
        if (_cues.FindLast(CueClass.Future, Math.Max(s.FirstToken, t.FirstToken - 4), t.FirstToken) is { } future && !DemandMadeAt(s, t, future.First)) return true;
        // ("عبرت أنقرة عن تخوفها من أن تظهر في سوريا منطقة يسيطر عليها مقاتلون أكراد", "خشية أن تشن القوات هجوما"): what
        // a clause of "أن" after a word of fear or intent tells, to the next stop, has not happened (an act named with the
        // article is one told before: "مخاوف من أن تكون موسكو قد أزالت آثار الهجوم الكيماوي"; one after a preposition is
        // what the planned deed is about: "المقرر أن تبدأ عملها للتحقيق في هجوم كيميائي")
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true } && Tokens[t.FirstToken - 1].NormWithoutWa is not ("في" or "عن" or "علي" or "من" or "بعد")
            && _cues.FindLast(CueClass.Future, Math.Max(s.FirstToken, t.FirstToken - 12), t.FirstToken) is { } feared && feared.Last + 2 < t.FirstToken
            && Tokens[feared.Last + 1].NormWithoutWa == "ان" && !PunctuationBetween(feared.Last, t.FirstToken)) return true;
        // ("في حال ثبوت ضلوع السعودية باغتيال خاشقجي", "إذا ثبت أن النظام استخدم"): a condition reaches over what it
        // supposes, its subject between, to the act — no stop between
        if (_cues.FindLast(CueClass.Future, Math.Max(s.FirstToken, t.FirstToken - 8), t.FirstToken) is { } condition
            && Tokens[condition.First].NormWithoutWa is "في" or "اذا" or "لو" && !PunctuationBetween(condition.Last, t.FirstToken)
            // (not past a word of cause: "ما إذا كانت ستشن هجوما عسكريا بسبب الهجوم الكيماوي" — the cause happened)
            && !Enumerable.Range(condition.Last + 1, t.FirstToken - condition.Last - 1).Any(k => Tokens[k].NormWithoutWa is "بسبب" or "جراء" or "اثر" or "بعد" or "عقب" or "ردا")) return true;
        // ("من احتمالية استخدام النظام السوري، والميليشيات المتحالفة معه، السلاح الكيماوي": what is feared or likely is
        // the use, its user and whatever describes him between it and the weapon)
        // ("تعتزم النقابات المهنية في الأردن تنفيذ إضراب عام": and the intent the use's subject stands between, in its clause)
        if (UseBefore(s, t) is { } use && _cues.FindLast(CueClass.Future, Math.Max(s.FirstToken, use - 8), use) is { } intent
            && (intent.First >= use - 4 || !PunctuationBetween(intent.Last, use))) return true;
        // ("حلقت طائرات (درون) إيرانية أمس في سماء المناطق", "تحليق طائرات استطلاع": aircraft that fly over strike nothing)
        if (t.Entries.All(e => e.SubEventType == AcledTaxonomy.AirStrike && e.Pos == "noun") && FlownOver(s, t)) return true;
        // ("ألقت مروحيات الجيش السوري منشورات على الغوطة": aircraft that drop leaflets or aid strike nothing; "أسقطت
        // مروحيات عسكرية سورية منشورات" shot nothing down)
        if (t.Entries.All(e => e.SubEventType is AcledTaxonomy.AirStrike or "Disrupted weapons use"))
            for (int k = t.LastToken + 1; k < Math.Min(s.EndToken, t.LastToken + 5); k++)
                if (Tokens[k].LemmaWithoutArticle is "منشورات" or "مناشير" or "مساعدات") return true;
        // ("أن سقوط قاعدة العند العسكرية بيد المقاومة مسألة وقت", "تحرير المدينة بات مسألة وقت"): an act only a matter of
        // time has not happened
        if (MatterOfTime(s, t)) return true;
        // ("سكان الموصل يستعيدون عاداتهم", "إسرائيل تستعيد ساعة الجاسوس", "استعادة الدولة"): what is regained right after
        // the verb is a thing, a habit or an order of things — no ground changed hands
        if (t.Entries.All(e => e.IsTerritory) && t.LastToken + 1 < s.EndToken && RegainingWords.Contains(Tokens[t.LastToken].LemmaWithoutArticle)
            && (NoGround.Contains(Tokens[t.LastToken + 1].LemmaWithoutArticle) || NoGround.Contains(Tokens[t.LastToken + 1].NormWithoutArticle))) return true;
        // ("ويتخوف مختصون ان يقوم تنظيم داعش … بتنفيذ هجمات كبيرة"): what "أن" and an imperfect verb of doing say a side
        // may do, the act with ب after its subject, is not done
        if (Tokens[t.FirstToken].HasProclitic("ب") && DoingSupposed(s, t)) return true;
        // ("اتفق أحمد العريف وفيصل ميلاد على أن معسكر إيطاليا امتداد لفترة الإعداد"): agreeing that something is so is a
        // shared opinion — a deal is agreed on a deed ("على أن يتم تبادل الأسرى")
        if (t.Entries.All(e => e.SubEventType == "Agreement") && t.Entries.All(e => e.Pos == "verb") && AgreedThatItIs(s, t)) return true;
        // ("وسيتم مساندة المقاومة … حتى يتم تحرير أراضي الوطن كافة", "حتى يحرروا المدينة"): what a side works at until it is
        // done is its goal
        if (UntilItIsDone(s, t)) return true;
        // ("كأغنيةٍ فجّرت نفسها دون أن يفهم الكون معنى الغناء"): a verb whose subject is a likeness (كـ) is a figure of speech
        if (t.FirstToken > s.FirstToken && t.Entries.All(e => e.Pos != "noun") && Tokens[t.FirstToken - 1].HasProclitic("ك")
            && !InAnActor(Document, t.FirstToken - 1)) return true;
        // ("تقوم بتنفيذ عمليات تمشيط للبحث عن المتورطين في التفجير": a sweep to search for someone is a search, no fight —
        // the dead the sentence counts are the bombing's)
        if (t.Entries.All(e => e.Weak && e.SubEventType == AcledTaxonomy.ArmedClash) && t.LastToken + 1 < s.EndToken
            && Tokens[t.LastToken + 1].NormWithoutWa is "للبحث" or "بحثا" or "لتعقب" or "لملاحقه" or "لضبط" or "للقبض") return true;
        // ("وتستخدم قوات الطوارئ الخاصة في عمليات حفظ النظام كتفريق المظاهرات": an act named with كـ, "such as", is a kind
        // of task, no act done)
        // (and the kinds listed after it: "…كتفريق المظاهرات، وإنقاذ الرهائن والمخطوفين ومقاومة الاعتصام")
        if (t.Entries.All(e => e.Pos != "verb") && (SuchAs(Tokens[t.FirstToken]) || ListedAfterSuchAs(s, t))) return true;
        // ("أن إطلاق الصواريخ البالستية باتجاه المدن والقرى الآهلة بالسكان يعد مخالفاً للقانون الدولي", "وأن استهداف
        // المدنيين يعتبر جريمة حرب"): an act judged, with no day of its own, is a kind of act the speaker condemns
        if (t.Entries.All(e => e.Pos != "verb") && JudgedAsAKind(s, t)) return true;
        // ("أن إيران وميليشياتها تهدفان من وراء إطلاق الصواريخ إلى تهديد أمن المملكة", "يهدف من خلال هذه الهجمات إلى"):
        // acts named as the means of an aim are what a side is after, no act told
        if (t.Entries.All(e => e.Pos != "verb") && MeansOfAnAim(s, t)) return true;
        if (GoesOnAllTheTime(s, t) || FightersDescribed(s, t) || FoughtOnASide(s, t) || BattlesAsAPlace(s, t) || NamesThePlaceOfAnActToldBefore(s, t) || KeptFromLaunching(s, t) || ArtilleryUnit(s, t) || WeaponNotFired(s, t)) return true;
        // ("أسلحة ثقيلة يحظر استخدامها بموجب اتفاق سلام", "وفقا لاتفاق الهدنة"): an accord something is done or barred
        // under is in force already — no accord made that day
        // (unless the words after it tell it was just reached, "بموجب اتفاق تم التوصل إليه أمس", or name the side it was
        // made with, "انسحبت الوحدات بموجب اتفاق مع الجيش التركي" — the withdrawal reports the deal)
        if (t.Entries.All(e => e.SubEventType == "Agreement") && t.FirstToken > s.FirstToken
            && (UnderAnAccord.Contains(Tokens[t.FirstToken - 1].Norm) || Tokens[t.FirstToken - 1].Norm is "حسب" or "بحسب")
            && !JustReached(s, t) && !(t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Norm is "مع" or "بين")) return true;
        // ("لإقناع هيئة تحرير الشام بالالتزام بالاتفاق الذي أعدته مع روسيا", "خرق اتفاق وقف إطلاق النار"): an accord kept,
        // carried out or broken was made before
        if (t.Entries.All(e => e.SubEventType == "Agreement") && t.FirstToken > s.FirstToken && AccordInForce.Contains(Tokens[t.FirstToken - 1].Norm)) return true;
        // ("موافقة حماس على وقف إطلاق النار", "موافقة مقاتلين … على مغادرة الغوطة"): approval is an accord only when what is
        // approved is a truce, a departure or a deal — not "موافقة كندا تجاه قرار", "موافقة تركيا على السماح للجيش الأمريكي"
        if (t.Entries.All(e => e.SubEventType == "Agreement") && t.FirstToken == t.LastToken && first.LemmaWithoutArticle == "موافقه"
            && !ApprovesADeal(s, t)) return true;
        // ("بدأوا مفاوضات مع مسؤولين روس حول اتفاق يقضي ب…"): the accord talks are about is not reached
        if (t.Entries.All(e => e.SubEventType == "Agreement") && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "حول" or "بشان" or "بخصوص")
            for (int k = Math.Max(s.FirstToken, t.FirstToken - 7); k < t.FirstToken - 1; k++)
                if (Tokens[k].LemmaWithoutArticle is "مفاوضات" or "محادثات" or "مباحثات" or "مشاورات" or "تفاوض" or "مناقشات") return true;
        // ("إن الاتفاق يختص فقط بقتال تنظيم الدولة", "تقتصر مهمتها على قتال"): the act an accord or a mission is limited
        // to is its scope, no act; nor is one said to aim at something ("إن الغارات تهدف إلى كبح قدرة التنظيم")
        if (ScopeOrAim(s, t)) return true;
        // ("الألغام التي زرعتها ميليشيات الحوثي أثناء انسحابها من مناطق الساحل الغربي"): a withdrawal told as the time of
        // something else, by its side's pronoun, is the background of it
        if (t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].NormWithoutWa is "اثناء" or "خلال" or "ابان"
            && first.NormWithoutWa is "انسحابها" or "انسحابهم" or "انسحابه" or "انسحابهما") return true;
        // ("الإجراءات التقشفية … لدفع تكاليف قتال تنظيم الدولة", "تقريرا بشأن جرائم الاغتيال والاختطاف", "ظاهرة الخطف"): the
        // cost of an act, crimes of a kind or a phenomenon are acts in general
        if (t.FirstToken > s.FirstToken && ActsInGeneralHeads.Contains(Tokens[t.FirstToken - 1].NormWithoutWaOrArticle)) return true;
        // ("أعلن الجيش الإسرائيلي توقيف تحليق مقاتلات إف 35"): a halt to flights, work or broadcasts is no arrest
        if (t.Entries.All(e => e.SubEventType == "Arrests") && t.LastToken + 1 < s.EndToken && first.NormWithoutWaOrArticle == "توقيف"
            && Tokens[t.LastToken + 1].NormWithoutWaOrArticle is "تحليق" or "رحلات" or "عمل" or "بث" or "نشاط" or "تصدير" or "ضخ" or "دراسه" or "صرف" or "تنفيذ" or "استيراد")
            return true;
        // ("إن سفينة تحمل مشتقات نفطية تمكنت من دخول ميناء الحديدة"): a ship, a convoy or a shipment that got in takes no ground
        if (t.Entries.All(e => e.IsTerritory))
            for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 6) && Tokens[k].Kind != TokenKind.Punctuation; k--)
                if (Tokens[k].NormWithoutWaOrArticle is "سفينه" or "سفن" or "ناقله" or "ناقلات" or "باخره" or "بواخر" or "قافله" or "قوافل" or "شحنه" or "شاحنات")
                    return true;
        // ("بالدعم اللوجستي الكبير الذي تقدمه قوات التحالف"): "تقدم" with an object pronoun after a relative pronoun is
        // "provides it", no advance
        if (t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken && RelativePronoun(Tokens[t.FirstToken - 1])
            && first.NormWithoutWa is "تقدمه" or "تقدمها" or "تقدمهم" or "يقدمه" or "يقدمها" or "يقدمهم" or "قدمه" or "قدمها" or "قدمته" or "قدمتها") return true;
        // ("وسيشكل استعادة الحديدة … تطورا نوعيا": and the act a future verb right before it takes as subject or object)
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 2); k < t.FirstToken; k++)
            if (FutureVerb(Tokens[k]) && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("الهجوم الذي تحضر له القوات السورية على محافظة إدلب", "العملية التي يعد لها الجيش"): an act its side prepares
        // or plans, in the relative clause right after its noun, is to come
        if (t.Entries.All(e => e.Pos != "verb") && t.LastToken + 2 < s.EndToken && RelativePronoun(Tokens[t.LastToken + 1])
            && Tokens[t.LastToken + 2].Lemma is "تحضر" or "يحضر" or "تعد" or "يعد" or "تستعد" or "يستعد" or "تخطط" or "يخطط" or "تعتزم" or "يعتزم" or "تتجهز" or "يتجهز")
            return true;
        // ("الذي سيقوم والقوة التي ترافقه بتمشيط وتحرير الضالع", "ستقوم القوات التركية بالقيام بهجمات"): what "سيقوم ب"
        // — will carry out — takes, its subject and what joins it between, is to come
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 6); k < t.FirstToken; k++)
            if (FutureVerb(Tokens[k]) && Tokens[k].Lemma is "يقوم" or "تقوم" or "يقومون" or "نقوم" or "اقوم" or "تقومان" or "يقومان"
                && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("إن القتال ضد عناصر التنظيم سيستمر شهرين": the act a future verb after it tells of is to come)
        // ("قصف إدلب والمدنيين والمستشفيات والمدارس لمجرد أن هناك إرهابيين سيكون مذبحة": its objects and a reason may
        // stand between, and a word that could be a verb is the subject noun when it opens its clause (a verb then takes no
        // future verb joined by و, a clause of its own: "قصفت القوات مواقع التنظيم وستواصل"); not a future verb in a
        // relative clause, "… التي ستكون")
        bool nouns = t.Entries.All(e => e.Pos != "verb");
        if (nouns || OpensItsClause(s, t))
            for (int k = t.LastToken + 1; k < Math.Min(s.EndToken, t.LastToken + 12) && Tokens[k].Kind != TokenKind.Punctuation && !RelativePronoun(Tokens[k]); k++)
                if (FutureVerb(Tokens[k]) && (nouns || !Tokens[k].StartsWithWa && !Tokens[k].HasProclitic("ف")) || Tokens[k].Norm is "سوف"
                    // ("إن الاحتجاجات في جنوب العراق قد تتحول إلى موجة غضب": what the act may become is talk of it)
                    || Tokens[k].Norm is "قد" && k + 1 < s.EndToken
                       && (LooksImperfect(Tokens[k + 1]) || Tokens[k + 1].Lemma.StartsWith("تت", StringComparison.Ordinal))) return true;
        // ("إن هجوما سوريا-روسيا على إدلب واستخدام الأسلحة الكيماوية، قد يؤديان إلى عمليات نزوح": the acts a noun names, set
        // off by a comma from the "may" or "will" they are the subject of, are to come)
        if (nouns)
            for (int k = t.LastToken + 1; k + 1 < Math.Min(s.EndToken, t.LastToken + 12); k++)
            {
                if (Tokens[k].Kind != TokenKind.Punctuation) continue;
                if (Tokens[k].IsComma && (Tokens[k + 1].Norm is "قد" && k + 2 < s.EndToken && ConsequenceVerbs.Contains(Tokens[k + 2].Norm)
                                          || FutureVerb(Tokens[k + 1]) && Tokens[k + 1].Norm.Length > 1 && ConsequenceVerbs.Contains(Tokens[k + 1].Norm[1..]))) return true;
                break;
            }
        // ("لأن منازلهم دمرت جراء القتال", "نزوح عشرين ألف شخص بسبب المعارك": the fighting named as the cause of a loss is
        // the war behind it, no clash of its own)
        if (LossCausedBy(s, t)) return true;
        // ("منازلهم دمرت جراء القتال", "تضررت جراء القصف": what was destroyed by an act is that act's harm, told by its own word)
        if (t.LastToken + 1 < s.EndToken && CauseWords.Contains(Tokens[t.LastToken + 1].Norm)
            && t.Entries.Any(e => e.SubEventType == "Looting/property destruction") && t.Entries.All(e => e.SubEventType == "Looting/property destruction" || e.DefusesExplosives)) return true;
        // ("تحرير قطريين كانوا محتجزين في العراق": who had been held are told of as held — no detention that day)
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "كان" or "كانوا" or "كانت" or "كانا"
            && t.Entries.All(e => e.SubEventType == "Arrests") && first.Norm.StartsWith("محتجز", StringComparison.Ordinal)) return true;
        // ("لفك الرهائن المحتجزين في بغداد": nor are those the participle describes, after their definite noun)
        if (t.FirstToken > s.FirstToken && first.Norm.StartsWith("المحتجز", StringComparison.Ordinal) && t.Entries.All(e => e.SubEventType == "Arrests")
            && Tokens[t.FirstToken - 1] is { Kind: TokenKind.ArabicWord } noun && noun.Norm.StartsWith("ال", StringComparison.Ordinal)) return true;
        // ("صفقة إطلاق رهائن قطريين", "الإفراج عن الرهائن": hostages set free are no hostages taken)
        if (t.Entries.All(e => e.SubEventType == "Abduction/forced disappearance") && t.FirstToken == t.LastToken && (first.Norm.Contains("رهاين") || first.Norm.Contains("رهينه")))
            for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 2); k--)
                if (Tokens[k].LemmaWithoutArticle is "اطلاق" or "افراج" or "سراح" or "تحرير" or "مبادله" or "تبادل") return true;
                else if (Tokens[k].Norm != "عن") break;
        // ("فيضانات السودان تقتل امرأة", "السيول تقتل 5 أشخاص": what a flood or a quake kills is no act of violence)
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 3); k < t.FirstToken; k++)
            if (DisasterWords.Contains(Tokens[k].Lemma) && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("إن الانفجار الذي هز مستودعا لتجميع الألغام حصل عن طريق الخطأ", "انفجار ناجم عن تسرب غاز": an explosion the
        // sentence calls an accident is none of ACLED's — not a strike that hit the wrong side, "نفذت ضربة جوية بطريق الخطأ";
        // nor the tear gas of a grenade that went off so, "انفجار قنبلة غاز مسيل للدموع بطريقة الخطأ")
        if (t.Entries.All(e => e.SubEventType is "Remote explosive/landmine/IED" or "Protest with intervention") && Accident(s)) return true;
        // ("أسقطت القوات طائرة مسيرة حوثية مفخخة": a drone's adjective, the drone itself is the weapon — shot down or not,
        // no car bomb)
        if (t.FirstToken == t.LastToken && Tokens[t.FirstToken].Norm is "مفخخه" or "المفخخه" or "مفخخات"
            && Enumerable.Range(Math.Max(s.FirstToken, t.FirstToken - 3), t.FirstToken - Math.Max(s.FirstToken, t.FirstToken - 3))
                .Any(k => Tokens[k].LemmaWithoutArticle is "طائره" or "مسيره" or "طيار" or "درون")) return true;
        // ("ودمرت … وقطع مدفعية مضادة للطائرات": pieces of a weapon are things, not its fire)
        if (t.FirstToken > s.FirstToken && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions && e.Pos != "verb")
            && Tokens[t.FirstToken - 1].LemmaWithoutArticle is "قطع" or "قطعه") return true;
        // ("بهجوم كيماوي مفبرك": an attack called fabricated, staged, is none)
        if (t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Lemma is "مفبرك" or "مفبركه" or "ملفق" or "ملفقه") return true;
        // "ودعا أردوغان الولايات المتحدة إلى تسلم السيطرة في منبج": what a call asks for is not done.
        if (CalledFor(s, t)) return true;
        // ("يمكن اعتقال مشتبه به لستة أشهر", "يحق للشرطة اعتقال"): what may be done, by law or power, is no act
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 3); k < t.FirstToken; k++)
            if ((Tokens[k].Norm is "يمكن" or "يجوز" or "يحق" or "بامكان" or "بوسع" || Tokens[k].Lemma is "يمكن" or "يجوز" or "يحق") && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("ويمكن أن تدخل القوات الأمريكية في مواجهة مباشرة مع القوات التركية"): and what "يمكن أن" opens, its verb and
        // subject between
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 8); k + 1 < t.FirstToken; k++)
            if (Tokens[k].NormWithoutWa is "يمكن" or "يجوز" && Tokens[k + 1].Norm == "ان" && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("أكدت على حق الفلسطينيين في التظاهر السلمي", "الحق في الاحتجاج مكفول"): the right to an act, its holders between,
        // is no act
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm == "في")
            for (int k = Math.Max(s.FirstToken, t.FirstToken - 4); k < t.FirstToken - 1; k++)
                if (RightWords.Contains(Tokens[k].NormWithoutWa) && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("سمحت للطائرات العسكرية الأميركية بشن هجمات على تنظيم داعش انطلاقا من قاعدة إنجرليك": what a state allows
        // another to do is a permission granted, no act told)
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 6); k < t.FirstToken; k++)
            if (PermittingWords.Contains(Tokens[k].LemmaWithoutArticle) && !PunctuationBetween(k, t.FirstToken)) return true;
        // ("إسرائيل توسع «الاعتقال الإداري»", "تمديد الاعتقال الإداري للأسير": detention without charge, the institution or its
        // renewal, is no arrest told)
        if (t.Entries.Any(e => e.SubEventType == "Arrests") && t.LastToken + 1 < s.EndToken
            && Tokens[t.LastToken + 1].NormWithoutArticle is "اداري" or "اداريا" or "الاداري")
            return true;
        // "وقد تستهدف ضربة أكثر قوة القاعدة": قد with an imperfect verb is what may happen, up to the end of its clause
        // ("وقد قصفت" with a perfect one is what did).
        // ("رافضا الشعارات التي قد تتسبب في اشتباكات": تتـ opens only an imperfect — a perfect of its form starts تـ alone,
        // "قد تمكنت")
        for (int i = t.FirstToken - 1; i >= s.FirstToken && Tokens[i].Kind != TokenKind.Punctuation; i--)
            if (Tokens[i].Norm is "قد" or "وقد" or "فقد" && (LooksImperfect(Tokens[i + 1]) || Tokens[i + 1].Lemma.StartsWith("تت", StringComparison.Ordinal))) return true;
        // "وعادة ما يشن التحالف غارات", "ودأبت الميليشيات على استهداف": a habit told before the act is no event
        // (after it, "دمرت مطعما عادة ما يرتاده الجنود", it only describes the target).
        if (_cues.Find(CueClass.Habitual, s.FirstToken, t.FirstToken) is not null) return true;
        // ("يلجأ الانقلابيون إلى شن هجمات عادة ما تكون غير مؤثرة": but a habit right after the acts' own noun tells what they
        // usually are — acts in general)
        if (t.LastToken + 1 < s.EndToken && _cues.IsAt(CueClass.Habitual, t.LastToken + 1, s.EndToken, out _) && t.Entries.All(e => e.Pos != "verb")) return true;
        // "الاحتجاجات التي تخرج ضد النظام بين الحين والآخر": what recurs now and then, where its clause says so
        // (not "… واعتقال خمسة آخرين، بينما تشهد المملكة من حين لآخر هجمات": another clause's).
        // (the clause, a scan of the sentence, is worked out only when the sentence has such a phrase at all)
        if (_cues.Find(CueClass.Frequency, s.FirstToken, s.EndToken) is not null)
        {
            var (clauseStart, clauseEnd) = Clause(s, t);
            if (_cues.Find(CueClass.Frequency, clauseStart, clauseEnd) is not null) return true;
        }
        // "رغم استعادة مدينة الموصل من سيطرة التنظيم": what "despite" concedes is known background, not news.
        if (Conceded(s, t)) return true;
        if (Denounced(s, t)) return true;
        // "فبعد خمسة أعوام على تفجير ريحانلي", "بعد شهرين على الهجوم": the act years or months after which something
        // else happens is that long past (the sentence's own act is not: "ألقت الاستخبارات القبض على أحد المتهمين").
        if (LongAfter(s, t)) return true;
        // "اعتقلت قوات الأمن 21 مطلوبا يشتبه في ضلوعهم … بأعمال شغب", "بتهمة المشاركة في أعمال شغب": what someone is
        // suspected or charged with is alleged, not an event the report tells.
        if (Suspected(s, t)) return true;
        if (AttacksInGeneral(s, t)) return true;
        // ("ووصف محللون القبض على عشماوي حيا بالإنجاز الكبير", "واعتبر الوزير الهجوم إرهابيا"): a known act, with the article,
        // as what a speaker describes or deems something is comment on it, not its report
        if (Described(s, t)) return true;
        if (Anniversary(s, t)) return true;
        if (AttackInWords(s, t)) return true;
        if (Expected(s, t) || ChemicalUseInGeneral(s, t) || ChemicalStock(s, t) || TearGas(s, t)) return true;
        return false;
    }

    // A lasting state (who holds, who is held), a tally or a series, a campaign since or during a span, background.
    private bool StateTallyOrBackground(Sentence s, TriggerMention t)
    {
        var first = Tokens[t.FirstToken];
        // What the trigger's rows agree on, asked by several tests below: worked out once, not per test.
        bool noVerb = t.Entries.All(e => e.Pos != "verb");
        bool battleNoun = t.Entries.All(e => e.EventType == AcledTaxonomy.Battles && e.Pos != "verb");
        bool anyArrest = t.Entries.Any(e => e.SubEventType == "Arrests");
        bool arrestOrAbduction = t.Entries.All(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");
        // ("مكافأة لمن يدلي بمعلومات تساعد في إلقاء القبض على الصماد", "معلومات تؤدي إلى اعتقاله"): an arrest that
        // information would lead to or help is sought, not made
        if (arrestOrAbduction && LeadsTo(s, t)) return true;
        // ("مستمرين في اختطاف سيادة وعروبة لبنان", "اختطاف الدولة", "خطف القرار": a state, its sovereignty or its will
        // held hostage is a figure of speech, no one taken)
        if (arrestOrAbduction && t.LastToken + 1 < s.EndToken && SeizedAbstractions.Contains(Tokens[t.LastToken + 1].LemmaWithoutArticle)) return true;
        // ("لمواصلة انقلابهم واختطافهم لليمن ومقدراته": and a whole country taken, its name right after)
        // (with ل: "احتجزت إسرائيل لارا" and "اعتقال تركيا لقس" name the state that arrests)
        if (arrestOrAbduction && Within(_places, p => p.FirstToken, t.LastToken + 1, t.LastToken + 2).Any(p => p.Place is not null && IsCountry(p) && (Tokens[p.FirstToken].HasProclitic("ل") || Tokens[p.FirstToken].Norm.StartsWith("لل", StringComparison.Ordinal))))
            return true;
        // ("فهذا اليمن يختطف مرة من عبدالناصر ومرة من الخامنئي"): a whole country the subject of a verb of abducting, right
        // before it, is held hostage in a figure of speech
        if (arrestOrAbduction && !noVerb && t.FirstToken > s.FirstToken
            && Within(_places, p => p.FirstToken, Math.Max(s.FirstToken, t.FirstToken - 3), t.FirstToken).Any(p => p.LastToken == t.FirstToken - 1 && p.Place is not null && IsCountry(p) && !Tokens[p.FirstToken].HasPrepositionClitic
                                                                                                            && p.FirstToken > s.FirstToken && Tokens[p.FirstToken - 1].NormWithoutWa is "هذا" or "هذه" or "فهذا" or "فهذه" or "ان" or "لكن"))
            return true;
        // ("فشلوا في اغتيال فرحة رمضان والعيد", "اغتيال الأمل"): joy or hope "assassinated" is a figure of speech, no one killed
        if (t.FirstToken == t.LastToken && Tokens[t.FirstToken].LemmaWithoutArticle == "اغتيال" && t.LastToken + 1 < s.EndToken
            && KilledAbstractions.Contains(Tokens[t.LastToken + 1].LemmaWithoutArticle)) return true;
        // "المظاهرات المرتقبة يوم الجمعة المقبل", "المواجهة المحتملة", "هجوم وشيك": what is awaited has not happened.
        if (noVerb && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Lemma is "مرتقبه" or "مرتقب" or "متوقعه" or "متوقع" or "محتمله" or "محتمل" or "مقبله" or "مقبل"
                or "وشيك" or "وشيكه" or "الوشيك" or "الوشيكه")
            return true;
        // ("مستفيدا من المعارك التي خاضها في مناطق الهلال النفطي والجفرة وبنغازي ودرنة", "ومن أبرز المعارك التي خاضتها
        // القوات الشرعية"): the battles a side has fought are its record — unless the sentence counts their dead ("أسفرت
        // المعارك التي خاضتها المقاومة عن مقتل …")
        if (battleNoun && FoughtByThem(s, t) && _cues.Find(CueClass.Killed, s.FirstToken, s.EndToken) is null) return true;
        // ("وإثر عملية الخطف، تولت روسيا التفاوض", "وبعد الهجوم، أغلقت السلطات الطرق"): the act, known, that a sentence
        // opens after is the one the article told; what follows is what came of it
        if (noVerb && OpensAfterTheKnownAct(s, t)) return true;
        // ("استهدفت قوات التحالف الإرهابيين المسؤولين عن إطلاق الطائرات بدون طيار من صعدة"): the known acts those hit
        // are responsible for say who they are, no event of the sentence
        if (noVerb && ResponsibleFor(s, t)) return true;
        // ("بأعمال الشغب التي تقوم بها", "الاعتقالات التي تمارسها ميليشيات الحوثي", "أعمال الإرهاب التي يرتكبها
        // المستوطنون"): acts a side is said to carry out, practise or commit, in the present, are its conduct — no one event
        if (noVerb && PractisedBy(s, t)) return true;
        // ("تولى كبر الفساد والاعتداء والتكفير والتفجير", "نشر التطرف والقتل"): an act named in one list with vices is
        // what a side stands for, no act done somewhere
        if (noVerb && ListedWithVices(s, t)) return true;
        // ("انتهكت الهند وقف إطلاق النار بشن هجمات متكررة على الحدود", "اعتداءاتها المتكررة"): acts called repeated are a
        // side's conduct summed up, no one event.
        if (noVerb && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Lemma is "المتكرره" or "المتكرر" or "متكرره" or "متكرر")
            return true;
        // "وتأتي هذه الغارات بعد يوم من قمة عقدت في طهران", "أن هذه الغارات تعد الأعنف": an act pointed back at was
        // told already; the sentence adds no event of its own (and the places in it are often another matter's).
        if (noVerb && PointedBack(s, t) || ComesAsTold(s, t)) return true;
        // ("بصواريخ شديدة الانفجار", "مواد سريعة الانفجار": "explosive" as a weapon's adjective is no blast — the act its
        // genitive, bare of a preposition: not "إدانته الشديدة للحادث الإرهابي")
        if (noVerb && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "شديده" or "شديد" or "سريعه" or "سريع" or "قابله" or "قابل"
            && Tokens[t.FirstToken].Norm.StartsWith("ال", StringComparison.Ordinal))
            return true;
        // ("الدجاج الانتحاري", "عمل انتحاري": "suicidal" said of an animal or a deed is no bomber)
        if (noVerb && t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken && Tokens[t.FirstToken].NormWithoutArticle == "انتحاري"
            && NoBombers.Contains(Tokens[t.FirstToken - 1].NormWithoutArticle))
            return true;
        // "شدد روحاني وبوتن على ضرورة استعادة النظام للسيطرة": what is called necessary is yet to be done; so is what is
        // called important ("وهنا تبرز أهمية تحرير مدينة الحديدة").
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "ضروره" or "الضروره" or "اهميه" or "الاهميه") return true;
        // ("أطلق أردوغان «حربا على الإرهاب»، تستهدف حزب العمال الكردستاني": what a war, a plan or a law targets is its aim,
        // no strike)
        if (t.Entries.All(e => e.IsStrike && e.Pos == "verb") && Tokens[t.FirstToken].Lemma is "تستهدف" or "يستهدف" or "استهدفت" or "استهدف"
            && PolicyBefore(s, t.FirstToken)) return true;
        // ("مشيداً بدور وزارة الداخلية في مكافحة الارهاب من خلال القبض على العديد من الخلايا الارهابية": arrests named as
        // the way a body works are its record, no one arrest)
        // ("قيامهم بالانتقام من أفراد المجتمع من خلال التفجير والعمليات الانتحارية": so is any kind of act named, with the
        // article, as the means a side works by — not one act told so, "رد أبناء سقطرى من خلال مسيرة جماهيرية حاشدة")
        if ((anyArrest || noVerb && Tokens[t.FirstToken].Form.Analysis is { HasArticle: true }) && t.FirstToken - 2 >= s.FirstToken && Tokens[t.FirstToken - 1].Norm == "خلال" && Tokens[t.FirstToken - 2].Norm == "من") return true;
        // ("أنماط الجرائم الممنهجة … التي شملت القصف العشوائي للمدنيين", "انتهاكات مثل الاعتقال التعسفي": a kind of act, with the
        // article, listed as what crimes or abuses include is a category, no one act)
        // (not the acts as the subject, "كما شملت الغارات مطار النيرب", nor a place they came from, "التي انطلقت منها الاحتجاجات")
        if (noVerb && Tokens[t.FirstToken].Form.Analysis is { HasArticle: true } && t.FirstToken - 1 > s.FirstToken && ListedAsAKind(t.FirstToken - 1))
            return true;
        // ("وتعني السيطرة على لحج قطع الطريق على الانقلابيين": what an act would mean is talk of it, not its report)
        // ("… قطع الطريق على الانقلابيين": and what the same clause goes on to say it would mean)
        // (not a fact it says follows: "مما يعني أنها أحكمت السيطرة على")
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 8) && Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (Tokens[k].Norm is "ان" or "انه" or "انها" or "بان" or "انهم") break;
            if (Tokens[k].Norm is "تعني" or "يعني" or "وتعني" or "ويعني" or "ستعني" or "سيعني") return true;
        }
        // "تهديدات النظام وحليفته موسكو بشن هجوم": what a threat or vow is made with has not been done.
        if (noVerb && Threatened(s, t)) return true;
        // "قتل 21 من مسلحي التنظيم، بينهم 10 مهاجمين انتحاريين": bombers counted among the dead are no act of their own.
        if (t.Entries.All(e => e.SubEventType == "Suicide bomb" && e.Pos == "noun"))
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 4); i < t.FirstToken; i++)
                if (Tokens[i].Norm is "بينهم" or "منهم" or "بينهما" or "وبينهم" or "ومنهم") return true;
        // "إن النظام السوري يستخدم العنف الجنسي أداة للانتقام", "يمارس الاغتصاب بحق الطبقات الأكثر فقرا": an act a side is
        // said to use or practise, in the present, is its way of doing, not one event.
        if (noVerb && t.FirstToken > s.FirstToken && (PractisingVerbs.Contains(Tokens[t.FirstToken - 1].Lemma)
                || t.FirstToken - 1 > s.FirstToken && PractisingVerbs.Contains(Tokens[t.FirstToken - 2].Lemma)))
            return true;
        // "وسقط الغالبية الكبرى من هؤلاء جراء الضربات الجوية", "قتل معظمهم في غارات": the share of a toll told before
        // that died of a kind of act sums up many acts, it tells of none.
        // (with a day of its own it is that day's: "قتل 20 مدنيا أمس، قضى معظمهم في غارات جوية")
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && ShareOfAToll(s, t) && !SentenceHasDate(s)) return true;
        // "خاضت معارك قضائية", "المعركة الانتخابية", "حرب إعلامية": a battle in court, at the polls or in the press.
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Battles) && t.LastToken + 1 < s.EndToken && FiguredBattles.Contains(Tokens[t.LastToken + 1].Lemma))
            return true;
        // "لا يزال يسيطر", "المناطق التي تسيطر عليها", "كان يسيطر": who holds a place is a state, not an event;
        // but "تواصل الغارات" and "التي تستهدفها القوات" are strikes going on, which are coded.
        // ("ردا على غارات جوية إسرائيلية سابقة ضد قاعدة إيرانية", "في هجوم سابق"): acts called earlier ones, with no article
        // and no day in their clause — earlier acts in general — are background
        if (noVerb && EarlierOnes(s, t)) return true;
        // ("إثر مشاركته في الاحتجاجات التي اندلعت آنذاك", "المظاهرات حينها"): acts placed "at that time" — a time told
        // before, not this news — are background
        if (noVerb && ToldAsThen(s, t)) return true;
        // ("قصفوا في عدة مرات مصفاة النفط", "وكانت تركيا قد هاجمت مرارا معسكرات", "تعرضت للاعتقال عدة مرات"): an act told
        // as done repeatedly, with no day of its own in its clause, is a record summed up — no one event
        if (Repeatedly(s, t) && !DatedInItsClause(s, t)) return true;
        bool control = t.Entries.All(e => e.IsTerritory);
        // (the phrase in the clause: not "حققت القوات انجازات خلال الأيام الأخيرة، وطردت الاثنين الحوثيين من …")
        if (control && _cues.FindLast(CueClass.Ongoing, Math.Max(s.FirstToken, t.FirstToken - 3), t.FirstToken) is { } ongoing
            && !PunctuationBetween(ongoing.Last, t.FirstToken)) return true;
        // "قتل أربعة شرطيين في انفجار قنبلة، في وقت يستمر القصف الجوي لمواقع المتمردين": a campaign said to go on while
        // something else happened is the backdrop of that act, not an event of its own
        if (noVerb && t.FirstToken - 2 > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "يستمر" or "تستمر" or "يتواصل" or "تتواصل"
            && Tokens[t.FirstToken - 2].Norm is "وقت" or "فيما" or "بينما" or "حين") return true;
        // "مناطق سيطرة المعارضة", "منطقة نفوذ": areas of control are places, not a taking of them.
        if (control && noVerb && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "مناطق" or "منطقه") return true;
        // "آخر جيب تحت سيطرة التنظيم": being under someone's control is a state; coming under it is the event
        // ("باتت المدينة تحت سيطرة", "سقطت تحت سيطرة").
        // (and "وتحت سيطرة كاملة": "الأوضاع هادئة ومستقرة وتحت سيطرة كاملة من القوات المسلحة")
        if (control && noVerb && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].NormWithoutWa == "تحت")
        {
            bool becomes = false;
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 5); i < t.FirstToken - 1 && !becomes; i++) becomes = BecomingVerbs.Contains(Tokens[i].Lemma);
            if (!becomes) return true;
        }
        // "في منطقة تسيطر عليها المعارضة": an imperfect holding verb with its resumptive pronoun describes a place.
        if (control && ImperfectVerb(t) && t.LastToken + 1 < s.EndToken && OccupiedPrepositions.Contains(Tokens[t.LastToken + 1].Norm)) return true;
        // "قصفت الطائرات مواقع سيطر عليها المتشددون": a holding verb with its resumptive pronoun, right after a bare plural
        // of places, is a relative clause whose antecedent is indefinite (so it has no "التي") — who held the places, no
        // taking of them
        if (control && t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken && t.LastToken + 1 < s.EndToken
            && OccupiedPrepositions.Contains(Tokens[t.LastToken + 1].Norm) && HeldPlaces.Contains(Tokens[t.FirstToken - 1].Norm)) return true;
        // "قوات الحوثيين المتحالفة مع إيران والتي سيطرت على العاصمة صنعاء": a taking told in a relative clause, its verb
        // right after the pronoun, describes the side that took — background, unless dated in its clause ("التي سيطرت
        // أمس على المدينة")
        if (control && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is var pronoun
            && (IsRelativePronoun(pronoun) || pronoun.Length > 1 && pronoun[0] == 'و' && IsRelativePronoun(pronoun[1..])) && !DatedInItsClause(s, t))
            return true;
        // A threat or vow governs what follows it in the sentence ("وتوعد ترامب قائلا: … ستكون الصواريخ قادمة").
        // A denial anywhere before it too ("نفى الجيش أن يكون قصف"). One pass over the words, one set per word form.
        // (not the act a threat answers, told after a word of cause with its day: "هدد حزب العمال بقطع الهدنة إثر الضربات
        // الجوية التي شنها الجيش التركي الجمعة والسبت"; undated, it is an act of before retold: "بسبب … القصف الذي تعرض له مطار التيفور")
        if (FirstGoverning(s) is >= 0 and var g && g < t.FirstToken
            && !(ThreatVerbs.Contains(Tokens[g].Norm) && CauseBetween(g, t.FirstToken) && DatedInItsClause(s, t))) return true;
        // "منذ أن أعلنت مبايعتها لتنظيم داعش", "منذ أن سيطر التنظيم على المدينة": what a clause of "since" tells began the
        // span the news falls in — no act of the day (unless dated in its clause: "منذ أن قصفت الطائرات المدينة صباح اليوم")
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 3); i + 1 < t.FirstToken; i++)
            if (Tokens[i].Lemma == "منذ" && Tokens[i + 1].Norm == "ان" && !DatedInItsClause(s, t)) return true;
        // "خلال قصف طيلة الأسابيع الستة الماضية": weeks or months of it are a campaign, summed up, not one event.
        // Also before it: "خلال 3 أسابيع من حملة القصف", "وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة";
        // and "ومعارك منذ شهر": fighting that has gone on for a month; "على مدار الأسابيع الماضية", over the past weeks.
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 8); i < Math.Min(s.EndToken - 1, t.LastToken + 8); i++)
            if (i < t.FirstToken || i > t.LastToken)
                // ("غارات جوية هي الأعنف منذ شهر": a record over the month ranks one act, it sums up none)
                if ((Tokens[i].Norm is "طيله" or "طوال" or "مدي" or "مدار" || Tokens[i].Lemma is "منذ" or "خلال") && !DescribesAnotherNoun(s, t, i) && !Ranked(s, i))
                    // ("على مدار أكثر من عشر سنوات": a count of the span between, in a sentence that dates nothing to a day —
                    // "تمكنت قوات النظام الخميس من السيطرة للمرة الأولى منذ أكثر من ثلاثة أعوام" took ground that Thursday)
                    for (int j = i + 1; j < Math.Min(s.EndToken, i + 6) && Tokens[j].Kind != TokenKind.Punctuation; j++)
                        // ("خلال عطلة نهاية الأسبوع" is the weekend, a date)
                        if ((j < i + 4 || Document.Numbers.Exists(n => n.LastToken == j - 1) && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => d.Date.Precision == DatePrecision.Day))
                            && (CampaignSpans.Contains(Tokens[j].Lemma) && Tokens[j - 1].Lemma is not ("نهايه" or "عطله") || SamePeriod(s, j))) return true;
        // ("وخلال نفس الفترة قتل 50 مدنيا في دمشق بسبب القذائف": a sentence that opens with the period just counted over;
        // "وفي الفترة الأخيرة، سقط عشرات الضحايا المدنيين", "في الآونة الأخيرة": one that opens with a recent stretch)
        if (Tokens[s.FirstToken].Lemma == "خلال" || Tokens[s.FirstToken].Norm is "في" or "وفي")
            for (int j = s.FirstToken + 1; j < Math.Min(s.EndToken, s.FirstToken + 4); j++)
                if (SamePeriod(s, j)) return true;
        // "بعد أسابيع من الاحتجاجات التي تخللها اقتحام المتظاهرين لمكاتب حكومية": what weeks or months of something
        // before now held is that span's background, not the news (the news comes after "بعد").
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 8); i + 2 < t.FirstToken; i++)
            if (Tokens[i].Norm is "بعد" or "وبعد" && CampaignSpans.Contains(Tokens[i + 1].Lemma) && Tokens[i + 1].Lemma is not ("شهر" or "اسبوع")
                && Tokens[i + 2].Norm is "من" or "علي" && !PunctuationBetween(i, t.FirstToken))
                return true;
        // "شنت بالفعل 100 غارة جوية على إدلب هذا الشهر": strikes counted over this month or year are a tally.
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && CountedOverThisPeriod(s, t)) return true;
        // "وأسفرت آلاف الضربات الجوية التي شنها التحالف": thousands of strikes are a war's tally, never one day's.
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && t.FirstToken > s.FirstToken
            && Tokens[t.FirstToken - 1].Norm is "الاف" or "والاف") return true;
        // ("تنفيذ مقاتلات النظام ما لا يقل عن 12053 غارة"): so is a count of them in the thousands.
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && Document.Numbers.Exists(n => n.LastToken == t.FirstToken - 1 && n.Value >= 1000))
            return true;
        // "القس الأمريكي الذي تحتجزه السلطات التركية", "المدنيين الذين خطفهم التنظيم": an arrest or abduction told in a
        // relative clause introduces a person; it is not the news, unless dated to a day ("الذي اعتقلته السلطات … الاثنين").
        if (ObjectPronounAfterRelative(t) && arrestOrAbduction && !RecentDayIn(t.LastToken + 1, s.EndToken))
            return true;
        // "وتحتجز السلطات العراقية 833 طفلا", "إن الحوثيين يحتجزون أكثر من 19 سفينة", "تعتقل السلطات الإصلاحيين": the
        // imperfect of holding or arresting in a report's body tells whom someone holds, or does to people as a rule — not
        // an arrest made (a headline's imperfect is the news, "تركيا تحتجز ألمانيا حاول الانضمام"; a recent day makes it one).
        if (arrestOrAbduction && HoldsInCustody(s, t) && !RecentDayIn(s.FirstToken, s.EndToken)) return true;
        // "ومنذ الإطاحة بمرسي، تخوض قوات الأمن … مواجهات عنيفة", "ومنذ 30 آذار/مارس، قتل 120 فلسطينيا": a sentence that opens
        // with what has gone on since an event or a day tells of a stretch of time, not of one act — unless since this day
        // or the last ("ومنذ صباح الأربعاء، يستهدف الطيران", "منذ ساعات الصباح"), or unless it goes on to date an act to a
        // recent day ("ومنذ يوليو، شهد القطاع تبادلا لإطلاق النار، كان الأعنف الخميس الماضي عندما شنت إسرائيل غارات").
        if (Tokens[s.FirstToken].Norm is "منذ" or "ومنذ" && s.FirstToken + 1 < s.EndToken && !SinceToday(s.FirstToken + 1)
            && !RecentDayIn(AfterDateAt(s.FirstToken + 1), s.EndToken)) return true;
        // "للتحقيق في هجوم كيماوي", "التحقيق بشأن محاولة اغتيال الحمد الله", "للكشف عن ملابسات اختفاء": an act under
        // investigation is a case spoken of, told as news before; with no day of its own after it, no report of it.
        // (not a chemical attack: retold in every article while inspectors worked, its retellings are folded into the one
        // attack — OneChemicalAttackPerPlace — and give it its day and attacker)
        if ((Investigated(t) || InvestigatedInAList(s, t)) && !t.Entries.Any(e => e.SubEventType == "Chemical weapon")
            && !Within(_dates, d => d.FirstToken, t.LastToken + 1, s.EndToken).Any(d => d.Date.Precision == DatePrecision.Day))
            return true;
        // "وأفرجت المقاومة اليمنية عن مجموعة من السجناء": prisoners released are no arrest (not a release asked for,
        // "للمطالبة بالإفراج عن أتباع طريقتهم المحتجزين", whose detention the coders split on: the dev gold codes it).
        if (arrestOrAbduction && ReleaseMadeBefore(s, t)) return true;
        // "في انفجار استهدف موكب مدير الأمن، الذي نجا من محاولة الاغتيال": the attempt someone survived is the act the
        // sentence has told already, seen from its target.
        if (Survived(s, t)) return true;
        // "والنجاحات التي حققتها قوات التحالف في تحرير عدن", "الانتصارات التي حققها الجيش في": an act told as a side's
        // record of successes is looked back on, no news of it
        if (AmongItsSuccesses(s, t)) return true;
        // "أمام حملة الخطف والتفجيرات التي ترتكبها المجموعة", "التفجيرات التي تنفذها الجماعة في شمال نيجيريا": acts a side
        // is said to carry out, in the present, with no day and no one killed, are its habit, not an act reported
        if (Habitual(s, t)) return true;
        // "فمنه كانت الميليشيات الحوثية تطلق قذائفها نحو المناطق المحررة": what a side used to do (كان, then the
        // imperfect), with no day and no one killed, is its habit in the past, no act reported
        if (UsedToDo(s, t)) return true;
        // "نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى": a series told over recent times sums
        // acts up, no one act reported
        if (RecentSeries(s, t)) return true;
        // "ومسلحين يحاولون شن هجمات تحت ستار الاحتجاجات": what someone tries, as a habit or an aim, right after the
        // imperfect of trying, is not done ("حاول مسلحون اقتحام", the past, is an attempt made; and "يحاول مسؤولون تأكيد
        // الهجوم" tries to confirm an act, it does not try the act)
        if (t.FirstToken > s.FirstToken && Trying(Tokens[t.FirstToken - 1])) return true;
        // ("في وقت يحاول فيه العراق استعادة السيطرة على مدينة الرمادي"): and with the one who tries between, a side or a
        // country named, or the pronoun of the time ("فيه")
        if (TriedBySomeone(s, t)) return true;
        // "فرنسا: سنتخذ قرارا بشأن قصف سوريا", "مشاورات حول شن هجوم": a decision or talks about an act are no act.
        if (DecidedOrDiscussed(t)) return true;
        // "منذ استعادة الجيش للغوطة": what things have been like since an event is background.
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "منذ" or "ومنذ") return true;
        // "منذ انطلاق المعارك", "منذ بدء الهجوم": a tally since a campaign began.
        if (t.FirstToken - 1 > s.FirstToken && Tokens[t.FirstToken - 2].Norm is "منذ" or "ومنذ"
            && BeginningWords.Contains(Tokens[t.FirstToken - 1].Lemma)) return true;
        // "منذ قيام جماعة الحوثي بالسيطرة على مدينة عدن وأحياء التواهي وخور مكسر … واستعادتها من قبل قوات التحالف": what
        // someone undertook after "منذ", and every act joined to it up to the clause's end, is the past the clause counts from
        if (SinceAnUndertaking(s, t)) return true;
        // "منذ أن بدأت الاحتجاجات"
        if (t.FirstToken - 3 >= s.FirstToken && BeginningVerbs.Contains(Tokens[t.FirstToken - 1].Norm) && Tokens[t.FirstToken - 2].Norm == "ان"
            && Tokens[t.FirstToken - 3].Norm is "منذ" or "ومنذ") return true;
        // "… 190 صاروخا، تسببت في استشهاد 112 مدنيا منذ الانقلاب", "مقتل 71 شخصا منذ بداية عملية عسكرية": told after
        // it, the start of a war or campaign makes the figure a tally — unless the sentence dates the act to a day
        // before it, or ranks it ("أعنف هجوم منذ بدء الحملة", "لأول مرة منذ"): a record is told of one act.
        if (TallySince(s, t) || TallySoFar(s, t)) return true;
        // "قتل نحو 30 فلسطينيا خلال عشرة أيام من الاحتجاجات", "خلال الأيام العشرة الماضية": a count over several days
        // sums them up; it is no one day's event.
        if (TallyOverDays(s, t)) return true;
        // "أحداث العنف التي أطاحت باتفاق السلام", "انهيار اتفاق وقف إطلاق النار": an agreement broken is no agreement made
        if (t.Entries.All(e => e.SubEventType == "Agreement") && Broken(s, t)) return true;
        // ("نادي ليفربول توصل إلى اتفاق مع أستون فيلا", "الاتفاق النووي"): the word of an agreement counts only in a
        // sentence of war — a truce, a ceasefire, fighters, prisoners, an evacuation, a handover, a settlement
        if (t.Entries.All(e => e.SubEventType == "Agreement") && AgreementNounIn(t) && !WarWordIn(s)) return true;
        // "يترأس وحدة التفجيرات والهجمات الانتحارية", "خلية الاغتيالات": a unit named for what it does is no act
        if (noVerb && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "وحده" or "خليه" or "قسم" or "وحدات" or "خلايا") return true;
        // ("وشارك العامري في أغلب المعارك ضد التنظيم", "تحقيق الانتصار في كافة المعارك"): battles counted as most or all of
        // a war's are its battles summed up, no one fight
        if (noVerb && t.FirstToken > s.FirstToken && Tokens[t.FirstToken].NormWithoutWa is "المعارك" or "الاشتباكات" or "المواجهات" or "الحروب"
            && Tokens[t.FirstToken - 1].NormWithoutWa is "اغلب" or "معظم" or "كافه" or "جميع" or "كل" or "غالبيه") return true;
        // "الاحتجاجات الأسبوعية", "الغارات اليومية": a series, summed up; "عدد الهجمات بطائرات بدون طيار … قد تصاعد":
        // the number of them, counted (not "عدد من الغارات", some of them).
        if (noVerb && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Lemma is "اسبوعيه" or "يوميه" or "شهريه" or "الاسبوعيه" or "اليوميه")
            return true;
        if (noVerb && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "عدد" or "وعدد" or "اعداد") return true;
        // "تقود الإمارات القوات الحكومية في معاركها": a side's battles, in general (a day makes them one, "معاركها أمس", and
        // so does the other side named with مع, "تواصل قوات النظام قتالها مع تنظيم داعش").
        // (not a place's taking, its pronoun the place taken: "تمشيط منطقة الحسيني … بعد تحريرها من الحوثيين بشكل كامل")
        if (t.FirstToken == t.LastToken && battleNoun
            && first.Form.Analysis?.Enclitic is not null && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any()
            && !(t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Norm == "مع") && !TakingAchieved(s, t))
            return true;
        // "مشاركته في القتال في صفوف تنظيم الدولة", "يقاتلون إلى جانب قوات النظام": whose side someone fights on, not a fight.
        if (battleNoun && t.LastToken + 2 < s.EndToken
            && (Tokens[t.LastToken + 1].Norm == "في" && Tokens[t.LastToken + 2].Norm == "صفوف" || Tokens[t.LastToken + 1].Norm == "الي" && Tokens[t.LastToken + 2].Norm == "جانب"))
            return true;
        // ("الحشد الشعبي الذي يشارك عناصره في المعارك ضد تنظيم الدولة": who takes part in the fighting, not a fight)
        if (battleNoun && t.FirstToken - 2 >= s.FirstToken && Tokens[t.FirstToken - 1].Norm == "في")
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 4); i < t.FirstToken - 1; i++)
                if (TakingPart.Contains(Tokens[i].Norm) || TakingPart.Contains(Tokens[i].Lemma)) return true;
        // ("السجن تسعة أعوام لإرهابي شارك بالقتال مع داعش": and taking part with ب on the noun)
        if (battleNoun && t.FirstToken - 1 >= s.FirstToken && Tokens[t.FirstToken].HasProclitic("ب")
            && (TakingPart.Contains(Tokens[t.FirstToken - 1].Norm) || TakingPart.Contains(Tokens[t.FirstToken - 1].Lemma))) return true;
        // "القصف الذي استمر لأسابيع": weeks of it, summed up.
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 5); i++)
            if (CampaignSpans.Contains(Tokens[i].Lemma) && (Tokens[i].HasProclitic("ل")
                // ("احتجاجات استمرت عدة أسابيع ضد نكورونزيزا قبل موعد الانتخابات": and "for several", or right after the
                // verb of lasting)
                || Tokens[i - 1].NormWithoutWa is "عده" or "استمر" or "استمرت" or "دام" or "دامت")) return true;
        // "مذكرة توقيف", "مذكرات اعتقال", "أمر باعتقال": a warrant is not an arrest.
        if (t.FirstToken > s.FirstToken && anyArrest && Tokens[t.FirstToken - 1].Lemma is "مذكره" or "مذكرات" or "امر" or "اوامر" or "امرا")
            return true;
        if (anyArrest)
        {
            // "احتجز الجيش جثث ستة مسلحين", "تحتجز جثامين الشهداء": bodies held are no one arrested.
            if (t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Lemma is "جثث" or "جثه" or "جثمان" or "جثامين" or "رفات") return true;
            // "وثقت 16 حالة اعتقال", "انتقادات تتعلق باعتقال ناشطين": cases counted and a topic of criticism are no one arrest.
            if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "حاله" or "حالات") return true;
            if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken].HasProclitic("ب")
                && Tokens[t.FirstToken - 1].Lemma is "تتعلق" or "يتعلق" or "المتعلقه" or "المتعلق" or "متعلقه" or "تتصل" or "يتصل") return true;
            if (SentencedSince(s, t)) return true;
        }
        // "تنفيذ حكم القتل قصاصاً في مواطن قتل آخر": a court's sentence of death carried out is no attack, nor is the
        // murder it punishes — unless an armed group's "court" passed it ("ونفذت جبهة النصرة حكم الإعدام بحق عشرة أشخاص").
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.ViolenceAgainstCivilians) && TellsACourtsSentence(s)
            && !Within(_actors, a => a.FirstToken, s.FirstToken, s.EndToken).Any(a => a.Actor.Inter is 2 or 3 or 4)) return true;
        return FledChargedOrNamed(s, t, first, noVerb, battleNoun, anyArrest, arrestOrAbduction, control);
    }

    // Fled from, charged with, weapons held, traded or named, a unit, a front, a right, a law or an aim; the rows' tests
    // worked out once by the caller.
    private bool FledChargedOrNamed(Sentence s, TriggerMention t, Token first, bool noVerb, bool battleNoun, bool anyArrest, bool arrestOrAbduction, bool control)
    {
        // "الفارين من المعارك", "هربا من القصف": those fleeing a battle tell of deserters or refugees, not a new battle.
        // ("الفارين من لهيب المعارك": from the fire or the horrors of it)
        int fled = t.FirstToken - 1;
        if (fled > s.FirstToken && Tokens[fled].LemmaWithoutArticle is "لهيب" or "جحيم" or "ويلات" or "اهوال") fled--;
        if (fled - 1 >= s.FirstToken && Tokens[fled].Norm == "من" && FleeWords.Contains(Tokens[fled - 1].Lemma)) return true;
        // ("للهاربين السوريين من براميل النظام": their nationality between)
        if (fled - 2 >= s.FirstToken && Tokens[fled].Norm == "من" && FleeWords.Contains(Tokens[fled - 2].LemmaWithoutArticle)
            && Tokens[fled - 1].Norm is { Length: > 4 } nisba && (nisba.EndsWith("يين", StringComparison.Ordinal) || nisba.EndsWith("يون", StringComparison.Ordinal)))
            return true;
        // ("بداعي فرارهم من مواجهات القوات الحكومية في المعارك الدائرة بالأنبار": the battles the fled clashes were part of)
        if (fled - 1 >= s.FirstToken && Tokens[fled].Norm == "في"
            && Within(_triggers, o => o.FirstToken, Math.Max(s.FirstToken + 2, t.FirstToken - 6), t.FirstToken).Any(o =>
                Tokens[o.FirstToken - 1].Norm == "من" && FleeWords.Contains(Tokens[o.FirstToken - 2].Lemma)
                && !Enumerable.Range(o.LastToken + 1, t.FirstToken - o.LastToken - 1).Any(k => Tokens[k].Kind == TokenKind.Punctuation)))
            return true;
        // ("أعدم 19 شخصا من مرتزقته … لتخاذلهم عن القتال الدائر بينهم وبين الجيش": the fighting one shirked is no new battle)
        if (fled - 1 >= s.FirstToken && Tokens[fled].Norm == "عن" && Shirked(Tokens[fled - 1])) return true;
        // A weapon found, seized or stored is no attack: "عثرت القوات على كميات كبيرة من الأسلحة وقذائف الهاون".
        // ("وعثرت قوات الأمن بحوزة المسلحين القتلى على 4 بنادق آلية وبندقيتي خرطوش و3 عبوات ناسفة": a list of what was
        // found reaches further back than a phrase)
        // (not ground taken: "أحرزت القوات تقدما بتحرير مواقع" achieves it)
        // (nor fighting that went with it: "وعثرت القوات على مستودع للأسلحة باشتباكات مع عناصر داعش")
        if (t.Instrumental && !control && !t.Entries.All(e => e.EventType == AcledTaxonomy.Battles)
            || t.Entries.All(e => e.Pos is "noun" or "phrase" && e.EventType == AcledTaxonomy.Explosions && e.SubEventType != "Chemical weapon"))
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 16); i < t.FirstToken; i++)
                if ((SeizureWords.Contains(Tokens[i].Lemma) || MakingReady.Contains(Tokens[i].NormWithoutWa)
                     // ("دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة": a verb of destroying with a force named between it and
                     // the bomb destroyed the bomb — not "دمرت عبوة ناسفة مدرعة" nor "دمر انفجار شاحنة مفخخة حيا", the blast its subject)
                     || DestroyingWords.Contains(Tokens[i].Lemma) && Document.Actors.Exists(a => a.FirstToken > i && a.LastToken < t.FirstToken))
                    && (t.FirstToken - i <= 8 || !PunctuationBetween(i, t.FirstToken))) return true;
        // ("الصين تقيد صادرات الطائرات بدون طيار"): a weapon traded, the word of trade right before it, is none used
        if (t.FirstToken > s.FirstToken && t.Entries.All(e => e.Pos is "noun" or "phrase" && e.EventType == AcledTaxonomy.Explosions)
            && Tokens[t.FirstToken - 1].NormWithoutWa is "صادرات" or "تصدير" or "واردات" or "استيراد" or "مبيعات" or "بيع" or "شراء") return true;
        // "أعلنت قيادة العمليات إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة، بسيارتين مفخختين يقودهما انتحاريان",
        // "إحباط عملية إرهابية كانت تستهدف مسجدا بحزام ناسف": the bombs of a plot foiled earlier in the sentence never
        // went off (the foiling is the event: disrupted weapons use) — not once the sentence turns to another act
        if (t.Entries.All(e => e.Pos is "noun" or "phrase" && e.EventType == AcledTaxonomy.Explosions))
            for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 20); i--)
            {
                if (Tokens[i].Norm is "بعد" or "فيما" or "بينما" or "لكن" or "الا" || Tokens[i].Surface is "." or "؛") break;
                if (FoilingWords.Contains(Tokens[i].Lemma) || Tokens[i].Lemma is "افشل" or "افشلت" or "افشال") return true;
            }
        // "ونصب المتمردون مدافع ونشروا قناصين", "كما نشرت قناصة ومدافع فوق أسطح المباني", "نشرت الألغام البحرية": guns,
        // shells or mines set up or laid a few words after the verb are a deployment, not their fire or blast
        if (t.Entries.All(e => e.Pos == "noun" && e.SubEventType is AcledTaxonomy.Shelling or "Remote explosive/landmine/IED")
            && WordBackFrom(s, t.FirstToken - 1, 5, static w => EmplacingVerbs.Contains(w.Lemma) || w.Norm is ['و', .. var bare] && EmplacingVerbs.Contains(bare)))
            return true;
        // ("أن قوات التحالف استهدفت مدفع وعناصر مقاتلة من المليشيات الحوثية", "دمرت منصة صواريخ"): a gun or a launcher right
        // after a verb of targeting or destroying, no article and no side's name after it, is what was hit — not its fire
        if (t.Entries.All(e => e.Pos == "noun" && e.EventType == AcledTaxonomy.Explosions) && t.FirstToken > s.FirstToken
            && DestroyedWeaponVerbs.Contains(Tokens[t.FirstToken - 1].NormWithoutWa) && LauncherWords.Contains(Tokens[t.FirstToken].NormWithoutWa)
            && !Document.Actors.Exists(a => a.FirstToken == t.LastToken + 1)) return true;
        // "يرشقون القوات بالحجارة والعبوات الناسفة والقنابل الحارقة", "وألقوا قنابل وعبوات ناسفة وحجارة على جنوده": bombs
        // thrown in one list with stones are the crowd's weapons — its riot, not a blast or strike of their own
        if (t.Entries.All(e => e.Pos is "noun" or "phrase" && e.EventType == AcledTaxonomy.Explosions) && ListedWithStones(s, t)) return true;
        // "نشر موسكو منظومة صواريخ إس-300 في سوريا": missiles that name a weapons system are no strike
        // (but "المنظومة المضادة للصواريخ اعترضت" stopped some)
        // ("أن تنهي برنامج صواريخها الباليستية", "ترسانة الصواريخ": a programme or an arsenal of missiles is none fired)
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "منظومه" or "منظومات" or "بطاريه" or "بطاريات" or "برنامج" or "ترسانه" or "مخزون"
            && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions))
            return true;
        // ("قائد قوات الطائرات المسيرة التابعة للحرس الثوري", "وحدة الصواريخ": a force or unit named after its weapon, the
        // weapon's noun defined in construct — "قواته شنت غارات" is a force that acts)
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "قوات" or "وحده" or "وحدات" or "اسطول"
            && Tokens[t.FirstToken].Form.Analysis is { HasArticle: true } && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions && e.Pos != "verb"))
            return true;
        // "أحبطت القوات محاولة تفجير 4 عبوات ناسفة …، وتم تفجيرها بالذخيرة الحية": the blast of explosives defused or found
        // (a verbal noun with their pronoun) is their disposal.
        if (t.FirstToken == t.LastToken && first.Form.Analysis?.Enclitic is not null && first.Lemma is "تفجير" or "تدمير" or "اتلاف"
            && Within(_triggers, o => o.FirstToken, s.FirstToken, t.FirstToken).Any(o => o.Entries.Any(e => e.DefusesExplosives)))
            return true;
        // "معامل لصناعة الألغام", "خبراء في صناعة المتفجرات": the weapon named right after its making.
        if (t.FirstToken - 1 >= s.FirstToken && MakingWords.Contains(Tokens[t.FirstToken - 1].Lemma)) return true;
        // "الغوطة الشرقية المحاصرة", "المدينة المحررة": a participle describing a place is its state, not an event.
        // (not "القبض" on an armed side, the object of "ألقى" with its subject and the subject's place between: "ألقت
        // المقاومة الشعبية في عدن القبض على عشرات الحوثيين" — a man arrested for a crime stays out, "ألقت الجهات الأمنية
        // بجدة القبض على شخص")
        if (t.FirstToken == t.LastToken && first.Form.Analysis is { HasArticle: true } && t.FirstToken > s.FirstToken
            && !(first.Norm == "القبض" && ArmedSideRightAfter(t))
            && PlaceEndingAt(Math.Max(s.FirstToken, t.FirstToken - 4), t.FirstToken - 1))
            return true;
        // "وتأتي تلك الخطوة بعد أسابيع فقط على تقارير أفادت بحدوث هجوم بأسلحة كيمياوية": an act named inside "weeks (months,
        // years) after" happened that long before the report — told as a reason, no new event.
        if (noVerb && WeeksAfter(s, t)) return true;
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
            // (but "قامت القوات بتحرير مواقع", "أحرزت القوات تقدما بتحرير مواقع": the doing, or the advance it was)
            if (first.HasProclitic("ل") || first.HasProclitic("ب") && !DoneBy(s, t)) return true;
            // (but "نجحت المقاومة في تحرير منطقة كهبوب" is the taking achieved)
            // (nor "وأدى ذلك إلى استعادة قوات التحالف مدينة عدن", the taking a past deed led to)
            if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "علي" or "في" or "الي"
                && !(Tokens[t.FirstToken - 1].Norm == "في" && AchievedBefore(s, t)) && !LedToInThePast(s, t)) return true;
            // "من حق الحكومة السورية استعادة السيطرة", "لها الحق في استعادة السيطرة": a right to take ground is none taken.
            // (its holder and a quote may stand between: 'أن "من حقّ" الحكومة السورية استعادة')
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 5); i < t.FirstToken; i++)
                if (Tokens[i].Lemma is "حق" or "الحق" or "حقها" or "حقه") return true;
            // "وسيطر التنظيم المتطرف على المدينة ثلاث سنوات": control held for years or months is a state, not its taking.
            for (int i = t.LastToken + 1; i + 1 < Math.Min(s.EndToken, t.LastToken + 8); i++)
                if (Tokens[i].Kind == TokenKind.Punctuation) break;
                else if (Within(_numbers, n => n.FirstToken, i, i + 1).Any(n => n.LastToken + 1 < s.EndToken && HeldSpans.Contains(Tokens[n.LastToken + 1].Lemma))
                         && Tokens[i - 1].Norm is not ("قبل" or "منذ" or "بعد" or "خلال")) return true;
            // "أن تحرير منطقة الحديدة مطلوب", "تحرير المدينة بات وشيكا": a capture needed or near is none yet.
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 6); i++)
                if (Tokens[i].Kind == TokenKind.Punctuation) break;
                else if (NeededOrNear.Contains(Tokens[i].Norm)) return true;
            // "السيطرة على معظم الغوطة": most of a region is the sum of a campaign.
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 8); i++)
                if (Tokens[i].Norm is "معظم" or "اغلب" or "غالبيه") return true;
            // ("واستعادت الحكومة السورية، بعد سبع سنوات من الحرب، مساحات شاسعة من الأراضي … بدعم من روسيا": vast areas with
            // no place named but countries sum up a war)
            for (int i = t.LastToken + 1; i + 1 < Math.Min(s.EndToken, t.LastToken + 14); i++)
                if (Tokens[i].NormWithoutWa is "مساحات" or "اجزاء" or "مناطق" && Tokens[i + 1].Norm is "شاسعه" or "واسعه"
                    && !Within(_places, p => p.FirstToken, s.FirstToken, s.EndToken).Any(p => p.Place is not { FeatureCode: var code } || !code.StartsWith("PCL", StringComparison.Ordinal)))
                    return true;
            // Recovering weapons, bodies or prisoners is not taking ground ("استعادة كميات كبيرة من الأسلحة").
            // (a few words on: "واستولت قوات الشرعية أيضا على كميات من الأسلحة")
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 7); i++)
                if (NonTerritorialObjects.Contains(Tokens[i].Lemma)) return true;
            // ("حتى استعادة الشرعية في كل الأرض اليمنية", "استعادة الأمن": legitimacy, security or rights restored, the
            // object right after — "قوات الأمن" a few words on is a subject)
            if (t.LastToken + 1 < s.EndToken && RestoredAbstractions.Contains(Tokens[t.LastToken + 1].LemmaWithoutArticle)) return true;
            // ("استعادت القوات الأمنية الأمن والاستقرار", "واستعاد الجيش هيبته"): or right after the subject that follows
            // the verb
            foreach (var a in Within(_actors, a => a.FirstToken, t.LastToken + 1, t.LastToken + 2))
                if (a.LastToken + 1 < s.EndToken && Tokens[a.LastToken + 1].LemmaWithoutArticle is var restored && RestoredAbstractions.Contains(restored)
                    // (not an adjective of the subject the actor's words stop before: "القوات الموالية للحكومة اليمنية الشرعية")
                    && restored != "شرعيه") return true;
            // Shares of a region ("استعادت نحو 70 في المئة من المنطقة") sum up a campaign; they are not one event.
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 9); i++)
                if (Tokens[i].Norm is "%" or "بالميه" or "المايه" || Tokens[i].Norm == "في" && i + 1 < s.EndToken && Tokens[i + 1].Norm is "الميه" or "المايه") return true;
        }
        // "أي استخدام لأسلحة كيماوية سيؤدي …", "أي هجوم": any such act is a hypothesis.
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "اي" or "لاي" or "باي") return true;
        // "لم يعثروا على أي دليل على وقوع هجوم": any evidence of it, any report of it, is not it.
        for (int i = Math.Max(s.FirstToken + 1, t.FirstToken - 4); i < t.FirstToken; i++)
            if (Tokens[i - 1].Norm is "اي" or "لاي" or "باي" && Tokens[i].Lemma is "دليل" or "ادله" or "تقارير" or "معلومات" or "موشر" or "موشرات"
                && !PunctuationBetween(i, t.FirstToken)) return true;
        // "اعتقل بتهمة التخطيط لهجمات", "أدينوا بارتكاب إحراق أبراج وإلقاء عبوات": what someone is charged with or tried
        // for is no event of the article (the arrest itself is).
        // (but not a side blamed for an act, no court named: "تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية التي وقعت
        // في 20 يوليو في سروج")
        if (!anyArrest)
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 10); i < t.FirstToken; i++)
                if (ChargeWords.Contains(Tokens[i].Lemma) && !BlamedForIt(s, i, t)) return true;
        // ("وشملت وقائع القضية ارتكاب المتهمين جريمة قتل … واستهداف سيارات الجيش", "ووجهت النيابة للمتهمين اتهامات … ووضع
        // عبوة ناسفة"): the facts of a case or the charges brought, however long their list, are what a court tries
        if (ChargesListed(s, t)) return true;
        // ("في القضية المعروفة إعلاميا بـ'فض اعتصام رابعة العدوية'", 'قضية "فض اعتصام رابعة"': the name of a court case
        // tells of an old act the court tries)
        if (NamesACase(s, t)) return true;
        // ('حركة احتجاجية أطلق عليها "مسيرة العودة"', 'في إطار ما يُعرف بـ"مسيرات العودة"', 'التي تحمل اسم "مسيرة العودة
        // الكبرى"': the name given to a campaign tells of no one day's act)
        if (NamesACampaign(s, t)) return true;
        // ("ردت القوات المسلحة السعودية على مصدر القذائف", "تدمير منصات إطلاق القذائف"): the source or launchers of fire
        // answered name that fire, told already, as the object of the answer — no act of their own
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && t.Entries.All(e => e.Pos == "noun") && SourceOfFire(s, t)) return true;
        // Arrests of thieves, smugglers and gangs are crime, which ACLED leaves out.
        if (anyArrest && arrestOrAbduction)
            for (int i = s.FirstToken; i < s.EndToken; i++)
                // (not "حرب العصابات", guerrilla warfare — what militants were trained in)
                if (IsCrimeWord(Tokens[i]) && !(i > s.FirstToken && Tokens[i - 1].LemmaWithoutArticle is "حرب" or "حروب")) return true;
        // (and so are arrests of migrants who crossed without papers and of workers who broke the residency rules)
        if (anyArrest && arrestOrAbduction && MigrantsOrResidencyViolators(s)) return true;
        // "نقل 1700 من مقاتليها من المعارك ضد تنظيم داعش": fighters moved or withdrawn from a fight tell where they were,
        // not a fight.
        if (battleNoun && MovedFrom(s, t)) return true;
        // "الانسحاب من جبهات القتال", "في ساحات المعارك": the front of a fight names a place, not a fight.
        if (t.FirstToken > s.FirstToken && noVerb && Tokens[t.FirstToken - 1].Lemma is "جبهات" or "جبهه" or "ساحات" or "ساحه" or "خطوط")
            return true;
        // "انسحاب أمريكا من الاتفاق النووي": a withdrawal from an accord or talks is no ground handed over.
        if (t.Entries.All(e => e.SubEventType == "Non-violent transfer of territory"))
        {
            for (int i = t.LastToken + 1; i < Math.Min(s.EndToken - 1, t.LastToken + 5); i++)
                if (Tokens[i].Norm == "من" && AccordWords.Contains(Tokens[i + 1].Lemma)) return true;
            // "الذي تسلم مهامه الخميس", "تسلم رسالة", "تسليم جثث": an office, a letter or bodies handed over are no ground.
            if (t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].LemmaWithoutArticle is var handed
                && (HandedOverThings.Contains(handed) || NonTerritorialObjects.Contains(handed))) return true;
        }
        // "خط فض الاشتباك في الجولان", "اتفاق فك الاشتباك": disengagement names a line or an accord, neither a clash nor a
        // dispersal.
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken].Lemma is "الاشتباك" or "اشتباك" && Tokens[t.FirstToken - 1].Lemma is "فض" or "فك" or "لفض" or "لفك")
            return true;
        if (Tokens[t.LastToken].Lemma is "فض" or "فك" or "لفض" or "لفك" && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Lemma is "الاشتباك" or "اشتباك")
            return true;
        // "شرطة مكافحة الشغب", "بتهمة إثارة الشغب": riot police and a charge of rioting name no riot.
        if (t.FirstToken > s.FirstToken && t.Entries.All(e => e.EventType == AcledTaxonomy.Riots)
            && Tokens[t.FirstToken - 1].Norm is "مكافحه" or "لمكافحه" or "ومكافحه" or "اثاره" or "باثاره" or "واثاره") return true;
        // "حق التظاهر السلمي", "حرية التظاهر": a right to act is no act.
        // ("قانون التظاهر": nor is the law that rules it)
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].NormWithoutWa is "حق" or "الحق" or "حريه" or "قانون" or "لقانون" or "بقانون") return true;
        // "واجه صعوبة في الحصول على تمويل", "يواجه نقصا في الجنود": a hardship faced is no foe fought.
        if (t.IsWeak && t.Entries.All(e => e.EventType == AcledTaxonomy.Battles) && t.LastToken + 1 < s.EndToken
            && FacedHardships.Contains(Tokens[t.LastToken + 1].LemmaWithoutArticle)) return true;
        // "بمذكرة احتجاج لدى الأمم المتحدة", "احتجاج سعودي بالأمم المتحدة": a state's protest is a note, not a crowd.
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && DiplomaticProtest(s, t)) return true;
        // "الاتفاق النووي", "اتفاق تجاري": agreements ACLED codes settle conflicts, not trade or arms control.
        if (t.LastToken + 1 < s.EndToken && t.Entries.All(e => e.SubEventType == "Agreement") && NonConflictAgreements.Contains(Tokens[t.LastToken + 1].Lemma))
            return true;
        // Purpose: "للمساعدة في السيطرة", "بهدف استعادة", "من أجل"; and a verbal noun after "عملية"/"إطار".
        // (not the ل of what a condemnation is of: "استبقها بإدانة للبراميل المتفجرة التي تسقط على مدينة الزبداني")
        if (first.HasProclitic("ل") && noVerb && !Undergoes(s, t) && !DispersedByForce(s, t) && !DescribedAsDone(s, t) && !Condemned(s, t)) return true;
        // (the purpose is the act named right after its word: "من أجل زيارة موقع هجوم" visits the site of an attack that was)
        // (a verb in the past opens a clause of its own, no purpose: "أطلقت القوات التركية عملية عسكرية وسيطرت على",
        // "ونتيجة عمليات البحث والمتابعة تم القبض عليه")
        bool ownClause = PastVerbForm(t) || Tokens[t.FirstToken].NormWithoutWa == "تم";
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 3); i < t.FirstToken && !ownClause; i++)
            if (new TokenKeys(Tokens[i]).AnyIn(PurposeWords) && !SiteBetween(i + 1, t.FirstToken) && !AttemptHeldOff(s, i) && !DispersedByForce(s, t)
                && !OperationCarriedOut(s, i, t)
                && !WhereasOrWhen(s, i, t)) return true;
        // ("ذكرت لائحة الاتهام أن الهدف من تأسيس الجماعة \"الاعتداء على مؤسسات الدولة\"": what something's aim is, its
        // "الهدف من" a few words before, is not done)
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 7); i + 1 < t.FirstToken; i++)
            if (Tokens[i].Norm is "الهدف" or "والهدف" or "هدفها" or "هدفه" && Tokens[i + 1].Norm == "من" && !PunctuationBetween(i, t.FirstToken - 1)) return true;
        // ("الهدف هو التقدم نحو حوتة (مركز محافظة لحج) وتطويق الحوثيين": what the aim is, the acts it lists with و even
        // past a bracketed aside, is not done)
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 12); i + 1 < t.FirstToken; i++)
            if (Tokens[i].NormWithoutWa is "الهدف" or "هدفها" or "هدفه" or "هدفهم" or "هدفنا" && Tokens[i + 1].Norm is "هو" or "هي"
                && !ClauseBreakBetween(i, t.FirstToken)) return true;
        // ("أن الأولوية الحالية لقواته هي استعادة إدلب": an adjective and whose aim it is may stand before the copula)
        {
            int i = t.FirstToken - 1;
            if (i - 3 >= s.FirstToken && Tokens[i].Norm is "هي" or "هو"
                && Enumerable.Range(i - 3, 3).Any(k => Tokens[k].NormWithoutWa is "الاولويه" or "الهدف" or "المهمه" or "الغايه")
                && !ClauseBreakBetween(i - 3, t.FirstToken)) return true;
        }
        // "بتوجيه النظام الإيراني للحوثيين باستهداف ناقلات النفط": the act an order names with ب, its giver and
        // receiver between, is what was ordered
        if (first.HasProclitic("ب") && noVerb)
            for (int i = Math.Max(s.FirstToken, t.FirstToken - 6); i < t.FirstToken - 3; i++)
                if (new TokenKeys(Tokens[i]).AnyIn(OrderWords)) return true;
        return false;
    }

    // "استخدمت الشرطة القوة من أجل تفريق مظاهرة", "تدخلت وحدات من مكافحة الشغب لتفريق المتظاهرين": a dispersal that is
    // the purpose of force used, or of an intervention, is how the force was used — the crowd was there and was faced.
    private bool DispersedByForce(Sentence s, TriggerMention t)
    {
        if (!t.Entries.All(e => e.SubEventType == "Protest with intervention")) return false;
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 10); k < t.FirstToken; k++)
            if (Tokens[k].Norm is "تدخلت" or "وتدخلت" or "تدخل" or "استخدمت" or "واستخدمت" or "استخدم" or "اطلقت" or "واطلقت" or "لجات" or "تحركت")
                return true;
        return false;
    }

    /// <summary>
    /// "شنت الولايات المتحدة غارات ردا على هجوم كيماوي على دوما", "انتقاما لمقتل": the token that opens the clause of
    /// what an act answers, when the trigger is in it, else -1. What is answered is an event of its own, but the
    /// subject of the answer is not its agent.
    /// </summary>
    public int AnsweredFrom(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k > s.FirstToken && k >= t.FirstToken - 12; k--)
        {
            if (StopOutsideQuotes(k)) return FrontedAnswer(s, k) ? k : -1;
            if (Tokens[k].Norm == "علي" && Tokens[k - 1].Norm is "ردا" or "رد" or "الرد" or "وردا") return k - 1;
            // "الحوثيون ردوا على هجمات المقاومة بقصف الأحياء": the finite verb of answering (see ReplyVerbs)
            if (Tokens[k].Norm == "علي" && IsReplyVerb(k - 1)) return k - 1;
            // "الضربات … على خلفية الهجوم الكيماوي الأخير في دوما"
            if (Tokens[k].Norm == "خلفيه" && Tokens[k - 1].Norm is "علي" or "وعلي") return k - 1;
            // "انتقاما لمقتل", "ثأرا للهجوم"
            if (Tokens[k].Norm is "انتقاما" or "ثارا" or "وانتقاما" && Tokens[k + 1].HasProclitic("ل")) return k;
        }
        return -1;
    }

    /// <summary>Whether the token at <paramref name="k"/> is a finite verb of answering ("ردوا", "ردت"), whose subject is
    /// the agent of the act it answers with.</summary>
    public bool IsReplyVerb(int k) => k >= 0 && Tokens[k].Norm is "ردوا" or "ردت" or "فردوا" or "فردت";

    /// <summary>
    /// When the trigger is the act right after a fronted "ردا على" (<paramref name="answer"/>, from AnsweredFrom), the one
    /// answered ("وردا على قصف المتمردين …، نفذت"): the comma that closes the answer; else -1.
    /// </summary>
    public int AnsweredActEnd(Sentence s, TriggerMention t, int answer)
    {
        if (answer < 0 || answer != t.FirstToken - 2) return -1;
        for (int k = t.LastToken + 1; k < s.EndToken; k++)
            if (StopOutsideQuotes(k)) return FrontedAnswer(s, k) ? k : -1;
        return -1;
    }

    // A stop that ends a clause: punctuation other than quotation marks and brackets.
    private bool StopOutsideQuotes(int k) => Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Surface is not ("\"" or "«" or "»" or "(" or ")");

    // "وردا على صواريخ وقذائف حماس، شنت إسرائيل غارات جوية": the answer fronted at the head of the sentence, up to its
    // first comma at <paramref name="comma"/> — the act after the comma is the answer to what it names.
    private bool FrontedAnswer(Sentence s, int comma)
    {
        if (Tokens[comma].Surface is not ("،" or ",")) return false;
        int head = s.FirstToken;
        if (head + 1 >= comma || Tokens[head].Norm is not ("ردا" or "وردا" or "رد" or "ورد") || Tokens[head + 1].Norm != "علي") return false;
        for (int k = head + 2; k < comma; k++)
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
        return true;
    }

    // "لم تقصف الطائرات", "لا تنفذ وزارة الدفاع ضربات جوية" (a negated verb whose object is the trigger), but not
    // "لم تتوقف الغارات" or "لا يزال القصف": a negated stop is going on.
    private bool Negated(Sentence s, TriggerMention t)
    {
        if (_cues.FindLast(CueClass.Negation, Math.Max(s.FirstToken, t.FirstToken - 5), t.FirstToken) is not { } cue) return false;
        if (t.FirstToken - cue.Last > 3 && PunctuationBetween(cue.Last, t.FirstToken)) return false;
        if (NoDoubtThat(s, t)) return false;
        // ("نفذ الطيران ما لا يقل عن 6 غارات": "no fewer than" counts the act, it does not deny it)
        if (cue.Last + 1 < t.FirstToken && Tokens[cue.Last + 1].Norm is "يقل" or "تقل") return false;
        for (int i = cue.Last + 1; i < t.FirstToken; i++)
        {
            if (Stops.Contains(Tokens[i].Lemma)) return false;                       // لم تتوقف، لا يزال
            // "لم تكن كافية واستهدفها القصف", "لن نسمح بذلك وقد قصفنا": و opens a clause the negation does not reach
            if (Tokens[i].Norm is "و" or "وقد" || Tokens[i].StartsWithWa) return false;
        }
        // so does a verb trigger with و of its own ("لم يكن مستعدا وقصفت"); a noun with و is one more thing denied ("عدم وجود مسلحين وألغام")
        if (t.FirstToken - cue.Last > 1 && t.Entries.Any(e => e.Pos is "verb" or "phrase")
            && Tokens[t.FirstToken].StartsWithWa) return false;
        if (Stops.Contains(Tokens[cue.First].Lemma) || Stops.Contains(Tokens[cue.Last].Lemma))
            return !(_cues.FindLast(CueClass.Negation, Math.Max(s.FirstToken, cue.First - 2), cue.First) is not null);   // "لم" + "توقف"
        return true;
    }

    // ("لا يشك أحد من المسلمين ولا غيرهم أن تفجير مسجد قوة الطوارئ الخاصة بعسير … عمل يتنافى مع الإسلام", "لا شك أن"): a
    // doubt denied affirms the clause of "أن" it governs — the act in it, whatever other "ولا" lies between, happened.
    private bool NoDoubtThat(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k > s.FirstToken && k >= t.FirstToken - 3; k--)
        {
            if (Tokens[k].NormWithoutWa is not ("ان" or "بان" or "انه")) continue;
            for (int d = k - 1; d > s.FirstToken && d >= k - 8; d--)
                if (DoubtWords.Contains(Tokens[d].NormWithoutWa) && Tokens[d - 1].NormWithoutWa is "لا" or "ليس" or "دون" or "بلا" or "مما") return true;
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> DoubtWords = new(StringComparer.Ordinal) { "يشك", "تشك", "نشك", "شك", "ريب", "جدال", "مراء" };

    // "أوقفت القوات العراقية عمليات القصف الجوي والمدفعي جزئيا", "علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي": an act
    // a verb of halting or suspending takes as its object — only words for operations between — is not going on.
    private bool Halted(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 5); k--)
        {
            string norm = Tokens[k].Norm;
            if (norm.Length > 3 && norm[0] == 'و') norm = norm[1..];
            if (Halts.Contains(norm)) return true;
            if (!OperationWords.Contains(norm)) return false;
        }
        return false;
    }

    // (not bare "وقف", also "stood"; "أوقف" alone is also "detained", a trigger of its own — here only before an act; "توقف"
    // is a negation cue, whose own negation says the act goes on)
    private static readonly HashSet<string> Halts = new(StringComparer.Ordinal)
    {
        "اوقف", "اوقفت", "اوقفوا", "يوقف", "ايقاف", "بايقاف", "لايقاف", "بوقف", "لوقف",
        "علق", "علقت", "علقوا", "يعلق", "تعلق", "تعليق", "بتعليق",
    };

    private static readonly HashSet<string> OperationWords = new(StringComparer.Ordinal)
    {
        "عمليات", "العمليات", "عمليه", "العمليه", "العسكريه", "جزييا", "موقتا", "من",
    };

    private bool Accident(Sentence s)
    {
        for (int k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            string w = Tokens[k].Norm, next = Tokens[k + 1].Norm;
            // ("انفجار قنبلة غاز مسيل للدموع بطريقة الخطأ": "by way of error" in either wording)
            if (w is "طريق" or "بطريق" or "طريقه" or "بطريقه" && next == "الخطا" || w is "بالخطا" or "خطا" && next is "فني" or "تقني"
                || w is "ماس" && next is "كهربايي" or "كهربي" || w is "تسرب" or "تسريب" && next is "غاز" or "الغاز") return true;
        }
        return false;
    }

    // Stopping and ceasing: negated, they say the thing goes on.
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "توقف", "توقفت", "يتوقف", "تتوقف", "يتوقفوا", "يزال", "تزال", "زال", "زالت", "يزالون", "تنقطع", "ينقطع", "انقطع", "يهدا", "تهدا", "هدات", "هدا",
    };

    // "تعرضت مدينة حلب للقصف": لـ after "تعرض" marks what the place underwent, not a purpose.
    /// <summary>
    /// "كما تعرضت مدينة التحيتا لقصف مكثف من قبل الحوثيين": a town, village or district that underwent (or witnessed) the strike is
    /// what it hit — the place and its people, not the article's other armed side.
    /// </summary>
    public bool PlaceUnderwent(TextSpan trigger)
    {
        int k = TriggerIndex(trigger);
        if (k < 0) return false;
        var t = _triggers[k];
        for (int i = Math.Max(0, t.FirstToken - 6); i < t.FirstToken; i++)
        {
            // (or witnessed it: "شهدت مدينة درعا ومحيطها قصفا جويا ومدفعيا عنيفا")
            if (!Undergoing(Tokens[i]) && Tokens[i].Lemma is not ("شهدت" or "شهد" or "تشهد" or "يشهد")) continue;
            for (int j = i + 1; j < t.FirstToken; j++)
                if (SettlementWords.Contains(Tokens[j].Lemma)) return true;
        }
        return false;
    }

    /// <summary>
    /// A verb of hitting whose object is a town named with its noun ("التحالف استهدف قبل منتصف ليل الخميس بلدة السوسة"),
    /// a day or time of day possibly between, or the subject, verb first (then an airport too): the town is what was struck.
    /// </summary>
    public bool TownObjectOf(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !HitVerbs.Contains(Tokens[t.FirstToken].Lemma)) return false;
        bool subjectBetween = false;
        for (int i = t.LastToken + 1; i + 1 < Math.Min(s.EndToken, t.LastToken + 12); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            // (or an airport its subject, named between, targeted: "استهدف المتمردون الحوثيون أمس مطار عدن بالصواريخ")
            if (SettlementNouns.Contains(Tokens[i].Lemma) || subjectBetween && Tokens[i].Lemma == "مطار") return Within(_places, p => p.FirstToken, i, i + 2).Any();
            // (the subject may stand between, verb first: "استهدف المتمردون الحوثيون أمس مدينة عدن")
            if (ActorAt(i) is { } subject)
            {
                subjectBetween = true;
                i = subject.LastToken;
                // (with its allies: "استهدف المتمردون الحوثيون وحلفاؤهم أمس مطار عدن")
                if (i + 1 < s.EndToken && Tokens[i + 1].Norm is "وحلفاوهم" or "وحلفايهم" or "وانصارهم") i++;
                continue;
            }
            // (only a time may stand between: "قبل منتصف ليل الخميس", "فجر اليوم")
            if (!InADate(i) && Tokens[i].Lemma is not ("قبل" or "منتصف" or "ليل" or "ليله" or "فجر" or "صباح" or "مساء" or "ظهر" or "عصر"))
                return false;
        }
        return false;
    }

    // The actor mention that starts at token, if any.
    private ActorMention? ActorAt(int token)
    {
        foreach (var a in Within(_actors, a => a.FirstToken, token, token + 1)) return a;
        return null;
    }

    /// <summary>
    /// "وقد استهدف قصف جوي ومدفعي المدينة", "في غارات استهدفت بلدة تفتناز": a strike, told indefinitely as news, is the
    /// subject of a verb of hitting whose object right after it is a town (a word for one, or a place named) — or a town
    /// underwent it. (The definite "القصف استهدف الأحياء" refers back to a strike told before, with its side.)
    /// </summary>
    public bool StruckTown(TextSpan trigger)
    {
        if (PlaceUnderwent(trigger)) return true;
        int k = TriggerIndex(trigger);
        if (k < 0) return false;
        var t = _triggers[k];
        var s = Document.Sentences[t.Sentence];
        int before = t.FirstToken - 1, after = t.LastToken + 1;
        if (after >= s.EndToken) return false;
        // the verb of hitting itself, its subject a strike noun right before it
        if (HitVerbs.Contains(Tokens[t.FirstToken].Lemma))
            return before >= s.FirstToken && Within(_triggers, o => o.FirstToken, Math.Max(s.FirstToken, before - 4), before + 1)
                       .Any(o => o.LastToken == before && IndefiniteStrike(o))
                   && TownAt(s, t, after);
        if (!IndefiniteStrike(t)) return false;
        // "سقطت ثلاث قذائف هاون داخل المنطقة الخضراء في بغداد", "سقط صاروخ على بلدة": what fell on a town struck it
        if (FellBefore(s, t))
            for (int j = after; j < Math.Min(s.EndToken - 1, after + 3); j++)
                if (Tokens[j].Norm is "في" or "علي" or "داخل") return TownAt(s, t, j + 1);
        // "استهدف قصف جوي المدينة": the verb before, the town after the strike
        if (before >= s.FirstToken && HitVerbs.Contains(Tokens[before].Lemma)) return TownAt(s, t, after);
        // "غارات استهدفت بلدة": the verb and the town after the strike, past the strike's own adjectives and a "still"
        // ("قصفا بريا وجويا لا يزال يستهدف عفرين")
        while (after < s.EndToken && (StrikeAdjectives.IsAir(Tokens[after]) || StrikeAdjectives.IsGround(Tokens[after]))) after++;
        if (after + 1 < s.EndToken && Tokens[after].Norm is "لا" or "ما" && Tokens[after + 1].Lemma is "يزال" or "تزال" or "زال" or "زالت") after += 2;
        if (after + 1 < s.EndToken && HitVerbs.Contains(Tokens[after].Lemma)) return TownAt(s, t, after + 1);
        return false;
    }

    /// <summary>
    /// "استمر القصف الجوي وبالمدفعية في منطقة الغوطة الشرقية …، الثلاثاء": a strike placed by "في"/"على" and a town or
    /// region right after it (past its own adjectives), in a sentence that dates it — an act of that day there, whoever
    /// struck.
    /// </summary>
    public bool PlacedAndDated(TextSpan trigger)
    {
        int k = TriggerIndex(trigger);
        if (k < 0) return false;
        var t = _triggers[k];
        var s = Document.Sentences[t.Sentence];
        // (a day after "منذ" starts a span — "حصيلة القتلى منذ 18 شباط" — it dates no strike)
        return Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => !Since(s, d)) && TownRightAfter(s, t);
    }

    // "غارة جوية على خور المكسر", "قصف مدفعي في بلدة …": a town right after the strike noun (past its own adjectives) and "على"
    // or "في".
    private bool TownRightAfter(Sentence s, TriggerMention t)
    {
        int after = t.LastToken + 1;
        while (after < s.EndToken && (StrikeAdjectives.IsAir(Tokens[after]) || StrikeAdjectives.IsGround(Tokens[after]))) after++;
        if (after + 1 >= s.EndToken || Tokens[after].Norm is not ("في" or "علي")) return false;
        return Within(_places, p => p.FirstToken, after + 1, after + 3).Any(p => !IsCountry(p) && !IsStandIn(p));
    }

    /// <summary>
    /// "ان تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر": a new (indefinite) strike on a town the sentence counts
    /// dead in before it struck that town, on no day the sentence names.
    /// </summary>
    public bool KilledInAStrikeOnATown(TextSpan trigger)
    {
        int k = TriggerIndex(trigger);
        if (k < 0) return false;
        var t = _triggers[k];
        var s = Document.Sentences[t.Sentence];
        return IndefiniteStrike(t) && Document.Cues.Find(CueClass.Killed, s.FirstToken, t.FirstToken) is not null && TownRightAfter(s, t);
    }

    // "سقطت" (and its forms) right before the strike noun, a count between them at most
    private bool FellBefore(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 3); i--)
        {
            if (Tokens[i].Lemma is "سقطت" or "سقط" or "تسقط" or "يسقط" or "سقطا" or "سقطتا") return true;
            if (NumberEndingAtOrAfter(i) is null) return false;
        }
        return false;
    }

    // ("أفاد مراسل فرانس برس في دوما عن قصف يستهدف المدينة": a verb's form read as its noun after a preposition too)
    private bool IndefiniteStrike(TriggerMention t) =>
        Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }
        && t.Entries.Any(e => e.IsBombardment && (e.Pos != "verb" || ReadAsNoun(Document.Sentences[t.Sentence], t)));

    // A word for a town (as its lemma, the article gone: "المدينة"), or a place named, at token i.
    private bool TownAt(Sentence s, TriggerMention t, int i) =>
        SettlementWords.Contains(Tokens[i].Lemma) || Tokens[i].Lemma == "الحي" || PlacesFor(s, t).Any(p => p.FirstToken == i);

    // "استهدفت الأحياء السكنية في المدينة": a sentence that points back at a town with the article ("المدينة", "البلدة")
    // means one the article named before, whatever other report shares its agent.
    internal bool PointsBackAtATown(Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (SettlementWords.Contains(Tokens[i].Lemma) && Tokens[i].Form.Analysis is { HasArticle: true }) return true;
        return false;
    }

    private static readonly HashSet<string> SettlementWords = new(StringComparer.Ordinal)
    {
        "مدينه", "بلده", "قريه", "قري", "بلدات", "مدن", "حي", "احياء", "مديريه", "ناحيه", "مخيم",
    };

    // ("في حين دارت اشتباكات": "whereas" joins another report; "حين هاجم مستوطنون منزلين", "حين رشقه حضور بالحجارة":
    // "when" right before the act tells it): "حين" at i that is no purpose — only "إلى حين" waits for an aim.
    private bool WhereasOrWhen(Sentence s, int i, TriggerMention t) =>
        Tokens[i].Norm == "حين"
        && (i > s.FirstToken && Tokens[i - 1].Norm is "في" or "وفي" || i + 1 == t.FirstToken && (i == 0 || Tokens[i - 1].NormWithoutWa != "الي"));

    // "وسيطرت", "واعتقلوا": a verb in the past with و before it, the next verb of its sentence.
    private bool JoinedPastVerb(TriggerMention t) => Tokens[t.FirstToken].HasProclitic("و") && PastVerbForm(t);

    // A one-word verb trigger whose ending is the past tense's subject, "ت" (سيطرت، اعتقلت) or "وا" (قصفوا) — not a
    // plural's "ات" (اعتقالات). (the bare third person, "قصف", is also the verbal noun: it is not taken)
    private bool PastVerbForm(TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !t.Entries.Any(e => e.Pos == "verb")) return false;
        string stem = Tokens[t.FirstToken].Lemma;
        return stem.Length >= 4 && (stem.EndsWith('ت') && !stem.EndsWith("ات", StringComparison.Ordinal) || stem.EndsWith("وا", StringComparison.Ordinal));
    }

    // "عملية احتجاز رهائن نفذتها مجموعة مسلحة", "قتلوا خلال عملية احتجاز الرهائن": an operation of the act right after
    // it, told as carried out by someone or as the time something befell, happened — no purpose of "عملية".
    private bool OperationCarriedOut(Sentence s, int word, TriggerMention t)
    {
        if (Tokens[word].Lemma is not ("عمليه" or "عمليات") || word != t.FirstToken - 1) return false;
        if (word - 1 >= s.FirstToken && Tokens[word - 1].Norm is "خلال" or "اثناء" or "جراء" or "اثر") return true;
        int i = t.LastToken + 1;
        if (i < s.EndToken && Tokens[i].Form.Analysis is { HasArticle: true }) i++;   // (an adjective)
        return i < s.EndToken && Tokens[i].Norm is "نفذتها" or "نفذها" or "نفذوها" or "شنتها" or "شنها" or "شنوها" || DescribedAsDone(s, t);
    }

    // ("استبقها بإدانة للبراميل المتفجرة", "استنكارها للهجومين الانتحاريين"): right after a noun of condemning, the لـ
    // marks what is condemned.
    private bool Condemned(Sentence s, TriggerMention t) =>
        t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].LemmaWithoutArticle is "ادانه" or "استنكار" or "شجب" or "تنديد" or "ادانتها" or "ادانته";

    // "تفاصيل اللحظات الأخيرة للتفجير الإرهابي الذي استهدف مسجدا بعسير": a relative clause telling what the act did
    // (its verb in the past) says it happened — the لـ before it is "of", no purpose.
    private bool DescribedAsDone(Sentence s, TriggerMention t) => TellsItDone(Tokens, s.EndToken, t);

    /// <summary>
    /// A relative clause right after the act, its verb in the past, tells what the act did or where it fell ("التفجير
    /// الذي استهدف رجال الأمن", "الحادث الإرهابي الذي وقع في مسجد"), the act's adjectives between ("للحادث الآثم البغيض
    /// والسفه الإجرامي الدموي الشنيع الذي استهدف"): one act that happened, named.
    /// </summary>
    internal static bool TellsItDone(IReadOnlyList<Token> tokens, int sentenceEnd, TriggerMention t)
    {
        for (int k = t.LastToken + 1; k + 1 < Math.Min(sentenceEnd, t.LastToken + 8) && tokens[k].Kind != TokenKind.Punctuation; k++)
            if (tokens[k].Norm is "الذي" or "التي") return DoneVerbs.Contains(tokens[k + 1].Norm);
        return false;
    }

    /// <summary>Singular verbs of carrying out or launching an act, the act their object pronoun ("نفذه", "شنتها"): a relative
    /// clause's verb after the act's noun, its doer named right after it.</summary>
    internal static readonly HashSet<string> CarryingOutVerbs = new(StringComparer.Ordinal)
    {
        "نفذه", "نفذها", "نفذته", "نفذتها", "شنه", "شنها", "شنته", "شنتها",
    };

    // Past verbs a relative clause tells a done act by: it struck, took place, was carried out, killed, shook.
    // (declared after CarryingOutVerbs, which it reads as it is built)
    private static readonly HashSet<string> DoneVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "استهدف", "استهدفت", "وقع", "وقعت", "نفذ", "نفذه", "نفذها", "نفذت", "طال", "طالت", "هز", "هزت", "اودي", "اودت", "اسفر", "اسفرت",
        "راح", "حصد", "حصدت", "ضرب", "ضربت", "شهدته", "شهدتها",
        // (carried out or launched by the subject after them: "الضربات التي نفذتها الولايات المتحدة", "الغارات التي شنها الطيران")
        "نفذوها", "شنوها",
    }.Concat(CarryingOutVerbs).ToHashSet(StringComparer.Ordinal);

    private bool Undergoes(Sentence s, TriggerMention t)
    {
        // ("وتعرضت مدينة إدلب، السبت، لغارات", "وتعرض حي في مدينة إدلب لغارة": the one who undergoes it and a day may
        // stand between; eight words, the commas and quotation marks round them not counted: "تعرضت منطقة "نصيب" على
        // الحدود الأردنية السورية لقصف"; ten, for a post named with its sector and region: "تعرض مركز المسيال بقطاع ظهران
        // الجنوب في منطقة عسير، لقذائف")
        for (int i = t.FirstToken - 1, words = 0; i >= s.FirstToken && words < 10; i--)
        {
            if (!Tokens[i].IsWord) continue;
            words++;
            if (Undergoing(Tokens[i]) || Tokens[i].Lemma is "تتعرضان") return true;
        }
        // ("تصدت القوات لمتظاهرين حاولوا اقتحام الحقل": the crowd confronted, its act told)
        if (t.FirstToken > s.FirstToken && Confronting(Tokens[t.FirstToken - 1])
            && t.Entries.All(e => e.EventType is AcledTaxonomy.Riots or AcledTaxonomy.Protests)) return true;
        // ("تصدت المقاومة اليمنية المشتركة لهجوم من قبل ميليشيات الحوثي": the attack held off, its subject between)
        if (t.Entries.Any(e => e.EventType == AcledTaxonomy.Battles))
            for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 8) && Tokens[i].Kind != TokenKind.Punctuation; i--)
                if (Confronting(Tokens[i])) return true;
        return false;
    }

    // "تمكن الجيش من صد محاولة هجوم بحري", "تصدت القوات لمحاولة هجوم": an attempt held off was made — the fight it
    // brought is the event (a plot foiled, "أحبطت محاولة هجوم إرهابي", is told by FoiledBy).
    private bool AttemptHeldOff(Sentence s, int word)
    {
        if (Tokens[word].Lemma is not ("محاوله" or "محاولات") || word - 1 < s.FirstToken) return false;
        var before = Tokens[word - 1];
        return Confronting(before) || before.Lemma is "صد" or "صدت" or "صدوا" or "يصد" or "تصد" or "افشل" or "افشلت" or "افشال" or "احبط" or "احبطت" or "احباط";
    }

    private static bool Confronting(Token token) => token.Lemma is "تصدت" or "تصدي" or "تصدوا" or "تتصدي" or "يتصدي" or "يتصدون" or "التصدي";

    // What is "abducted" only in a figure of speech: a state, its sovereignty, decision or will, a country's identity.
    private static readonly HashSet<string> SeizedAbstractions = new(StringComparer.Ordinal)
    {
        "سياده", "دوله", "قرار", "اراده", "وطن", "عروبه", "هويه", "ثوره", "شرعيه", "مستقبل", "بلد", "حلم", "موسسات",
    };

    // What is "assassinated" only in a figure of speech: joy, hope, a dream, a smile, the truth, a word, a voice, a revolution.
    private static readonly HashSet<string> KilledAbstractions = new(StringComparer.Ordinal)
    {
        "فرحه", "افراح", "امل", "امال", "حلم", "احلام", "بسمه", "ابتسامه", "حقيقه", "كلمه", "صوت", "ثوره", "فكر", "عقل", "براءه", "طفوله",
        "ديمقراطيه", "حريه", "سلام", "وطن", "مستقبل",
    };

    // What one faces that is no side ("واجه صعوبة", "تواجه تحديات", "يواجه تهما"), normalised, without the article.
    private static readonly HashSet<string> FacedHardships = new(StringComparer.Ordinal)
    {
        "صعوبه", "صعوبات", "نقص", "نقصا", "مشكله", "مشاكل", "مشكلات", "تحد", "تحديا", "تحديات", "انتقادات", "انتقادا", "اتهامات", "تهم", "تهما", "تهمه",
        "ازمه", "ازمات", "ضغوط", "ضغوطا", "خطر", "خطرا", "مخاطر", "عقوبه", "عقوبات", "اعدام", "سجن", "مصير", "مصيرا", "عقبات", "عراقيل",
        "معارضه", "رفضا", "منافسه", "شبح", "تهديدات",
    };

    private static readonly HashSet<string> NonTerritorialObjects = new(StringComparer.Ordinal)
    {
        "كميات", "كميه", "اسلحه", "ذخاير", "ذخيره", "جثث", "جثه", "جثامين", "رفات", "اسري", "رهاين", "مختطفين", "اموال", "معدات", "اليات", "اسلحتها", "عتاد",
        // weapons by name: "وقتل ثمانية من عناصر التنظيم والاستيلاء على 17 صاروخا مضادا للدروع"
        "صاروخ", "صاروخا", "صواريخ", "قذايف", "دبابه", "دبابات", "مدفع", "مدافع", "بنادق", "رشاشات", "مدرعه", "مدرعات", "عربات", "اعتده",
        // control of power, a fire or a situation: "سيطر على الحكم", "السيطرة على الحريق", "السيطرة على الوضع"
        "حكم", "سلطه", "حريق", "حرايق", "نيران", "وضع", "اوضاع", "موقف", "امور", "ازمه", "اسعار", "مشهد",
        // influence or standing regained: "تستعيد السلطات الحكومية نفوذها ببطء"
        "نفوذ", "نفوذها", "نفوذه", "نفوذهم", "هيبه", "هيبتها", "دور", "دورها", "مكانه", "مكانتها", "زمام", "المبادره",
        // (with the pronoun of its holder: "استرجاع العرب لدورهم")
        "دوره", "دورهم", "دورنا", "مكانته", "مكانتهم", "هيبته", "هيبتهم",
        // a plan or a plot defeated: "ودحر المخطط الانقلابي" ("مشروع" may be a housing project, ground)
        "مخطط", "المخطط", "موامره", "الموامره",
        // or words, memories and calm: "استعادت الصحيفة في صفحتها الأولى تصريحات لاريجاني", "استعاد الهدوء"
        "تصريحات", "تصريح", "ذكريات", "ذكري", "ذاكره", "هدوء", "ثقه", "عافيه", "توازن", "انفاس", "امجاد", "صوره",
        // (breath regained, with its pronoun: "حظيت التحيتا وسكانها بفرصة استرجاع أنفاسهم")
        "انفاسهم", "انفاسه", "انفاسها",
        // (and health, trust or balance: "أتمنى أن يستعيد الليث عافيته")
        "عافيته", "عافيتها", "عافيتهم", "ثقته", "ثقتها", "ثقتهم", "توازنه", "توازنها", "توازنهم",
        // or antiquities: "استعادت الحكومة السورية تمثالا حجريا قديما … إلى جانب مئات من القطع الأثرية"
        "تمثال", "تمثالا", "تماثيل", "اثريه", "مخطوطات",
        // or of water: "سيطرت بها على كل إيراداتنا في سد دربندخان", "السيطرة على تدفق المياه"
        "ايرادات", "مياه", "تدفق", "تدفقات", "منسوب",
        // or systems: "كيفية استعادة السيطرة على المنظومات التي تعرضت للهجوم"
        "منظومات", "منظومه", "انظمه", "حسابات", "حساب",
        // services, vehicles and goods: "باستعادة الخدمات الأساسية", "قاموا بالاستيلاء على سيارة أحد المواطنين"
        "خدمات", "كهرباء", "سياره", "سيارات", "مركبه", "شاحنه", "شاحنات", "ممتلكات", "اراضيهم", "منازلهم", "اغراض",
        // stolen goods or money a police inquiry got back: "تمكن فريق البحث من القبض على الجناة واسترجاع المسروقات"
        "مسروقات", "المسروقات", "مبلغ", "المبلغ", "مبالغ", "مجوهرات", "نقود",
        // and aid: "الحوثيون يستولون على ألفي سلة غذائية", "استولى الحوثيون على شحنة مساعدات"
        "سله", "سلال", "مساعدات", "اغذيه", "شحنه", "شحنات", "قافله", "قوافل", "معونات",
    };

    // What is handed over or received besides ground: an office, a command, papers, a prize.
    // "اتفاق تم التوصل إليه أمس", "اتفاق أبرم الأحد", "اتفاق وقع مؤخرا": words a few tokens after an accord that tell of
    // its making, or a day.
    private bool JustReached(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 7); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i].Lemma is "التوصل" or "توصل" or "توصلت" or "ابرم" or "ابرمت" or "وقع" or "وقعت" or "توقيع" or "مؤخرا") return true;
            if (Within(_dates, d => d.FirstToken, i, i + 1).Any()) return true;
        }
        return false;
    }

    private bool ScopeOrAim(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        // (across "على" and "فقط": "يقتصر على", "يختص فقط ب")
        for (int skipped = 0; skipped < 2 && k > s.FirstToken && Tokens[k].Norm is "علي" or "فقط"; skipped++) k--;
        if (k >= s.FirstToken && ScopeVerbs.Contains(Tokens[k].Lemma)) return true;
        // ("اتفاق يقضي باستعادة الحكومة السيطرة", "قرار يقضي بإلقاء القبض على أي شخص"): what an accord or a decision
        // provides for is to be done (the accord itself, "ويقضي الاتفاق بتسليم", is the agreement told)
        // (its بـ, or the على of "ينص على", on the act or on the verbal noun the act's words complete: "يقضي باستعادة
        // الحكومة السورية السيطرة على"; not "يقضي على", which eliminates)
        if (!t.Entries.Any(e => e.SubEventType == "Agreement"))
            for (int v = Math.Max(s.FirstToken, t.FirstToken - 5); v < t.FirstToken; v++)
                if (Tokens[v].Lemma is "يقضي" or "تقضي" or "ينص" or "تنص" or "نص" or "نصت"
                    && (Tokens[v + 1].HasProclitic("ب") || Tokens[v + 1].Norm == "علي" && Tokens[v].Lemma is not ("يقضي" or "تقضي"))
                    && !PunctuationBetween(v, t.FirstToken)) return true;
        // ("وكانت استعادة الغوطة الشرقية هدفا رئيسيا لقوات النظام": an act that was, or stays, an aim was not yet done)
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].NormWithoutWa is "كانت" or "كان" or "ظلت" or "ظل" or "تظل" or "يظل" or "تبقي" or "يبقي")
            for (int j = t.LastToken + 1; j < Math.Min(s.EndToken, t.LastToken + 7) && Tokens[j].Kind != TokenKind.Punctuation; j++)
                if (Tokens[j].Norm is "هدفا" or "الهدف" or "هدف") return true;
        // (the aim its own subject: "الغارات تهدف إلى" — not "معارك تهدف قوات النظام من خلالها", the forces' aim in a fight)
        if (t.Entries.Any(e => e.Pos == "verb") || t.LastToken + 2 >= s.EndToken) return false;
        return Tokens[t.LastToken + 1].Lemma is "تهدف" or "يهدف" or "ترمي" or "يرمي" && Tokens[t.LastToken + 2].Norm == "الي";
    }

    private static readonly HashSet<string> ScopeVerbs = new(StringComparer.Ordinal)
    {
        "يختص", "تختص", "يقتصر", "تقتصر", "اقتصر", "اقتصرت",
    };

    private static readonly HashSet<string> HandedOverThings = new(StringComparer.Ordinal)
    {
        "مهام", "مهامه", "مهامها", "منصب", "منصبه", "منصبها", "مسووليه", "مسووليات", "رياسه", "قياده", "حقيبه", "ملف", "ملفات",
        "رساله", "رسايل", "دعوه", "اوراق", "وثايق", "شهاده", "شهادات", "جايزه", "جوايز", "درع", "هديه", "مساعدات", "شحنه",
        "مطلوبين", "مطلوب", "متهمين", "متهم",
    };

    private static readonly HashSet<string> RestoredAbstractions = new(StringComparer.Ordinal)
    {
        "شرعيه", "امن", "استقرار", "حقوق", "حق", "سياده", "كرامه",
        // a course, life, the state ("واستعادة مسار الاستقرار المنشود", "استعادة الحياة الطبيعية", "استعادة الدولة")
        "مسار", "مسيره", "حياه", "دوله", "هدوء",
        // relations, ability, a role, activity, trust, prestige, glory, health, votes, the initiative, a title ("استعادة قدرة
        // إيران على الاختراق", "استعادة علاقات تل أبيب بأنقرة", "استعادة زمام المبادرة")
        "علاقات", "علاقاتها", "علاقاتهما", "علاقاته", "قدره", "قدرات", "قدرتها", "قدرته", "دور", "دورها", "دوره", "نشاط", "نشاطه", "نشاطها",
        "ثقه", "هيبه", "هيبتها", "هيبته", "مجد", "مجده", "عافيه", "عافيتها", "حقها", "حقه", "اصوات", "زمام", "مبادره", "لقب", "صداره",
        "توازن", "توازنه", "مكانه", "مكانتها", "مكانته", "رشد", "رشدهم", "كرامته", "امل",
    };

    // A date after the trigger in its clause (no punctuation between): "منذ أن استعادت القوات … السيطرة عليها في منتصف يوليو".
    // "غارات جوية إسرائيلية سابقة": the feminine "earlier" after the act and its adjectives (a nisba in ـية agrees with
    // the act, not with a person: "قياديا سابقا", "وزيرا سابقا" are former men), or the masculine right after it ("هجوم سابق").
    // (only after a preposition, "ردا على", "في", "بعد": an earlier act that is the subject of its verb is told, "واستهدفت
    // غارات سابقة … مواقع الحوثيين" — earlier in the day's report)
    private bool EarlierOnes(Sentence s, TriggerMention t)
    {
        if (t.FirstToken == s.FirstToken || !(Tokens[t.FirstToken].HasProclitic("ب") || Tokens[t.FirstToken].HasProclitic("ل")
                                              || Tokens[t.FirstToken - 1].NormWithoutWa is "علي" or "في" or "من" or "عن" or "بعد" or "اثر" or "اثناء" or "خلال")) return false;
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 4); i++)
        {
            string norm = Tokens[i].Norm;
            if (norm is "سابقه" or "سابقتين" || norm == "سابق" && i == t.LastToken + 1) return !DatedInItsClause(s, t);
            if (Tokens[i].Kind != TokenKind.ArabicWord || Tokens[i].Form.Analysis is { HasArticle: true } || !norm.EndsWith("يه", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    // The imperfect of trying ("يحاول", "تحاول"), whose object is what is tried, not done.
    private static bool Trying(Token token) => token.Lemma is "يحاول" or "تحاول" or "يحاولون" or "يحاولان";

    // What is tried with the one who tries between the verb and the act: a side or a place named, or "فيه" (see its call).
    private bool TriedBySomeone(Sentence s, TriggerMention t)
    {
        // (a verb of trying a few words before, first: the walk over sides and places below is asked of every trigger)
        bool trying = false;
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 6); i < t.FirstToken - 1 && !trying; i++)
            trying = Trying(Tokens[i]);
        if (!trying) return false;
        int k = t.FirstToken - 1;
        while (k > s.FirstToken && k >= t.FirstToken - 5)
        {
            var token = Tokens[k];
            if (token.Kind == TokenKind.Punctuation) return false;
            if (Trying(token)) return k < t.FirstToken - 1;
            if (token.Norm is "فيه" or "فيها") { k--; continue; }
            // (the one who tries: a side or a place named, word by word back to its first)
            int named = -1;
            foreach (var a in Document.Actors) if (a.FirstToken <= k && a.LastToken >= k) { named = a.FirstToken; break; }
            if (named < 0) foreach (var p in _places) if (p.FirstToken <= k && p.LastToken >= k) { named = p.FirstToken; break; }
            if (named < 0) return false;
            k = named - 1;
        }
        return false;
    }

    // "مرارا" right before or a few words after the act, "عدة مرات", "مرات عدة" or "أكثر من مرة" after it, in its clause
    private bool Repeatedly(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 2) && Tokens[i].Kind != TokenKind.Punctuation; i--)
            if (Tokens[i].NormWithoutWa == "مرارا") return true;
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 7); i++)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            string norm = token.NormWithoutWa;
            if (norm == "مرارا") return true;
            if (i + 1 >= s.EndToken) return false;
            string next = Tokens[i + 1].Norm;
            if (norm == "عده" && next == "مرات" || norm == "مرات" && next == "عده") return true;
            if (norm is "اكثر" or "لاكثر" && next == "من" && i + 2 < s.EndToken && Tokens[i + 2].Norm == "مره") return true;
        }
        return false;
    }

    // "then" after the act in its clause, bare or at the end of a relative clause on it ("الاحتجاجات التي اندلعت آنذاك"),
    // no punctuation and no other act between (that act would own the time: "المظاهرات التي قمعتها الشرطة حينها")
    private bool ToldAsThen(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 6); i++)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            if (ThenWords.Contains(token.NormWithoutWa)) return true;
            if (i > t.LastToken + 1 && Within(_triggers, m => m.FirstToken, i, i + 1).Any(m => !m.IsWeak)) return false;
        }
        return false;
    }

    // "at that time": آنذاك، حينذاك، حينها، حينئذ، وقتها، وقتذاك، وقتئذ، آنئذ (as normalised: آ is ا, ئ is ي)
    private static readonly HashSet<string> ThenWords = new(StringComparer.Ordinal)
    {
        "انذاك", "حينذاك", "حينها", "حينيذ", "وقتها", "وقتذاك", "وقتيذ", "انيذ",
    };

    private bool DatedInItsClause(Sentence s, TriggerMention t) =>
        Document.Dates.Exists(d => d.FirstToken > t.LastToken && d.FirstToken < s.EndToken && !PunctuationBetween(t.LastToken, d.FirstToken));

    // Bare plurals of places an indefinite relative clause may describe ("مواقع سيطر عليها", "مناطق سيطروا عليها").
    private static readonly HashSet<string> HeldPlaces = new(StringComparer.Ordinal)
    {
        "مواقع", "مناطق", "قري", "بلدات", "اراض", "اراضي", "مدن", "احياء", "نقاط", "مراكز", "مقرات", "معسكرات",
    };

    // The fields a battle word is a figure in: courts, elections, the press, diplomacy, the economy, words. (Lemmas
    // write ئ as ي: "قضائية" is "قضاييه".)
    private static readonly HashSet<string> FiguredBattles = new(StringComparer.Ordinal)
    {
        "قضاييه", "قانونيه", "سياسيه", "انتخابيه", "اعلاميه", "دبلوماسيه", "اقتصاديه", "تجاريه", "كلاميه", "فكريه", "ثقافيه",
        "القضاييه", "القانونيه", "السياسيه", "الانتخابيه", "الاعلاميه", "الدبلوماسيه", "الاقتصاديه", "التجاريه", "الكلاميه",
    };

    /// <summary>Whether <paramref name="next"/> is joined by و to <paramref name="previous"/>, within three words.</summary>
    public bool Coordinated(TriggerMention previous, TriggerMention next)
    {
        if (next.FirstToken <= previous.LastToken || next.FirstToken - previous.LastToken > 3 || PunctuationBetween(previous.LastToken, next.FirstToken)) return false;
        // ("حملة بهدف اعتقال المطلوبين واعتقلت خمسة": a past verb after a verbal noun is the next clause's act, not a
        // second object of what governed the noun)
        if (JoinedPastVerb(next) && !PastVerbForm(previous)) return false;
        return Tokens[next.FirstToken].StartsWithWa || Tokens[next.FirstToken - 1].Norm == "و";
    }

    /// <summary>
    /// "قصفا مدفعيا باتجاه قرى الجريبة", "غارات استهدفت المستشفى": a strike aimed at homes, villages or a hospital names
    /// its target, and it is no armed side — no opponent is filled in for it.
    /// </summary>
    public bool AimsAtCivilianObjects(TextSpan trigger)
    {
        int k = TriggerIndex(trigger);
        if (k < 0) return false;
        var t = _triggers[k];
        if (AimedAfter(t.LastToken)) return true;
        // "قصفت الميليشيات، يوم الجمعة، مستشفى حيس بقذائف الهاون": a weapon noun's object follows its verb.
        if (t.Entries.All(e => e.Pos != "verb"))
            for (int j = k - 1; j >= 0 && _triggers[j].LastToken >= t.FirstToken - 12; j--)
                if (_triggers[j].Entries.Any(e => e.Pos == "verb")) return _triggers[j].Sentence == t.Sentence && AimedAfter(_triggers[j].LastToken);
        return false;
    }

    /// <summary>The trigger mention with this span (an event's "trigger" evidence), or null.</summary>
    public TriggerMention? TriggerAt(TextSpan span) => TriggerIndex(span) is >= 0 and var k ? _triggers[k] : null;

    // The index of the trigger mention with this span (an event's "trigger" evidence), or -1.
    private int TriggerIndex(TextSpan span)
    {
        for (int k = 0; k < _triggers.Count; k++)
            if (_triggers[k].Span == span) return k;
        return -1;
    }

    // A civilian object within a few words after token <paramref name="last"/>, in its clause.
    private bool AimedAfter(int last)
    {
        int end = Math.Min(Tokens.Count, last + 5);
        for (int i = last + 1; i < end; i++)
        {
            // "غارات جوية يعتقد أنها روسية، استهدفت المستشفى": a clause on the strike that says what it hit.
            if (Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].IsComma && i + 1 < Tokens.Count && HittingVerbs.Contains(Tokens[i + 1].Lemma))
            {
                end = Math.Min(Tokens.Count, i + 5);
                i++;
                continue;
            }
            // "قصفت ميليشيات الحوثي، يوم الجمعة، مستشفى حيس": the agent and the day between commas do not end it.
            if (Tokens[i].Kind == TokenKind.Punctuation)
            {
                if (Tokens[i].Surface is not ("،" or ",") || !InsertBetweenCommas(i, out int next)) break;
                end = Math.Min(Tokens.Count, next + 4);
                i = next - 1;
                continue;
            }
            if (CivilianObjects.Contains(Tokens[i].Lemma)) return true;
        }
        return false;
    }

    // After the comma at token i, a date alone up to the next comma ("، يوم الجمعة،"): the token after that comma.
    private bool InsertBetweenCommas(int i, out int next)
    {
        next = -1;
        foreach (var d in Within(_dates, d => d.FirstToken, i + 1, i + 2))
            if (d.LastToken + 1 < Tokens.Count && Tokens[d.LastToken + 1].IsComma) { next = d.LastToken + 2; return true; }
        return false;
    }

    // what an approval is of, after its على: a truce, a departure or a deal
    private bool ApprovesADeal(Sentence s, TriggerMention t)
    {
        for (int k = t.LastToken + 1; k + 1 < Math.Min(s.EndToken, t.LastToken + 17); k++)
            if (Tokens[k].Norm == "علي")
                return Tokens[k + 1].LemmaWithoutArticle is "وقف" or "هدنه" or "تهديه" or "مغادره" or "خروج" or "انسحاب" or "تسليم"
                    or "اجلاء" or "استسلام" or "اتفاق" or "تسويه" or "مصالحه";
        return false;
    }

    // the trigger stands first in the sentence or right after a colon or an opening quote: "وتابع: \"قصف إدلب …"
    private bool OpensItsClause(Sentence s, TriggerMention t) =>
        !Tokens[t.FirstToken].StartsWithWa && (t.FirstToken == s.FirstToken || Tokens[t.FirstToken - 1].Kind == TokenKind.Punctuation && Tokens[t.FirstToken - 1].Surface is ":" or "\"" or "«" or "“");

    private static bool RelativePronoun(Token t) => t.Norm is "التي" or "الذي" or "الذين" or "اللذين" or "اللتين" or "اللتان" or "اللذان";

    // An imperfect verb by its form: ي + at least three letters (يشن، يؤدي، يدخلان); of the ت forms only those no
    // perfect shares — تست (تستهدف) and the dual or plural (تدخلان): "قد تقدم الجيش" (has advanced) is a perfect.
    // "سيستمر", "ستنطلق", "سنواصل": the future prefix on an imperfect verb (with it, a verb of the second or first person
    // too — no noun takes it: "ستة", "سيارة" are no futures, their rest too short or no verb's)
    private static bool FutureVerb(Token t) =>
        t.HasProclitic("س") && (LooksImperfect(t) || t.Lemma is { Length: >= 3 } l && l[0] is 'ت' or 'ن' && !l.EndsWith('ه'));

    private static bool LooksImperfect(Token t) =>
        t.Lemma is { Length: >= 4 } l && (l[0] == 'ي' && l[^1] != 'ه'
            || l[0] == 'ت' && (l.StartsWith("تست", StringComparison.Ordinal) || l.EndsWith("ان", StringComparison.Ordinal) || l.EndsWith("ون", StringComparison.Ordinal)));

    // A verb of calling (دعا، طالب، حث، ناشد) before the trigger in its clause, the trigger what it calls for: right after
    // its "إلى", or a word on ("إلى تسلم السيطرة"). (Not what a call to investigate is about: "دعا إلى التحقيق في
    // الاشتباكات" tells of clashes that happened.)
    private bool CalledFor(Sentence s, TriggerMention t)
    {
        // "دعا إلى وقف", "طالب المسلحين، في صفوف الميليشيات، إلى الانسحاب": إلى right before the act, a call verb before
        // it (past the commas of what the call names).
        if (CallBefore(s, t.FirstToken)) return true;
        // ("إلى الانسحاب من جبهات القتال قبل فوات الأوان، وتسليم الحديدة سلميا": an act joined by و to the act called
        // for is called for too)
        if (!Tokens[t.FirstToken].StartsWithWa) return false;
        foreach (var before in Within(_triggers, u => u.FirstToken, Math.Max(s.FirstToken, t.FirstToken - 16), t.FirstToken))
            if (CallBefore(s, before.FirstToken)) return true;
        return false;
    }

    // A call verb that governs the act starting at token first: إلى (or a word after it) just before it — or بـ on a
    // noun of stepping it up right before it ("ناشد شيوخ القبائل قوات التحالف بتعزيز الضربات الجوية").
    private bool CallBefore(Sentence s, int first)
    {
        int to = -1;
        for (int j = first - 1; j >= Math.Max(s.FirstToken, first - 2); j--)
            if (Tokens[j].Norm is "الي" or "علي") { to = j; break; }
        if (to < 0 && first - 1 > s.FirstToken && Tokens[first - 1].HasProclitic("ب") && SteppingUp.Contains(Tokens[first - 1].Lemma)) to = first - 1;
        if (to < 0) return false;
        // ("يحث فيه أتباعه ومناصريه على شن هجمات أخرى": urging is on على, calling on إلى)
        var verbs = Tokens[to].Norm == "علي" ? UrgingVerbs : CallVerbs;
        for (int i = to - 1; i >= Math.Max(s.FirstToken, to - 30); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Surface is not ("،" or "," or "-" or "(" or ")")) return false;
            if (verbs.Contains(Tokens[i].Lemma)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> SteppingUp = new(StringComparer.Ordinal) { "تعزيز", "تكثيف", "زياده", "مضاعفه", "مواصله" };

    private static readonly HashSet<string> CallVerbs = new(StringComparer.Ordinal)
    {
        "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "حث", "حثت", "يحث", "تحث",
        "ناشد", "ناشدت", "يناشد", "تناشد",
    };

    private static readonly HashSet<string> BecomingVerbs = new(StringComparer.Ordinal)
    {
        "باتت", "بات", "اصبحت", "اصبح", "صارت", "صار", "وقعت", "وقع", "سقطت", "سقط", "عادت", "عاد", "دخلت", "دخل", "اصبحوا", "باتوا",
    };

    private static readonly HashSet<string> HittingVerbs = new(StringComparer.Ordinal) { "استهدفت", "استهدف", "طالت", "طال", "اصابت", "اصاب" };

    // The verbs a strike takes a town with (StruckTown): as HittingVerbs, but "أصاب" (also "wounded") left out and "ضرب",
    // "هز" (struck, shook) in. Kept apart: one list for both would widen both tests, which has not been measured.
    private static readonly HashSet<string> HitVerbs = new(StringComparer.Ordinal)
    {
        "استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "هز", "هزت",
        // (a strike still going on: "قصف … لا يزال يستهدف عفرين")
        "يستهدف", "تستهدف",
    };

    private static readonly HashSet<string> CivilianObjects = new(StringComparer.Ordinal)
    {
        "قري", "قريه", "منازل", "منزل", "بيوت", "احياء", "الاحياء", "مستشفي", "المستشفي", "مدرسه", "سوق", "مخيم", "مساجد", "مسجد",
        // (the residential adjective on any noun: "المناطق السكنية", "الأحياء السكنية", "مجمع سكني")
        "السكنيه", "سكنيه", "السكني", "سكني",
    };

    // Vows, threats and denials: whatever follows them in the sentence is not a reported event.
    private static readonly HashSet<string> SentenceGoverningVerbs = new(StringComparer.Ordinal)
    {
        "توعد", "هدد", "تهدد", "يهدد", "توعدت", "هددت", "يتوعد", "تتوعد", "نفي", "نفت", "ينفي", "تنفي", "نفوا",
        // (denied: "إنكار شديد من سفير المملكة … الذي قال إن الادعاءات بأن خاشقجي قد قتل أو احتجز … زائفة")
        "انكر", "انكرت", "ينكر", "انكروا", "انكار",
        // what a law or a deal stipulates: "وينص القانون على استخدام تدريجي للقوة … والهراوات", "ينص الاتفاق على انسحاب"
        "ينص", "تنص",
    };

    private static readonly HashSet<string> ThreatVerbs = new(StringComparer.Ordinal)
    {
        "توعد", "هدد", "تهدد", "يهدد", "توعدت", "هددت", "يتوعد", "تتوعد",
    };

    // A word of cause between two tokens ("إثر", "عقب", "جراء", "بسبب"): what follows it happened already. (not "ردا على",
    // which a threat answers with the act it names again: "توعد ترامب باستهداف سوريا ردا على الهجوم الكيماوي")
    private bool CauseBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (Tokens[i].Norm is "اثر" or "واثر" or "عقب" or "جراء" or "بسبب") return true;
        return false;
    }

    private int FirstGoverning(Sentence s)
    {
        if (_governing[s.Index] != -2) return _governing[s.Index];
        int found = -1;
        for (int i = s.FirstToken; i < s.EndToken && found < 0; i++)
            if (GovernsSentence(Tokens[i])) found = i;
        return _governing[s.Index] = found;
    }

    private static bool GovernsSentence(Token token) => Governing.Of(token);

    // (the answer is kept per word form: every sentence with a trigger is scanned)
    private static readonly FormTest Governing = FormTest.KeysIn(SentenceGoverningVerbs);

    // A figure right before the trigger ("100 غارة") and "هذا الشهر", "الشهر الجاري", "هذا العام" in the clause after it.
    private bool CountedOverThisPeriod(Sentence s, TriggerMention t)
    {
        if (t.FirstToken == s.FirstToken || Tokens[t.FirstToken - 1].Kind != TokenKind.Number) return false;
        for (int i = t.LastToken + 1; i + 1 < Math.Min(s.EndToken, t.LastToken + 12); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            string a = Tokens[i].Norm, b = Tokens[i + 1].Norm;
            if (a is "هذا" or "هذه" && b is "الشهر" or "العام" or "السنه" || a is "الشهر" or "العام" && b is "الجاري" or "الحالي") return true;
        }
        return false;
    }

    // Spans long enough to make a campaign (days are not: "خلال الأيام الماضية" is how ongoing strikes are reported).
    // "خلال نفس الفترة", "خلال الفترة نفسها", "خلال هذه الفترة", "خلال الفترة الماضية": the span a count was just given over
    // (not "خلال فترة الهدنة", a window that an act broke).
    private bool SamePeriod(Sentence s, int j) =>
        Tokens[j].LemmaWithoutArticle is "فتره" or "اونه"
        && (j > s.FirstToken && Tokens[j - 1].Norm is "نفس" or "ذات" or "هذه" || j + 1 < s.EndToken && Tokens[j + 1].Norm is "نفسها" or "ذاتها" or "الماضيه" or "الاخيره");

    // "بعد أسابيع فقط على", "بعد أشهر من", "بعد سنوات على" before the trigger in the same stretch of words, no comma or full stop
    // between: the trigger is what happened that long ago.
    private bool WeeksAfter(Sentence s, TriggerMention t)
    {
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 25); i + 2 < t.FirstToken; i++)
        {
            if (Tokens[i].NormWithoutWa != "بعد" || !LongAgoSpans.Contains(Tokens[i + 1].Norm)) continue;
            int j = i + 2;
            if (Tokens[j].Norm is "فقط" or "قليله" or "طويله") j++;
            if (j >= t.FirstToken || Tokens[j].Norm is not ("علي" or "من")) continue;
            // (a day of its own between starts a new telling: "بعد أسابيع من التظاهرات … بلغت ذروتها الاثنين مع مقتل 60")
            bool broken = false;
            for (int k = j + 1; k < t.FirstToken && !broken; k++)
                broken = Tokens[k].Kind == TokenKind.Punctuation || DateStartsAt(k);
            if (!broken) return true;
        }
        return false;
    }

    // Spans of weeks or more, without a count ("بعد أسابيع", "بعد شهرين"; a day or two is news).
    private static readonly HashSet<string> LongAgoSpans = new(StringComparer.Ordinal)
    {
        "اسابيع", "اسبوعين", "اشهر", "شهرين", "شهور", "سنوات", "اعوام", "عامين", "سنتين", "عقود",
    };

    // The spans of a campaign's fighting: the spans above but decades, and a month or a week (declared after LongAgoSpans:
    // static initialisers run in textual order).
    private static readonly HashSet<string> CampaignSpans = new(LongAgoSpans.Where(w => w != "عقود").Concat(new[] { "شهر", "اسبوع" }), StringComparer.Ordinal);

    private static readonly HashSet<string> FleeWords = new(StringComparer.Ordinal)
    {
        "فارين", "فارون", "فروا", "فرار", "فرارا", "هروب", "هربا", "هاربين", "هاربون", "هربوا", "نازحين", "نازحون", "نزوح", "فر", "فرت",
    };

    // A noun of shirking, with its clitics or without ("لتخاذلهم", "تقاعسه", "امتناعهم": the segmenter may not know the
    // word, so its ل and pronoun are taken off here).
    private static bool Shirked(Token word)
    {
        string w = word.NormWithoutWa;
        if (w.Length > 4 && w[0] is 'ل' or 'ب') w = w[1..];
        foreach (string pronoun in ShirkingPronouns)
            if (w.Length > pronoun.Length + 3 && w.EndsWith(pronoun, StringComparison.Ordinal)) { w = w[..^pronoun.Length]; break; }
        return ShirkWords.Contains(DefiniteArticle.Off(w));
    }

    private static readonly string[] ShirkingPronouns = ["هما", "هم", "ها", "ه"];

    private static readonly HashSet<string> ShirkWords = new(StringComparer.Ordinal)
    {
        "تخاذل", "تقاعس", "تخلف", "امتناع", "تهرب", "عزوف", "نكوص",
    };

    // (with the pronoun of who made them ready: "وإعدادهم عبوات متفجرة" — bare "أعداد" counts, "أعداد قتلى الضربات")
    private static readonly HashSet<string> MakingReady = new(StringComparer.Ordinal) { "اعدادهم", "اعداده", "اعدادها", "اعدادهما" };

    private static readonly HashSet<string> SeizureWords = new(StringComparer.Ordinal)
    {
        "عثر", "عثرت", "عثروا", "ضبط", "ضبطت", "ضبطوا", "صادر", "صادرت", "مصادره", "كميات", "كميه", "مخزن", "مخازن", "مستودع", "مستودعات",
        "شحنه", "شحنات", "تهريب", "مهربه", "ترسانه", "مخبا", "ضبطيات",
        // supplied, bought or made: "تزويد المليشيات بالأسلحة الثقيلة خاصة الصواريخ البالستية"
        "تزويد", "زود", "زودت", "يزود", "تزود", "امداد", "امدادات", "تسليح", "صفقه", "صفقات", "بيع", "شراء", "تصنيع", "تطوير",
        // held or being made ready: "بحيازة الإرهابيين أسلحة نارية متنوعة، وإعدادهم عبوات متفجرة"
        "حيازه", "بحيازه", "بحوزه", "حوزه",
        // held or handed over: "التحفظ على … عبوات ناسفة", "تسليم أسلحتهم الثقيلة وخرائط الألغام"
        "تحفظ", "تحفظت", "تسليم", "سلم", "سلمت", "خرايط", "خريطه",
        // withdrawn: "تسحب آلياتها الثقيلة من دبابات ومدافع", "سحب السلاح الثقيل"
        "سحب", "تسحب", "يسحب", "سحبت", "سحبوا", "يسحبون", "انسحاب", "اخراج", "نزع", "انتزاع", "تفكيك", "ازاله",
        // discovered, destroyed or cleared before use: "اكتشاف وتدمير 393 عبوة ناسفة", "تطهير المطار من الألغام والعبوات"
        "اكتشاف", "اكتشف", "اكتشفت", "اكتشفوا", "تدمير", "ابطال", "تطهير", "نزعت", "نزعوا", "استخراج", "استخرجت",
        // able to: "قدرات النظام في استخدام الأسلحة الكيميائية"
        "قدرات", "قدره", "القدره", "امكانيه", "امكانيات",
    };

    /// <summary>Words of destroying ("دمرت القوات ثلاث عجلات مفخخة", "تدمير خمس عجلات مفخخة"): what they destroy, a bomb
    /// among it, is stopped — the filters, the interception test and the extractor's disrupted weapons use read the one list.</summary>
    internal static readonly HashSet<string> DestroyingWords = new(StringComparer.Ordinal) { "تدمير", "دمر", "دمرت", "دمروا" };

    /// <summary>Words of foiling ("أحبطت قوات الأمن محاولة تفجير", "إحباط عملية إرهابية"): what they name never went off.</summary>
    internal static readonly HashSet<string> FoilingWords = new(StringComparer.Ordinal) { "احبط", "احبطت", "احبطوا", "يحبط", "تحبط", "احباط" };

    // "من مناطق يقصفها الحوثيون باستمرار", "التي تقصفها الطائرات يوميا": what an imperfect verb says goes on all the time
    // is a habit, not an act.
    private bool GoesOnAllTheTime(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !LooksImperfect(Tokens[t.FirstToken])) return false;
        for (int k = t.LastToken + 1; k < Math.Min(s.EndToken, t.LastToken + 4) && Tokens[k].Kind != TokenKind.Punctuation; k++)
            if (Tokens[k].Norm is "باستمرار" or "يوميا" or "دوما" or "دايما"
                || Tokens[k].Norm == "بشكل" && k + 1 < s.EndToken && Tokens[k + 1].Norm is "مستمر" or "متكرر" or "يومي" or "دايم")
                return true;
        return false;
    }

    private static readonly HashSet<string> NoBombers = new(StringComparer.Ordinal)
    {
        "دجاج", "كلاب", "حيوانات", "عمل", "فكر", "سلوك", "قرار", "خيار", "نهج", "تصرف", "طابع", "منحي",
    };

    // "أرسل تعزيزات إلى جبهات القتال", "في حلبة المعارك", "ساحات القتال": fighting as an arena tells no battle (but
    // "أشار إلى اشتباكات دارت" does: "إلى" alone marks nothing).
    private bool BattlesAsAPlace(Sentence s, TriggerMention t) =>
        t.FirstToken > s.FirstToken && t.Entries.All(e => e is { EventType: AcledTaxonomy.Battles, IsTerritory: false } && e.Pos != "verb")
        && (Tokens[t.FirstToken - 1].Norm is "حلبه" or "ساحه" or "ساحات" or "ميدان" or "ميادين" or "جبهات" or "اتون"
            || Tokens[t.FirstToken - 1].Norm == "جبهه" && Tokens[t.FirstToken].Form.Analysis is { HasArticle: true });

    // "قوات البشمركة التي تقاتل تنظيم داعش على جبهات أربيل والموصل": a present verb of fighting in a relative clause
    // says who a side is, fighting on; it tells no clash (unless the sentence gives it a day).
    private bool FightersDescribed(Sentence s, TriggerMention t) =>
        t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken && t.Entries.All(e => e is { EventType: AcledTaxonomy.Battles, IsTerritory: false })
        && Tokens[t.FirstToken - 1].Norm is "التي" or "الذي" or "الذين" or "اللتي" or "اللتين" or "اللذين"
        && Tokens[t.FirstToken].Lemma is ['ي' or 'ت', .., not 'ت'] && !SentenceHasDate(s);

    // ("الأكراد، الذين قاتلوا إلى جانب الأمريكيين ضد تنظيم داعش", "قاتل الجهاديون الأجانب في صفوف مختلف الجماعات", "وصفوه
    // بأنه قاتل ضد الاحتلال"): who fought against a foe, beside or in the ranks of a side, with no day told, is
    // described by a war — no clash of a day
    private bool FoughtOnASide(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || Tokens[t.FirstToken].Lemma is not ("قاتل" or "قاتلت" or "قاتلوا" or "حارب" or "حاربت" or "حاربوا")) return false;
        for (int k = t.LastToken + 1; k < Math.Min(s.EndToken, t.LastToken + 5) && Tokens[k].Kind != TokenKind.Punctuation; k++)
            if (Tokens[k].NormWithoutWa is "ضد" or "جانب" or "بجانب" or "صفوف" or "لصالح")
                return !SentenceHasDate(s);
        return false;
    }

    // "قرب سوق الخضار حيث وقع التفجير": the act a place is named by, told before, is no act of its own.
    private bool NamesThePlaceOfAnActToldBefore(Sentence s, TriggerMention t) =>
        t.FirstToken - 2 >= s.FirstToken && Tokens[t.FirstToken].Form.Analysis is { HasArticle: true }
        && Tokens[t.FirstToken - 1].Norm is "وقع" or "وقعت" or "جري" or "جرت" or "حصل" && Tokens[t.FirstToken - 2].Norm is "حيث" or "مكان" or "موقع";

    // "مساع أممية لمنع التحالف من شن هجوم على ميناء الحديدة", "السبل الكفيلة بثني التحالف عن شن هجوم": an attack someone
    // is kept or talked out of launching is none.
    private bool KeptFromLaunching(Sentence s, TriggerMention t)
    {
        if (Tokens[t.FirstToken].Norm != "شن" || t.FirstToken - 1 <= s.FirstToken || Tokens[t.FirstToken - 1].Norm is not ("من" or "عن")) return false;
        return WordBackFrom(s, t.FirstToken - 2, 6,
            static w => w.Norm is "منع" or "لمنع" or "يمنع" or "تمنع" or "منعت" or "ومنع" or "بمنع" or "ثني" or "بثني" or "لثني" or "يثني");
    }

    // A war, a plan, a law or sanctions a few words before (through quotes and a comma, not a full stop), whose aim the
    // verb at the token tells.
    private bool PolicyBefore(Sentence s, int verb)
    {
        int k = verb - 1;
        while (k >= s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Surface is not ("." or "؛" or ":")) k--;
        if (k < s.FirstToken || Tokens[k].Kind == TokenKind.Punctuation) return false;
        if (IsPolicy(k)) return true;
        // ("… تستهدف حزب العمال الكردستاني كما تستهدف تنظيم داعش": the aim told again)
        if (Tokens[k].Norm is "كما" or "وكما")
            for (int again = k - 1; again >= Math.Max(s.FirstToken, k - 6); again--)
                if (Tokens[again].Lemma == Tokens[verb].Lemma) return PolicyBefore(s, again);
        // (with the aim's own object between: "حربا على الإرهاب"، "حربا على الإرهاب الدولي")
        for (int on = k - 1; on >= Math.Max(s.FirstToken + 1, k - 2); on--)
            if (Tokens[on].Norm is "علي" or "ضد") return IsPolicy(on - 1);
        return false;
    }

    private bool IsPolicy(int k) => PolicyNouns.Contains(Tokens[k].LemmaWithoutArticle);

    private static readonly HashSet<string> PolicyNouns = new(StringComparer.Ordinal)
    {
        "حرب", "حربا", "استراتيجيه", "خطه", "سياسه", "قانون", "قرار", "عقوبات", "اجراءات",
    };

    // A verb of flying right before the aircraft, across a bracket ("حلقت طائرات (درون)"), or two words before it.
    private bool FlownOver(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 3); k--)
        {
            if (Tokens[k].Surface is "(" or "«" or "\"") continue;
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            string word = Tokens[k].StartsWithWa && Tokens[k].Norm.Length > 3 ? Tokens[k].Norm[1..] : Tokens[k].Norm;
            if (FlyingWords.Contains(word)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> FlyingWords = new(StringComparer.Ordinal)
    {
        "حلقت", "حلق", "تحلق", "يحلق", "تحليق", "بتحليق", "طارت", "رصدت", "رصد",
    };

    // A weapon named as what a place is safe from ("أصبحت عدن آمنة من صواريخ الكاتيوشا وقذائف المدفعية"), whose range is
    // told ("إن طهران زادت مدى صواريخها الباليستية"), or whose firing was stopped ("مكنتها من إيقاف استهداف مدينة عدن بصواريخ
    // الكاتيوشا"): no weapon fired in the clause.
    private bool WeaponNotFired(Sentence s, TriggerMention t)
    {
        if (!t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions && e.Pos == "noun")) return false;
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].LemmaWithoutArticle is "مدي") return true;
        // ("معاناة الشعب اليمني مع انتشار الألغام", "خطر الألغام", "حقول الألغام", "بناء حاجز ألغام"): mines spread, their
        // danger, their fields or a barrier of them are a lasting state, no blast
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].NormWithoutWaOrArticle is "انتشار" or "خطر" or "مخاطر" or "حقول" or "حقل"
                or "حاجز" or "حواجز") return true;
        // ("كان يرتدي حزاما ناسفا ولم يستطع تفجيره", "قتل 8 أشخاص يحملون أحزمة ناسفة", "صنعوا أحزمة ناسفة"): a suicide
        // belt worn, carried or made is a weapon, no bombing (one set off is told by its own verb: "فجر نفسه")
        if (Tokens[t.FirstToken].NormWithoutWa.Contains("حزام") || Tokens[t.FirstToken].NormWithoutWa.Contains("احزمه"))
            // ("جملين … محملة بعدد من الأحزمة الناسفة": loaded with them, a count between)
            for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 4); k--)
                if (BeltHandling.Contains(Tokens[k].NormWithoutWa)) return true;
        // ("كشفت شركة إسرائيل لصناعات الطيران عن طائرتها بدون طيار الانتحارية", "استعرض الجيش صواريخه", "أجرت اختبارا
        // لصاروخ"): a weapon unveiled, shown or tested is fired at no one
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 6) && Tokens[k].Kind != TokenKind.Punctuation; k--)
            if (WeaponShown.Contains(Tokens[k].NormWithoutWaOrArticle)) return true;
        // (unveiled, "كشف … عن", only the side's own or a new one: "كشف مصدر عن غارات استهدفت" told of strikes)
        var weapon = Tokens[t.FirstToken];
        bool ownOrNew = weapon.Form.Analysis?.Enclitic is not null || weapon.Norm.EndsWith("تها", StringComparison.Ordinal) || weapon.Norm.EndsWith("ته", StringComparison.Ordinal)
                        || t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].NormWithoutArticle is "جديد" or "جديده";
        if (ownOrNew && t.FirstToken - 1 > s.FirstToken && Tokens[t.FirstToken - 1].Norm == "عن")
            for (int k = t.FirstToken - 2; k >= Math.Max(s.FirstToken, t.FirstToken - 10) && Tokens[k].Kind != TokenKind.Punctuation; k--)
                if (Unveiling.Contains(Tokens[k].NormWithoutWa)) return true;
        // (a weapon fired with: "بصواريخ", or joined to one, "بصواريخ الكاتيوشا وقذائف المدفعية")
        bool firedWith = Tokens[t.FirstToken].HasProclitic("ب");
        for (int k = t.FirstToken - 1; k > s.FirstToken && k >= t.FirstToken - 8; k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Tokens[k].Norm is "من" or "عن" && SafeWords.Contains(Tokens[k - 1].Norm)) return true;
            firedWith |= Tokens[k].HasProclitic("ب");
            // (the strike the weapon is fired in, with a halt right before it)
            if (firedWith && Tokens[k].LemmaWithoutArticle is "استهداف" or "قصف")
            {
                string before = Tokens[k - 1].Norm;
                if (before.Length > 3 && before[0] == 'و') before = before[1..];
                return Halts.Contains(before);
            }
        }
        return false;
    }

    // What an act may lead to or be ("قد يؤديان إلى", "سيكون مذبحة").
    private static readonly HashSet<string> ConsequenceVerbs = new(StringComparer.Ordinal)
    {
        "يودي", "تودي", "يوديان", "توديان", "يدفع", "تدفع", "يقود", "تقود", "يسفر", "تسفر", "يكون", "تكون", "يشكل", "تشكل",
    };

    // Showing or testing a weapon (not "تعرض", which is also "came under").
    private static readonly HashSet<string> WeaponShown = new(StringComparer.Ordinal)
    {
        "استعرض", "استعرضت", "يستعرض", "تستعرض", "استعراض", "عرض", "عرضت", "يعرض", "معرض", "اختبار", "اختبارا", "اختبر", "اختبرت", "تجربه", "تجارب",
    };

    private static readonly HashSet<string> Unveiling = new(StringComparer.Ordinal) { "كشف", "كشفت", "يكشف", "تكشف", "الكشف", "ازاح", "ازاحت" };

    // Wearing, carrying, making or getting a suicide belt.
    private static readonly HashSet<string> BeltHandling = new(StringComparer.Ordinal)
    {
        "يرتدي", "يرتدون", "ترتدي", "يرتدين", "ارتدي", "ارتدوا", "مرتديا", "مرتدين", "مرتديه", "يلبس", "يلبسون", "لبس", "تلبس",
        "يحمل", "يحملون", "تحمل", "حاملا", "حاملين", "يضع", "يضعون", "يضعان", "صنعوا", "صنع", "تصنيع", "لتصنيع", "صناعه", "تجهيز",
        "الحصول", "حيازه", "بحيازه", "ضبط", "ضبطت", "ضبطوا", "العثور", "عثر", "عثرت", "لديه", "بحوزته", "بحوزتهم", "ربط",
        "محمله", "محمل", "محملا", "محملين", "محملتين",
    };

    // The word before a kind of act that lists it: "التي شملت", "الذي يتضمن", "مثل", "أبرزها", or "، ومنها".
    private bool ListedAsAKind(int k)
    {
        string w = Tokens[k].Norm;
        if (w is "مثل" or "ابرزها" or "اهمها") return true;
        if (w is "منها" or "ومنها") return Tokens[k - 1].Surface is "،" or "," or ":";
        return w is "شملت" or "تشمل" or "يشمل" or "شمل" or "تضمنت" or "تتضمن" or "يتضمن" && Tokens[k - 1].Norm is "التي" or "الذي" or "والتي" or "والذي";
    }

    // ("آمنة من", "بمنأى عن", "في مأمن من": safe from)
    private static readonly HashSet<string> SafeWords = new(StringComparer.Ordinal) { "امنه", "امنين", "امنون", "بمناي", "مامن" };

    // "تعرضت وحدة المدفعية التي يعملون بها إلى هجوم": an artillery unit is a unit, not its fire.
    private bool ArtilleryUnit(Sentence s, TriggerMention t) =>
        t.FirstToken == t.LastToken && t.FirstToken > s.FirstToken && Tokens[t.FirstToken].LemmaWithoutArticle == "مدفعيه"
        && Tokens[t.FirstToken - 1].Norm is "وحده" or "فوج" or "كتيبه" or "وحدات" or "افواج";

    // Stones ("حجارة", "بالحجارة", "والحجارة") within the list the trigger stands in: its words joined by و, five at most
    // either side, no stop between.
    private bool ListedWithStones(Sentence s, TriggerMention t)
    {
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 5); i < Math.Min(s.EndToken, t.LastToken + 6); i++)
        {
            if (i >= t.FirstToken && i <= t.LastToken) continue;
            if (!IsStoneWord(Tokens[i])) continue;
            if (i < t.FirstToken ? !PunctuationBetween(i, t.FirstToken) : !PunctuationBetween(t.LastToken, i)) return true;
        }
        return false;
    }

    // "تهدف من وراء" or "يهدف من خلال" right before the trigger (a demonstrative may stand between).
    private bool MeansOfAnAim(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k > s.FirstToken && Tokens[k].Norm is "هذه" or "هذا" or "تلك") k--;
        return k - 2 >= s.FirstToken && Tokens[k].Norm is "وراء" or "خلال" && Tokens[k - 1].Norm == "من"
               && Tokens[k - 2].NormWithoutWa is "تهدف" or "يهدف" or "تهدفان" or "يهدفان" or "يهدفون" or "هدفت" or "هدف";
    }

    // A verb of judging ("يعد", "تعتبر", "يشكل") and its verdict ("مخالفا", "انتهاكا", "جريمة") in the trigger's clause
    // after it, no stop, date or place between.
    private bool JudgedAsAKind(Sentence s, TriggerMention t)
    {
        for (int k = t.LastToken + 1; k + 1 < Math.Min(s.EndToken, t.LastToken + 12); k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Surface is not ("\"" or "«" or "»") || DateStartsAt(k)) return false;
            if (Tokens[k].Norm is "يعد" or "تعد" or "يعتبر" or "تعتبر" or "يشكل" or "تشكل" or "يمثل" or "تمثل"
                && Tokens[k + 1].NormWithoutArticle is "مخالفا" or "مخالفه" or "انتهاكا" or "خرقا" or "جريمه" or "جرايم")
                // ("وأكدت الجامعة أن تفجير مسجد قوات الطوارئ الخاصة بمنطقة عسير يعد جريمة": an act placed is the one act
                // condemned)
                return !Document.Places.Exists(p => p.FirstToken > t.LastToken && p.FirstToken < k);
        }
        return false;
    }

    // "أن" (or بأن) and an imperfect verb of doing ("يقوم", "تقوم", "يقدم") within twenty words before the trigger, no stop
    // between.
    private bool DoingSupposed(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k > Math.Max(s.FirstToken, t.FirstToken - 20); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            // (not what a side managed to do: "أن الجيش استطاع أن يقوم كذلك بتفجير مخزن للأسلحة")
            if (Tokens[k].Norm is "يقوم" or "تقوم" or "يقوموا" or "يقدم" or "تقدم" && Tokens[k - 1].NormWithoutWa is "ان" or "بان")
                return !(k - 2 >= s.FirstToken && Tokens[k - 2].NormWithoutWa is "استطاع" or "استطاعت" or "استطاعوا" or "تمكن" or "تمكنت" or "تمكنوا" or "نجح" or "نجحت" or "نجحوا");
        }
        return false;
    }

    // "حتى يتم" right before the trigger, or "حتى" before an imperfect verb that is the trigger.
    private bool UntilItIsDone(Sentence s, TriggerMention t) =>
        t.FirstToken - 1 > s.FirstToken && (Tokens[t.FirstToken - 1].Norm == "يتم" && Tokens[t.FirstToken - 2].NormWithoutWa == "حتي"
                                           || Tokens[t.FirstToken - 1].NormWithoutWa == "حتي" && LooksImperfect(Tokens[t.FirstToken]));

    // Where the trigger's clause ends within reach words after it: the first stop, the reach or the sentence's end.
    private int ClauseEndAfter(Sentence s, TriggerMention t, int reach)
    {
        int end = Math.Min(s.EndToken, t.LastToken + reach);
        for (int k = t.LastToken + 1; k < end; k++)
            if (Tokens[k].Kind == TokenKind.Punctuation) return k;
        return end;
    }

    // "على أن" within eight words after the verb of agreeing, then no verb: what follows is a statement, not a deed.
    private bool AgreedThatItIs(Sentence s, TriggerMention t)
    {
        int end = ClauseEndAfter(s, t, 10);
        for (int k = t.LastToken + 1; k + 2 < end; k++)
        {
            if (Tokens[k].Norm != "علي" || Tokens[k + 1].Norm != "ان") continue;
            var next = Tokens[k + 2];
            return next.Kind == TokenKind.ArabicWord && !LooksImperfect(next) && next.Norm is not ("يتم" or "تتم" or "يكون" or "تكون");
        }
        return false;
    }

    // "مسألة وقت" in the trigger's clause after it, no stop between.
    private bool MatterOfTime(Sentence s, TriggerMention t)
    {
        int end = ClauseEndAfter(s, t, 10);
        for (int k = t.LastToken + 1; k + 1 < end; k++)
            if (Tokens[k].Norm == "مساله" && Tokens[k + 1].Norm == "وقت") return true;
        return false;
    }

    // A vice ("الفساد", "والتكفير") in the list the trigger stands in: one word each, joined by و, four at most either
    // side ("غارات على مواقع الإرهاب" is no list).
    private bool ListedWithVices(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 4) && Tokens[i + 1].StartsWithWa; i--)
            if (Vices.Contains(Tokens[i].NormWithoutWaOrArticle)) return true;
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 5) && Tokens[i].StartsWithWa; i++)
            if (Vices.Contains(Tokens[i].NormWithoutWaOrArticle)) return true;
        return false;
    }

    // (without the article: corruption, takfir, extremism, excess, sedition, hatred, terror)
    private static readonly HashSet<string> Vices = new(StringComparer.Ordinal)
    {
        "فساد", "افساد", "تكفير", "تطرف", "غلو", "فتنه", "فتن", "كراهيه", "ارهاب",
    };

    /// <summary>Whether the word is stones ("حجارة", "بالحجارة", "الحجار"), the crowd's weapon.</summary>
    internal static bool IsStoneWord(Token t) => t.LemmaWithoutArticle is "حجاره" or "حجار";

    // Set up, emplaced or laid (a weapon as their object is deployed, not used)
    private static readonly HashSet<string> EmplacingVerbs = new(StringComparer.Ordinal)
    {
        "نصب", "نصبت", "نصبوا", "ينصب", "تنصب", "ينصبون", "نشر", "نشرت", "نشروا", "ينشر", "تنشر", "ينشرون",
    };

    private static readonly HashSet<string> MakingWords = new(StringComparer.Ordinal)
    {
        "صناعه", "تصنيع", "انتاج", "معامل", "معمل", "مصنع", "مصانع", "ورشه", "ورش", "مخازن", "تخزين",
    };

    private static readonly HashSet<string> AccordWords = new(StringComparer.Ordinal)
    {
        "الاتفاق", "اتفاق", "الاتفاقيه", "اتفاقيه", "المعاهده", "معاهده", "الصفقه", "المفاوضات", "مفاوضات", "المحادثات", "محادثات",
        "الحكومه", "الانتخابات", "السباق", "التحالف", "الحلف", "المنظمه", "مجلس",
    };

    // The trigger right after "قضية" or "المعروفة إعلاميا بـ", across quotes and "أحداث": the name of a case.
    private bool NamesACase(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        while (k >= s.FirstToken && (Tokens[k].Kind == TokenKind.Punctuation || Tokens[k].Norm is "ب" or "بـ" or "احداث")) k--;
        return k >= s.FirstToken && (Tokens[k].Lemma is "قضيه" or "القضيه" or "بقضيه" || Tokens[k].Norm is "اعلاميا" or "باعلاميا");
    }

    // The trigger right after a naming phrase, across quotes and بـ: "ما يعرف بـ", "أطلق عليها", "تحمل اسم", "المسماة".
    // (or further into the quoted name: "صفحة إخبارية اتخذت اسم «الرقة تذبح بصمت»")
    private bool NamesACampaign(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        for (int q = t.FirstToken - 1; q >= Math.Max(s.FirstToken, t.FirstToken - 4); q--)
        {
            if (Tokens[q].Surface is "»" or "”" or "،" or "," or ".") break;
            if (Tokens[q].Surface is "«" or "“") { k = q; break; }
        }
        while (k >= s.FirstToken && (Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Surface is not ("،" or "," or "." or ":") || Tokens[k].Norm is "ب" or "بـ")) k--;
        if (k < s.FirstToken) return false;
        if (Tokens[k].Norm is "اسم" or "باسم" or "المسماه" or "المسمي" or "المعروفه" or "المعروف" or "يعرف" or "تعرف" or "يسمي" or "تسمي" or "تدعي" or "يدعي")
            return true;
        return Tokens[k].Norm is "عليها" or "عليه" && k - 1 >= s.FirstToken && Tokens[k - 1].Lemma is "اطلق" or "اطلقت" or "اطلقوا" or "يطلق" or "تطلق" or "يطلقون";
    }

    private static readonly HashSet<string> TakingPart = new(StringComparer.Ordinal)
    {
        "يشارك", "تشارك", "يشاركون", "شارك", "شاركت", "شاركوا", "مشاركه", "مشاركته", "مشاركتها", "مشاركتهم", "المشاركه", "بالمشاركه",
        // what someone proved good at or has long experience of ("الذين أثبتوا فعالية في قتال تنظيم داعش")
        "فعاليه", "فاعليه", "كفاءه", "خبره", "خبرتهم", "خبرتها", "باعا",
        // whose ally or partner someone is in it ("وحدات حماية الشعب الكردية حليفة الولايات المتحدة في قتال «داعش»")
        "حليف", "حليفه", "حلفاء", "الحليف", "الحليفه", "شريك", "شريكه", "شركاء",
    };

    // The accused "of standing behind" the act, with no trial, verdict or other charge word before the act.
    private bool BlamedForIt(Sentence s, int accused, TriggerMention t)
    {
        if (!AccusedWords.Contains(Tokens[accused].Lemma) || accused + 1 >= t.FirstToken || Tokens[accused + 1].Norm is not ("بالوقوف" or "بالمسووليه")) return false;
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 10); i < t.FirstToken; i++)
            if (ChargeWords.Contains(Tokens[i].Lemma) && !AccusedWords.Contains(Tokens[i].Lemma)) return false;
        return true;
    }

    // A past verb of leading, three words at most before the إلى right before the act ("أدى إلى", "وأدت الغارات إلى",
    // "مما أفضى إلى"): what it led to happened — when its doer is named right after it, as its subject ("استعادة قوات
    // التحالف مدينة عدن"); with none, the side the sentence names may be the one that lost the ground.
    private bool LedToInThePast(Sentence s, TriggerMention t)
    {
        int to = t.FirstToken - 1;
        if (to <= s.FirstToken || Tokens[to].Norm != "الي" || !Within(_actors, a => a.FirstToken, t.LastToken + 1, t.LastToken + 2).Any()) return false;
        for (int i = to - 1; i >= Math.Max(s.FirstToken, to - 3); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            // ("وأدى" is also "وادي", a valley, and keeps its و)
            if (Tokens[i].NormWithoutWa is "ادي" or "ادت" or "افضي" or "افضت" or "قاد" or "قادت" or "انتهي" or "انتهت" || Tokens[i].Norm == "وادي") return true;
        }
        return false;
    }

    // A present-tense verb of leading or helping right before the act, past its في or إلى ("تساعد في", "تؤدي إلى", "تقود الى").
    private bool LeadsTo(Sentence s, TriggerMention t)
    {
        int i = t.FirstToken - 1;
        if (i > s.FirstToken && Tokens[i].Norm is "في" or "الي") i--;
        return i >= s.FirstToken && Tokens[i].NormWithoutWa is "تساعد" or "يساعد" or "تودي" or "يودي" or "تقود" or "يقود" or "تفضي" or "يفضي" or "تسهم" or "يسهم";
    }

    // "التي خاضها", "الذي خاضته", "التي خاضوها" right after the battle noun.
    private bool FoughtByThem(Sentence s, TriggerMention t) =>
        t.LastToken + 2 < s.EndToken && Tokens[t.LastToken + 1].Norm is "التي" or "الذي" or "اللتي"
        && Tokens[t.LastToken + 2].Norm.StartsWith("خاض", StringComparison.Ordinal);

    // The sentence opens with "إثر", "بعد" or "عقب" (and its و), then the act's definite noun, then a comma.
    private bool OpensAfterTheKnownAct(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != s.FirstToken + 1 || Tokens[s.FirstToken].NormWithoutWa is not ("اثر" or "بعد" or "عقب")) return false;
        if (Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true } && !(t.FirstToken < t.LastToken && Tokens[t.LastToken].Form.Analysis is { HasArticle: true }))
            return false;
        return t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Kind == TokenKind.Punctuation;
    }

    // "المسؤولين عن" (and "المسؤول عن", "المسؤولة عن") right before the known act or its launching ("عن إطلاق").
    private bool ResponsibleFor(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k > s.FirstToken && Tokens[k].Norm is "اطلاق" or "تنفيذ" or "تسيير") k--;
        // (a known act, with its article: "عن إطلاق صاروخ باليستي من محافظة عمران" tells a launch the reader has not heard of)
        return k - 1 >= s.FirstToken && Tokens[k].Norm == "عن" && Tokens[t.FirstToken].Form.Analysis is { HasArticle: true }
               && Tokens[k - 1].NormWithoutWaOrArticle is "مسوولين" or "مسوول" or "مسووله" or "مسوولون";
    }

    // A relative pronoun within three words after the act, then a present verb of carrying out, practising or committing.
    private bool PractisedBy(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i + 1 < Math.Min(s.EndToken, t.LastToken + 5); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i].Norm is not ("التي" or "الذي" or "اللتي")) continue;
            string verb = Tokens[i + 1].Norm;
            return verb.StartsWith("تقوم", StringComparison.Ordinal) || verb.StartsWith("يقوم", StringComparison.Ordinal)
                   || verb.StartsWith("تمارس", StringComparison.Ordinal) || verb.StartsWith("يمارس", StringComparison.Ordinal)
                   || verb.StartsWith("ترتكب", StringComparison.Ordinal) || verb.StartsWith("يرتكب", StringComparison.Ordinal);
        }
        return false;
    }

    private bool ChargesListed(Sentence s, TriggerMention t)
    {
        bool prosecution = false;
        for (int i = s.FirstToken; i + 1 < t.FirstToken; i++)
        {
            string norm = Tokens[i].NormWithoutWa;
            if (norm is "وقايع" && Tokens[i + 1].Norm is "القضيه" or "الدعوي") return true;
            prosecution |= norm is "النيابه" or "للنيابه";
            if (prosecution && ChargeNoun(norm)) return true;
            // ("ووجهت إليهم أيضا تهم ارتكاب 12 عملية إرهابية … تتضمن استهداف وقتل ضباط": charges directed at them list acts
            // a court will try)
            if (norm is "وجهت" or "وجه" or "توجيه")
                for (int k = i + 1; k < Math.Min(t.FirstToken, i + 5); k++)
                    if (ChargeNoun(Tokens[k].NormWithoutWa)) return true;
        }
        return false;
    }

    private static bool ChargeNoun(string norm) => norm is "اتهامات" or "تهم" or "تهما" or "تهمه";

    private static readonly HashSet<string> ChargeWords = new(StringComparer.Ordinal)
    {
        "بتهمه", "بتهم", "تهمه", "تهم", "بارتكاب", "محاكمه", "محاكمتهم", "محاكمته",
        // convicted of it, sentenced for it ("الجندي الذي أدين بقتل فلسطيني", "حكم عليه بالسجن 18 شهرا لقتله")
        "ادين", "ادينوا", "ادينت", "المدان", "مدان", "بالسجن", "بالاعدام",
        // ("كل المقبوض عليهم والمدانين في تفجيرات إرهابية")
        "المدانين", "مدانين", "المدانون", "مدانون",
        // ("ومن بين المحكوم عليهم بالإعدام", "قضت محكمة مصرية بإعدام 75 شخصا")
        "المحكوم", "محكوم", "المحكومين", "محكومين", "قضت",
        // the accused, the man caught ("المتهمين بتنفيذ تفجير الكنيسة", "شارك المضبوط في رصد … موكب مدير الأمن")
        "المتهم", "المتهمين", "المتهمون", "متهم", "متهمين", "متهمون", "المضبوط", "المضبوطين", "المضبوطون",
    };

    private static readonly HashSet<string> CrimeWords = new(StringComparer.Ordinal)
    {
        "عصابه", "عصابات", "سرقه", "سرقات", "مخدرات", "المخدرات", "احتيال", "ابتزاز", "جناييه", "اللصوص", "لصوص", "نشل", "تزوير", "اغتصاب",
        // drugs by name, bribes and embezzlement ("ضبطت 320 كيلوجراما من الهيروين", "بتهمة الرشوة واختلاس أموال الشركة")
        "هيروين", "كوكايين", "حشيش", "كبتاجون", "امفيتامين", "مخدره", "رشوه", "رشاوي", "اختلاس",
        // harassment ("القبض على أحد الأشخاص الذين ظهروا في مقطع فيديو التحرش بفتاتين") — not forged papers, which
        // militants carry too ("للاشتباه بارتكابه أعمالا إرهابية … وتجوله ببطاقة هوية مزورة")
        "تحرش",
        // a serial killer, or a murdered woman and her killer ("ألقت السلطات القبض على السفاحة", "شقيق القتيلة … ألقت الشرطة
        // القبض عليه")
        "سفاح", "سفاحه", "قتيله",
        // the one culprit of a crime the police took ("وباشرت الجهات الأمنية الحادث وقبضت على الجاني") — not "الجناة",
        // which columns call a cell of bombers too ("الجناة سيلقون الجزاء الرادع")
        "جاني", "الجاني",
    };

    /// <summary>
    /// "توقيف ثلاث سيارات محملة بحوالي 30 مهاجرا غير شرعي", "ضبطت شرطة المنطقة الشرقية 120 مخالفا لنظامي العمل والإقامة",
    /// "بتهمة تهريب المهاجرين", "الاتجار بالبشر", "محاولة لعبور الحدود بطريقة غير نظامية": migrants without papers,
    /// violators of the labour and residency rules and those who smuggle people — the border and the labour office's
    /// work, no political violence (not fighters who infiltrate: "التسلل" stays).
    /// </summary>
    private bool MigrantsOrResidencyViolators(Sentence s)
    {
        for (int i = s.FirstToken; i + 1 < s.EndToken; i++)
        {
            string word = Tokens[i].NormWithoutWaOrArticle, next = Tokens[i + 1].NormWithoutWa;
            if (word is "مهاجر" or "مهاجرا" or "مهاجرين" or "مهاجرون" && next == "غير") return true;
            if (word is "تهريب" or "مهربي" or "مهربو" && DefiniteArticle.Off(next) is "مهاجرين" or "بشر" or "خادمات") return true;
            if (word is "الاتجار" or "اتجار" && next is "بالبشر") return true;
            if (word is "بطريقه" or "بصوره" or "بطرق" && next == "غير" && i + 2 < s.EndToken && Tokens[i + 2].Norm is "نظاميه" or "شرعيه" or "مشروعه") return true;
            if (word is "مخالفي" or "مخالفين" or "مخالفا" or "مخالف" or "مخالفون")
                for (int k = i + 1; k < Math.Min(s.EndToken, i + 4); k++)
                    if (Tokens[k].NormWithoutWaOrArticle is "نظام" or "لنظام" or "لنظامي" or "نظامي" or "للانظمه" or "انظمه" or "اقامه" or "للاقامه" or "العمل")
                        return true;
        }
        return false;
    }

    // A crime word as written or behind و, ال, بـ or لـ the segmenter left joined ("باحتيال مصرفي", "والرشاوى").
    private static bool IsCrimeWord(Token token)
    {
        if (CrimeWords.Contains(token.Lemma)) return true;
        string word = token.NormWithoutWa;
        if (word.Length > 4 && word[0] is 'ب' or 'ل') word = word[1..];
        return CrimeWords.Contains(word) || CrimeWords.Contains(DefiniteArticle.Off(word));
    }

    private static readonly HashSet<string> NonConflictAgreements = new(StringComparer.Ordinal)
    {
        "النووي", "نووي", "النوويه", "نوويه", "التجاري", "تجاري", "التجاريه", "الاقتصادي", "اقتصادي", "النفطي", "الجمركي", "الاستثماري", "التجاره", "المناخ",
        // borders drawn, cooperation: "اتفاقيات ترسيم الحدود البحرية", "اتفاقية تعاون", "اتفاق شراكة"
        "ترسيم", "تعاون", "التعاون", "شراكه", "الشراكه", "تجاريه", "اقتصاديه", "الاقتصاديه",
    };

    // "تكثيف الغارات", "استمرار المعارك": nouns that only say the fighting went on
    // Spans control is held for: "ثلاث سنوات", "عامين", "ستة أشهر".
    private static readonly HashSet<string> HeldSpans = new(StringComparer.Ordinal)
    {
        "سنوات", "سنه", "سنين", "اعوام", "عاما", "اشهر", "شهرا", "شهور",
    };

    // Words that make a capture a need or a prospect: "مطلوب", "ضروري", "وشيك", "قريبا".
    private static readonly HashSet<string> NeededOrNear = new(StringComparer.Ordinal)
    {
        "مطلوب", "مطلوبا", "ضروري", "ضروريا", "ضروره", "حتمي", "حتميا", "وشيك", "وشيكا", "قريبا", "ممكن", "ممكنا", "مستحيل", "مستحيلا",
        // ("إن سقوط قاعدة العند الجوية بات بين قوسين أو أدنى": within two bow-lengths, at hand)
        "قوسين",
    };

    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "تكثيف", "تصعيد", "استمرار", "تواصل", "توالي", "تجدد", "اشتداد", "احتدام",
    };

    private static readonly HashSet<string> DurationWords = new(StringComparer.Ordinal)
    {
        "شهر", "شهرين", "اشهر", "اسبوع", "اسبوعين", "اسابيع", "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام", "ايام", "يومين",
    };

    private static readonly HashSet<string> OrderWords = new(StringComparer.Ordinal)
    {
        "توجيه", "توجيهات", "وجه", "وجهت", "امر", "امرت", "اوامر", "تعليمات",
    };

    // "زيارة موقع هجوم", "مكان الهجوم": an act named as the genitive of its site happened
    private bool SiteBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Tokens[k].Lemma is "موقع" or "مكان" or "ساحه") return true;
        return false;
    }

    private static readonly HashSet<string> RegainingWords = new(StringComparer.Ordinal)
    {
        "استعاد", "استعادت", "استعادوا", "يستعيد", "تستعيد", "يستعيدون", "استعاده", "باستعاده", "لاستعاده",
    };

    // Things regained that are no ground: belongings, remains, habits, standing, ties, the state itself (without their
    // article: the test looks them up after DefiniteArticle.Off).
    private static readonly HashSet<string> NoGround = new(StringComparer.Ordinal)
    {
        "ساعه", "عادات", "عاداتهم", "حياه", "حياتهم", "صلات", "علاقات", "ثقه", "قوته", "قوتها", "قوتهم", "هيبه", "هيبته", "هيبتها",
        "مكانه", "مكانته", "مكانتها", "دوره", "دورها", "زمام", "ماء", "دوله", "فبركات", "جثث", "جثه", "جثامين", "رفات", "اموال",
        "رهاين", "اسري", "انفاس", "انفاسه", "انفاسها", "هدوء", "توازن", "توازنه", "ذكريات", "ارشيف", "حقوق", "حقوقهم", "وعي",
    };

    private static readonly HashSet<string> PurposeWords = new(StringComparer.Ordinal)
    {
        "بهدف", "هدف", "اجل", "لاجل", "عمليه", "اطار", "محاوله", "خطه", "مساعده", "للمساعده", "لمنع", "منع",
        // in order to launch or carry out: "يعدون مجموعات من المقاتلين لشن استفزازات باستخدام أسلحة كيماوية", "يحول
        // سوريا لقاعدة لإطلاق الهجمات على إسرائيل"
        "لشن", "لتنفيذ", "للقيام", "لاطلاق",
        // or to make: "مداهمة المنازل ضرورية لإجراء اعتقالات"
        "لاجراء",
        // designed or set aside for: "هذه المقاتلة مصممة لعمليات القتال الجوي"
        "مصممه", "مصمم", "مخصصه", "مخصص",
        // enabled, discussed, owed: "تمكينهم من إطلاق صواريخ", "لمناقشة إطلاق الصواريخ", "لبحث عملياتها الأمنية", "يجب أن يكون الرد"
        "تمكين", "مناقشه", "لمناقشه", "بحث", "لبحث", "يجب", "ينبغي",
        // orders: "توجيه عناصرها بملاحقة واعتقال الفارين"
        "توجيه", "وجه", "وجهت", "امر", "امرت", "اوامر", "تعليمات",
        // fears: "خوفا من التعرض لقصف أميركي", "تحسبا لهجوم"
        "خوفا", "خشيه", "تحسبا", "مخافه",
        // calls to stop, leave and intent: "يدعو التحالف لوقف الهجمات الجوية", "طلب الإذن لقصف", "عزم الجيش استعادة",
        // "سيقاتل إلى حين استعادة المدينة"
        "وقف", "لوقف", "بوقف", "ايقاف", "لايقاف", "بايقاف", "انهاء", "لانهاء", "بانهاء", "اذن", "الاذن", "عزم", "عزمه", "حين",
        // an option: "لم يستبعد ماتيس خيار قصف مواقع للنظام", "لم تجد من خيار سوى الدخول في حرب"
        "خيار", "الخيار", "خيارات", "الخيارات", "بخيار",
    };

    // Tyres are a riot's only when burnt, and by a crowd: not "معايير جديدة لمواصفات إطارات السيارات" or tyres in a list of
    // waste, nor those an armed side set alight to block an attack ("قيام ميليشيا الحوثي بقطع الطرق بالكتل الإسمنتية
    // وإضرام النيران في عدد كبير من إطارات السيارات") — the side nearest before the tyres is who burnt them.
    private bool TyresNotARiot(Sentence s, TriggerMention t)
    {
        if (!t.Entries.All(e => e.EventType == AcledTaxonomy.Riots) || !Tokens[t.FirstToken].NormWithoutWa.Contains("اطارات", StringComparison.Ordinal)) return false;
        bool burnt = false;
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 5); k <= Math.Min(s.EndToken - 1, t.LastToken + 2) && !burnt; k++)
        {
            string w = Tokens[k].NormWithoutWaOrArticle;
            // (the verbs and their nouns: "أحرق"/"إحراق", "أشعل"/"إشعال"/"مشتعلة", "إضرام")
            burnt = w.Contains("حرق", StringComparison.Ordinal) || w.Contains("حراق", StringComparison.Ordinal) || w.Contains("شعل", StringComparison.Ordinal)
                    || w.Contains("شعال", StringComparison.Ordinal) || w.Contains("شتعل", StringComparison.Ordinal) || w.Contains("ضرام", StringComparison.Ordinal)
                    || w is "نار" or "نيران" or "دخان" or "كاوتشوك";
        }
        if (!burnt) return true;
        var nearest = Within(_actors, a => a.FirstToken, s.FirstToken, t.FirstToken).LastOrDefault();
        return nearest is { Actor.Inter: 1 or 2 or 3 or 4 or 8 };
    }

    // ("استعادوا مجموعة من الأسلحة التي نهبتها الميليشيات من معسكرات الجيش", "سيارات الشرطة التي سرقتها في وقت سابق",
    // "بالأموال التي نهبها من شعبه"): a theft told in a relative clause whose verb points back to the thing taken
    // describes the thing, however long ago it was taken — no looting told.
    private bool LootDescribed(Sentence s, TriggerMention t)
    {
        if (!t.Entries.All(e => e.SubEventType == "Looting/property destruction") || t.FirstToken != t.LastToken
            || Tokens[t.FirstToken].Form.Analysis is not { Enclitic: not null } || t.FirstToken - 1 < s.FirstToken) return false;
        string verb = Tokens[t.FirstToken].NormWithoutWa;
        if (!(verb.StartsWith("نهب", StringComparison.Ordinal) || verb.StartsWith("سرق", StringComparison.Ordinal) || verb.StartsWith("سلب", StringComparison.Ordinal))) return false;
        for (int k = t.FirstToken - 1; k >= s.FirstToken && k >= t.FirstToken - 2; k--)
            if (IsRelativePronoun(Tokens[k].Norm)) return true;
        return false;
    }

    // ("الاتفاق على كيفية قتال تنظيم داعش", "بحث سبل مواجهة الإرهاب"): how an act is to be done, or the ways to do it,
    // is talk of it — the word right before the act's (or before its verbal noun of carrying out: "طرق تنفيذ عمليات
    // التفجير"). So is what someone is trained in: "تم تدريبه على … تنفيذ عمليات التفجير", "تدربوا على شن الهجمات".
    private bool HowToDoIt(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        bool carryingOut = k > s.FirstToken && Tokens[k].NormWithoutWa is "تنفيذ" or "لتنفيذ" or "شن" or "لشن" or "صنع" or "تصنيع";
        if (carryingOut) k--;
        if (k < s.FirstToken) return false;
        string way = Tokens[k].NormWithoutWaOrArticle;
        if (way is "كيفيه" or "سبل" or "اساليب" or "اليات" or "خطط" or "خطه") return true;
        // (ways only with the noun of carrying out: "الطرق" right before the act are roads, "قطعوا الطرق وأحرقوا الإطارات")
        if (carryingOut && way is "طرق" or "طريقه") return true;
        return Tokens[k].Norm == "علي" && k > s.FirstToken && TrainedIn(Tokens[k - 1]);
    }

    // "المقاتلات الكرديات اللواتي شاركن في معارك شمال سوريا": fighters in the feminine plural with a feminine plural
    // adjective or relative are women who fight, not jets — the jets' adjective is the singular of things ("المقاتلات
    // الروسية").
    private bool WomenFighters(Sentence s, TriggerMention t)
    {
        if (Tokens[t.LastToken].NormWithoutWaOrArticle != "مقاتلات" || t.LastToken + 1 >= s.EndToken) return false;
        string next = Tokens[t.LastToken + 1].Norm;
        return next is "اللواتي" or "اللاتي" or "اللائي" or "اللوات"
               || next.Length >= 6 && next.StartsWith("ال", StringComparison.Ordinal) && next.EndsWith("يات", StringComparison.Ordinal);
    }

    // A word of training someone or being trained, clitics and article off: "تدريبه", "التدريب", "تدربوا", "دربتهم".
    private static bool TrainedIn(Token word)
    {
        string bare = word.Form.Analysis?.StemNorm ?? word.NormWithoutWa;
        return DefiniteArticle.Off(bare) is "تدريب" or "تدريبات" or "تدرب" or "تدربوا" or "تدربت" or "يتدرب" or "يتدربون" or "درب" or "دربت" or "دربوا";
    }

    // ("تفجير أول قنبلة نووية في شبه القارة الهندية", "تفجير قنبلة ذرية"): a nuclear test, or the bomb of 1945, is no
    // act of this news
    private bool NuclearTest(Sentence s, TriggerMention t)
    {
        for (int k = t.LastToken + 1; k < Math.Min(s.EndToken, t.LastToken + 4); k++)
            if (Tokens[k].LemmaWithoutArticle is "نوويه" or "نووي" or "ذريه" or "ذري" or "هيدروجينيه" or "نوويتين") return true;
        return false;
    }

    /// <summary>
    /// ("انهيار معنويات الدواعش إثر الضربات التي تلقوها في المعارك الأخيرة"): the recent battles or strikes, definite and
    /// plural, named as the cause of a loss after "إثر", "بعد", "جراء" or "بسبب" — with no day and no place of their own —
    /// sum up fighting told elsewhere; they are no event of the places the sentence names for something else.
    /// </summary>
    private bool RecentFightingAsCause(Sentence s, TriggerMention t)
    {
        int after = t.LastToken + 1;
        if (after >= s.EndToken || Tokens[after].Norm is not ("الاخيره" or "الماضيه")) return false;
        if (Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true } || t.FirstToken != t.LastToken) return false;
        if (!(Tokens[t.FirstToken].Lemma.EndsWith("ات", StringComparison.Ordinal) || Tokens[t.FirstToken].LemmaWithoutArticle is "معارك")) return false;
        // (its own place or day right after it tells one: "في المعارك الأخيرة في هيت")
        if (after + 1 < s.EndToken && (Within(_places, p => p.FirstToken, after + 1, Math.Min(s.EndToken, after + 4)).Any()
                                       || Within(_dates, d => d.FirstToken, after + 1, Math.Min(s.EndToken, after + 4)).Any())) return false;
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 8); k--)
            if (Tokens[k].NormWithoutWa is "اثر" or "بعد" or "جراء" or "بسبب" or "نتيجه") return true;
        return false;
    }

    // "استولى على" takes ground only when what it took is ground: a place named, or a word of land, a town or a site
    // ("استولت القوات على كفر بطنا", "استولوا على أراض شاسعة", "على عدد من البلدات") — not schools, food, a company or
    // cameras ("استولوا على مدارس في عفرين", "استولوا على المواد الغذائية والماشية", "استولت على كاميرات مراقبة").
    private bool SeizedNoGround(Sentence s, TriggerMention t)
    {
        string verb = Tokens[t.FirstToken].NormWithoutWa;
        if (!t.Entries.All(e => e.IsTerritory) || !verb.Contains("ستول", StringComparison.Ordinal) && !verb.Contains("ستيلاء", StringComparison.Ordinal)) return false;
        // (past when it was and its subject, "واستولى التنظيم على"; "عليه", the ground named before it, "الذي استولى عليه
        // الحوثيون", is left be)
        int k = PastTimeAndSubject(s, t.LastToken + 1, numbers: false);
        if (k >= s.EndToken || Tokens[k].Norm != "علي") return false;
        k++;
        // ("على عدد من البلدات", "على أحد المواقع", "على 3 مواقع", 'على "مناطق ذات أهمية"', "على أكثر من مليون طن")
        while (k + 1 < s.EndToken && (Tokens[k].NormWithoutWa is "عدد" or "المزيد" or "اكثر" or "كل" or "كامل" or "جميع" or "بعض" or "معظم" or "اغلب" or "من" or "ما"
                   or "احد" or "احدي" || Tokens[k].Kind == TokenKind.Number || Tokens[k].Surface is "\"" or "«" or "“" or "'")) k++;
        if (k >= s.EndToken) return false;
        if (Within(_places, p => p.FirstToken, k, k + 1).Any()) return false;
        return !GroundWords.Contains(Tokens[k].LemmaWithoutArticle) && !GroundWords.Contains(Tokens[k].NormWithoutArticle);
    }

    // ("بمظاهرة بحرية يقودها الرئيس", "مظاهرة عسكرية"; "تعيش المدينة تظاهرة اجتماعية واحتفالية", "تظاهرة ثقافية"): a naval,
    // military or air "demonstration" is a show of force or a parade, and a social, cultural, sports or festive one is a
    // festival — no protest.
    private bool DemonstrationOfAnotherKind(Sentence s, TriggerMention t)
    {
        if (!t.Entries.All(e => e.EventType == "Protests")) return false;
        string noun = Tokens[t.LastToken].LemmaWithoutArticle;
        if (!noun.StartsWith("مظاهر", StringComparison.Ordinal) && !noun.StartsWith("تظاهر", StringComparison.Ordinal)) return false;
        if (WordAfter(s, t) is { } next && OtherDemonstrations.Contains(next)) return true;
        // ("ويعد حضور السياسيين في الموسم الثقافي من أهم خصائص التظاهرة": the one "تظاهرة" of a sentence about a festival
        // or forum is that event, as Maghrebi papers call one)
        if (noun != "تظاهره") return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (FestivalWords.Contains(Tokens[i].NormWithoutWaOrArticle)) return true;
        return false;
    }

    // The word right after the trigger, in its sentence, without و and the article — what tells a trigger's other sense
    // (DemonstrationOfAnotherKind, DisorderNotStrike, UsurpedNotRaped); null at the sentence's end.
    private string? WordAfter(Sentence s, TriggerMention t) =>
        t.LastToken + 1 < s.EndToken ? Tokens[t.LastToken + 1].NormWithoutWaOrArticle : null;

    // (without their article, as GroundWords)
    private static readonly HashSet<string> OtherDemonstrations = new(StringComparer.Ordinal)
    {
        "بحريه", "عسكريه", "جويه", "اجتماعيه", "ثقافيه", "رياضيه", "احتفاليه", "فنيه", "سياحيه", "علميه", "اقتصاديه", "ادبيه",
        "تراثيه", "تسويقيه", "اعلاميه", "عالميه",
    };

    // (without their article: the words of a festival or forum a sentence about one names)
    private static readonly HashSet<string> FestivalWords = new(StringComparer.Ordinal)
    {
        "مهرجان", "منتدي", "موسم", "معرض", "ندوات", "ملتقي", "مسابقه", "عروض",
    };

    // ("وببعض اضرابات الشخصية كحالة البرانويا"): "اضطرابات", disorders of the mind or body, spelt without its ط reads as
    // strikes — the word after it tells which.
    private bool DisorderNotStrike(Sentence s, TriggerMention t) =>
        t.Entries.All(e => e.EventType == "Protests") && Tokens[t.LastToken].LemmaWithoutArticle.StartsWith("اضراب", StringComparison.Ordinal)
        && WordAfter(s, t) is { } next && Disorders.Contains(next);

    // (without their article)
    private static readonly HashSet<string> Disorders = new(StringComparer.Ordinal)
    {
        "شخصيه", "نفسيه", "نفسي", "عقليه", "عقلي", "سلوكيه", "نوم", "اكل", "هضم", "مزاج", "مزاجيه", "هرمونيه", "عصبيه", "غده", "قلق",
        "توحد", "ذاكره", "نطق", "تعلم",
    };

    // ("بعد أن اغتصبوا السلطة", "اغتصاب الأرض"): power, land or rights "raped" were usurped — no one was assaulted.
    private bool UsurpedNotRaped(Sentence s, TriggerMention t) =>
        t.Entries.All(e => e.SubEventType == "Sexual violence") && WordAfter(s, t) is { } next && Usurped.Contains(next);

    private static readonly HashSet<string> Usurped = new(StringComparer.Ordinal)
    {
        "سلطه", "حكم", "شرعيه", "ارض", "اراضي", "حقوق", "حق", "منصب", "دوله", "بلاد", "وطن", "قرار", "ثروات", "ثروه", "اموال", "مال",
        "عرش", "رياسه", "مقدرات", "ممتلكات", "املاك", "سياده", "مدينه", "عاصمه",
    };

    // ("أحبطت قوات حرس الحدود محاولة تسلل 45 شخصا بينهم 12 سودانيا … بطريقة غير مشروعة"): people crossing a border
    // unlawfully, or migrants, "infiltrate" it with no arms — no fight with the guards who stopped them.
    private bool CrossingNotInfiltration(Sentence s, TriggerMention t)
    {
        bool infiltration = false;
        for (int i = t.FirstToken; i <= t.LastToken && !infiltration; i++) infiltration = Tokens[i].Norm.Contains("تسلل", StringComparison.Ordinal);
        if (!infiltration) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (MigrantWords.Contains(Tokens[i].NormWithoutWaOrArticle)) return true;
            if (i + 1 < s.EndToken && Tokens[i].Norm == "غير" && Tokens[i + 1].Norm is "مشروعه" or "شرعيه" or "قانونيه") return true;
        }
        return false;
    }

    private static readonly HashSet<string> MigrantWords = new(StringComparer.Ordinal)
    {
        "مهاجرين", "مهاجرا", "مهاجر", "مهاجرون", "هجره", "لاجيين", "لاجيا",
    };

    // ("والمخدرة باتت بأيدي المقاومة", "ثلاثة أرباع المدينة باتت في أيدي الثوار"): what "came to be in the hands" of a
    // side is ground taken only when it is ground — a place or a word of ground before the verb, no other thing its
    // subject ("وهذا السلاح أصبح بيد القوى المسيطرة", "مصير الولايات المتحدة أصبح بيد عائلتين") — and the hands an armed
    // side's.
    private bool InHandsNotOfGround(Sentence s, TriggerMention t)
    {
        if (!t.Entries.All(e => e.IsTerritory) || Tokens[t.FirstToken].NormWithoutWa is not ("اصبحت" or "اصبح" or "باتت" or "بات" or "صارت" or "صار")
            || !Enumerable.Range(t.FirstToken, t.LastToken - t.FirstToken + 1).Any(k => Tokens[k].Norm is "بيد" or "يد" or "بايدي" or "ايدي")) return false;
        if (!Within(_actors, a => a.FirstToken, t.LastToken + 1, t.LastToken + 2).Any(a => a.Actor.Inter is 1 or 2 or 3 or 8)) return true;
        // (nor a share of a town, "ثلاثة أرباع المدينة باتت في أيدي الثوار": who holds how much is the state of a battle)
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 4); i < t.FirstToken; i++)
            if (Tokens[i].NormWithoutWaOrArticle is "ارباع" or "ربع" or "نصف" or "ثلث" or "ثلثي" or "معظم" or "غالبيه" or "اغلب" or "اجزاء" or "جزء") return true;
        int k = t.FirstToken - 1;
        if (k > s.FirstToken && Tokens[k].NormWithoutWa is "هذا" or "هذه" or "ذلك" or "تلك") k--;
        bool ground(int i) => Within(_places, p => p.FirstToken, Math.Max(s.FirstToken, i - 3), i + 1).Any(p => p.LastToken >= i)
                              || GroundWords.Contains(Tokens[i].LemmaWithoutArticle);
        if (k >= s.FirstToken && Tokens[k].Form.Analysis is { HasArticle: true } && !Tokens[k].HasPrepositionClitic && !ground(k)) return true;
        for (int i = k; i >= Math.Max(s.FirstToken, t.FirstToken - 12); i--)
        {
            if (Tokens[i].Surface is "." or ":" or "؛") break;
            if (ground(i)) return false;
        }
        return true;
    }

    // ("تطالب بحماية دولية للفلسطينيين من هجمات المستوطنين", "اتخاذ إجراءات لحماية المواطنين من اعتداءات المستوطنين"):
    // acts one asks protection from are feared in general, not one that happened.
    private bool ProtectionFrom(Sentence s, TriggerMention t)
    {
        if (t.Entries.Any(e => e.Pos == "verb") || t.FirstToken - 1 <= s.FirstToken || Tokens[t.FirstToken - 1].Norm != "من") return false;
        for (int k = t.FirstToken - 2; k >= Math.Max(s.FirstToken, t.FirstToken - 7); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Tokens[k].LemmaWithoutArticle == "حمايه") return true;
        }
        return false;
    }

    // ("لدعم الحكومة الصومالية في مواجهة المتمردين", "للدفاع عن مقاتلي المعارضة … في مواجهة أي مهاجمين"): "في مواجهة"
    // with a noun in construct after it is "against" — no confrontation told ("في مواجهة مع", "في مواجهة مسلحة" may be one).
    private bool FacingAsAgainst(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || t.FirstToken <= s.FirstToken || t.LastToken + 1 >= s.EndToken) return false;
        if (Tokens[t.FirstToken].Norm != "مواجهه" || Tokens[t.FirstToken - 1].NormWithoutWa != "في") return false;
        var next = Tokens[t.LastToken + 1];
        return next.Kind == TokenKind.ArabicWord && next.Norm != "مع" && !ConfrontationAdjectives.Contains(next.NormWithoutArticle);
    }

    private static readonly HashSet<string> ConfrontationAdjectives = new(StringComparer.Ordinal)
    {
        "مسلحه", "عنيفه", "داميه", "مباشره", "ضاريه", "شرسه", "قويه",
    };

    // ("انشغال الناس بمتابعة أخبار معارك التصدي لـ«داعش» الإرهابي في عدد من المدن العراقية"): acts told in "a number of" or
    // "various" towns, the sentence naming none of them, sum up many days and places — no one act.
    // (a noun of the act only: "سيطرت القوات على عدد من البلدات" tells one taking)
    private bool InSeveralTowns(Sentence s, TriggerMention t)
    {
        if (t.Entries.Any(e => e.Pos == "verb" || e.IsTerritory)) return false;
        for (int k = t.LastToken + 1; k + 2 < s.EndToken && k <= t.LastToken + 10; k++)
        {
            if (StopOutsideQuotes(k)) return false;
            bool several = Tokens[k].NormWithoutWa == "عدد" && Tokens[k + 1].Norm == "من" && PlacesPlural.Contains(Tokens[k + 2].NormWithoutArticle)
                           || Tokens[k].NormWithoutWa is "مختلف" or "شتي" && PlacesPlural.Contains(Tokens[k + 1].NormWithoutArticle);
            if (several) return !Within(_places, p => p.FirstToken, t.LastToken + 1, s.EndToken).Any(p => p.Place is not null && !IsCountry(p));
        }
        return false;
    }

    private static readonly HashSet<string> PlacesPlural = new(StringComparer.Ordinal)
    {
        "مدن", "مناطق", "محافظات", "بلدات", "قري", "احياء", "ولايات", "مديريات", "جبهات",
    };

    // ("ويدعم التحالف المقاتلين المناهضين للحوثيين بضربات جوية وبالتدريب العسكري"): the strikes, arms or fire a side is
    // said to back another with, in the present, tell how it helps — no one strike.
    private bool SupportsWith(Sentence s, TriggerMention t)
    {
        if (!Tokens[t.FirstToken].HasProclitic("ب") && !(t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm == "ب")) return false;
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 8); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (SupportingVerbs.Contains(Tokens[k].NormWithoutWa)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> SupportingVerbs = new(StringComparer.Ordinal)
    {
        "يدعم", "تدعم", "يدعمون", "يساند", "تساند", "يساندون", "يمد", "تمد", "يمدون", "يزود", "تزود", "يزودون",
    };

    // ("معربا عن ثقته في كفاءة وقدرة الأجهزة الأمنية … على كشف ملابسات هذه الجريمة، والقبض على الجناة", "قدرة النظام على
    // استخدام السلاح الكيميائي", "أن يمكن … رجال الأمن من القبض على هؤلاء المجرمين"): an act a side is able — or is to be
    // enabled — to do, right after the "على" or "من" of the ability or joined by و to what follows it, is none done.
    private bool AbleTo(Sentence s, TriggerMention t)
    {
        if (t.FirstToken <= s.FirstToken) return false;
        bool joined = Tokens[t.FirstToken].StartsWithWa;
        for (int j = t.FirstToken - 1, commas = 0; j > s.FirstToken && j >= t.FirstToken - 14; j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation && !Tokens[j].IsComma) return false;
            if (Tokens[j].IsComma && ++commas > 2) return false;
            // (or the act two words on, what the ability is over: "قدرة على ضبط حدودها والتصدي لعمليات التسلل")
            if (j < t.FirstToken - 3 && !joined) return false;
            // (and what a side is about to do: "المقاومة على وشك تحقيق الحسم في محافظة لحج، جنوب البلاد، واستعادة السيطرة
            // على قاعدة العند")
            if (Tokens[j].Norm == "وشك" && j - 1 >= s.FirstToken && Tokens[j - 1].Norm == "علي") return true;
            if (Tokens[j].Norm is not ("علي" or "من")) continue;
            // (the ability's owner may be long and quoted: "أن تتمكن «حكومة خادم الحرمين الشريفين ورجال الأمن البواسل في
            // الجهات الأمنية من القبض")
            for (int k = j - 1, words = 0; k >= s.FirstToken && words < 12; k--)
            {
                if (StopOutsideQuotes(k)) break;
                if (Tokens[k].Kind == TokenKind.Punctuation) continue;
                words++;
                if (AbilityWords.Contains(Tokens[k].NormWithoutWaOrArticle)) return true;
            }
        }
        return false;
    }

    // (the ability, its owner after it: "قدرة الأجهزة الأمنية على", "قدرته على"; enabling: "أن يمكن الحكومة من", "تمكين
    // الميليشيا من" — not "تمكنت القوات من", which tells the act managed)
    private static readonly HashSet<string> AbilityWords = new(StringComparer.Ordinal)
    {
        "قدره", "قدرته", "قدرتها", "قدرتهم", "قدرات", "قدراته", "قدراتها", "قدراتهم", "مقدره", "مقدرته", "مقدرتها", "كفاءه",
        // (the adjective: "طهران قادرة على أن تكون جزءا من الفوضى")
        "قادر", "قادره", "قادرون", "قادرين", "قادرا",
        "يمكن", "يمكنها", "يمكنه", "يمكنهم", "تمكين",
        // (what one prays or hopes a side will manage: "داعيا الله أن تتمكن … الجهات الأمنية من القبض على هؤلاء المجرمين")
        "تتمكن", "يتمكن", "تتمكنوا", "يتمكنوا",
    };

    // A noun of an act named with كـ within ten tokens before the trigger, only commas between: the trigger is one more kind
    // in its list.
    private bool ListedAfterSuchAs(Sentence s, TriggerMention t)
    {
        for (int k = t.FirstToken - 1; k >= Math.Max(s.FirstToken, t.FirstToken - 10); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && !Tokens[k].IsComma) return false;
            if (SuchAs(Tokens[k]) && Within(_triggers, o => o.FirstToken, k, k + 1).Any(o => o.Entries.All(e => e.Pos != "verb"))) return true;
        }
        return false;
    }

    // كـ before a verbal noun: the segmenter's, or the letters of one it may not split — كـ before the article, a تفعيل
    // noun ("كتفريق") or an افتعال one ("كاعتقال"); no trigger word opens so ("كمين", "كاتيوشا", "كيماوي" do not).
    private static bool SuchAs(Token word)
    {
        if (word.HasProclitic("ك")) return true;
        string w = word.NormWithoutWa;
        return w.Length > 4 && (w.StartsWith("كال", StringComparison.Ordinal) || w.StartsWith("كت", StringComparison.Ordinal)
                                || w.StartsWith("كا", StringComparison.Ordinal) && !w.StartsWith("كات", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> DestroyedWeaponVerbs = new(StringComparer.Ordinal)
    {
        "استهدف", "استهدفت", "استهدفوا", "دمر", "دمرت", "دمروا", "تدمير", "استهداف", "اصاب", "اصابت", "اعطب", "اعطبت",
    };

    // (guns and launchers, with no article: what a strike destroys)
    private static readonly HashSet<string> LauncherWords = new(StringComparer.Ordinal)
    {
        "مدفع", "مدفعا", "مدافع", "منصه", "منصات", "منصتي", "راجمه", "راجمات", "دبابه", "دبابات", "مدرعه", "مدرعات",
    };

    // "احتجز" detains people only when what it holds is people: not identity cards, buses, a ship or the dead's bodies
    // ("واحتجزت هوياتهم الشخصية عند الأبواب", "احتجزوا 10 حافلات", "تحتجز جثامين الشهداء"), nor "a foothold for itself"
    // ("احتجز لنفسه موطئ قدم").
    private bool HeldThings(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !Tokens[t.FirstToken].NormWithoutWa.Contains("حتجز", StringComparison.Ordinal)) return false;
        // (past when and its subject, "واحتجزت الشرطة أمس"; a number, "10 حافلات")
        int k = PastTimeAndSubject(s, t.LastToken + 1, numbers: true);
        if (k >= s.EndToken) return false;
        if (Tokens[k].NormWithoutWa is "لنفسه" or "لنفسها" or "لنفسهم") return true;
        string noun = Tokens[k].LemmaWithoutArticle;
        return ThingsHeld.Contains(noun) || ThingsHeld.Contains(Tokens[k].NormWithoutArticle);
    }

    // (without their article, as GroundWords)
    private static readonly HashSet<string> ThingsHeld = new(StringComparer.Ordinal)
    {
        "هويه", "هويات", "بطاقه", "بطاقات", "جواز", "جوازات", "وثايق", "اوراق", "حافله", "حافلات", "سياره", "سيارات", "شاحنه",
        "شاحنات", "سفينه", "سفن", "ناقله", "ناقلات", "قارب", "قوارب", "مركب", "اموال", "جثمان", "جثامين", "جثه", "جثث", "بضايع", "شحنه",
        "شحنات", "معدات", "اجهزه", "هواتف",
    };

    // The first token from k that is not a verb's time (a date, a part of the day, "أمس", a comma), its subject (an actor
    // mention) or, when asked, a number: where the verb's object starts (SeizedNoGround, HeldThings).
    private int PastTimeAndSubject(Sentence s, int k, bool numbers)
    {
        while (k < s.EndToken)
        {
            if (InADate(k) || DayParts.Contains(Tokens[k].Norm) || Tokens[k].IsComma || Tokens[k].Norm is "امس" or "اليوم"
                || numbers && Tokens[k].Kind == TokenKind.Number) k++;
            else if (ActorAt(k) is { } subject) k = subject.LastToken + 1;
            else break;
        }
        return k;
    }

    // (without their article: the test looks them up after DefiniteArticle.Off)
    private static readonly HashSet<string> GroundWords = new(StringComparer.Ordinal)
    {
        "مناطق", "منطقه", "مواقع", "موقع", "موقعا", "اراض", "اراضي", "ارض", "حي", "احياء", "مدينه", "مدن", "بلده", "بلدات", "قريه", "قري",
        "جبل", "جبال", "تله", "تلال", "مرتفعات", "مطار", "قاعده", "ميناء", "معسكر", "مديريه", "مديريات", "محافظه", "عاصمه",
        "مساحات", "مساحه", "نقاط", "نقطه", "مراكز", "مركز", "ثكنه", "معبر", "طريق", "جزيره", "شبه", "ولايه", "اقليم", "بلدتي", "مدينتي",
        "قريتي", "حيي", "شارع", "جيب", "معاقل", "معقل", "مقر", "مقرات", "قواعد", "ثكنات", "مبني", "مباني", "معسكرات",
        "مخيم", "مخيمات", "ضاحيه", "قلعه", "قصر", "مجمع",
    };

    // ("الحملات المغرضة التي تستهدف الإمارات", "حملة إعلامية تستهدف السعودية"): a campaign of words — malicious, of the
    // media, of incitement — that targets a state is no attack on it.
    private bool CampaignOfWords(Sentence s, TriggerMention t)
    {
        bool campaign = false, ofWords = false;
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 4); k < t.FirstToken; k++)
        {
            string w = Tokens[k].NormWithoutWaOrArticle;
            if (w is "حمله" or "حملات") campaign = true;
            else if (campaign && w is "مغرضه" or "اعلاميه" or "تحريضيه" or "دعائيه" or "تشويه" or "تضليل" or "تضليليه") ofWords = true;
        }
        // ("وشن محبو الحيوانات حملة احتجاج دولية ضد الصيد": a campaign of protest across the world is a cause taken up,
        // no demonstration at a place)
        if (!ofWords && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].NormWithoutWaOrArticle is "حمله" or "حملات"
            && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].NormWithoutWaOrArticle is "دوليه" or "عالميه"
            && t.Entries.All(e => e.EventType == AcledTaxonomy.Protests))
            return true;
        return ofWords || OnSocialMedia(s, t);
    }

    // ("أنشأ مغردون وسما … وشنوا هجوما على نائب رئيس شرطة دبي"): an attack — the noun, not a strike — launched in a
    // sentence of tweeters and hashtags is one of words.
    private bool OnSocialMedia(Sentence s, TriggerMention t)
    {
        // (most articles name no tweeter: one look at the text, once per document)
        _tweeted ??= Document.Text.Contains("مغرد", StringComparison.Ordinal) || Document.Text.Contains("وسم", StringComparison.Ordinal)
                     || Document.Text.Contains("هاشتا", StringComparison.Ordinal);
        if (_tweeted == false || !t.Entries.All(e => e.EventType == AcledTaxonomy.Battles || e.SubEventType == "Attack")) return false;
        bool attackNoun = false;
        for (int k = t.FirstToken; k <= t.LastToken; k++)
            if (Tokens[k].LemmaWithoutArticle is "هجوم" or "هجوما" or "هجمات" or "هجمه" || Tokens[k].NormWithoutWa.Contains("هاجم", StringComparison.Ordinal)) attackNoun = true;
        if (!attackNoun) return false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (SocialMediaWords.Contains(Tokens[k].NormWithoutWaOrArticle)) return true;
        return false;
    }

    private bool? _tweeted;

    // (the tweeters and their hashtags, not the platform: "دان دبلوماسي على تويتر الهجمات التي نفذها" tells real attacks)
    private static readonly HashSet<string> SocialMediaWords = new(StringComparer.Ordinal)
    {
        "مغردون", "مغردين", "مغرد", "وسم", "وسما", "هاشتاق", "هاشتاغ",
    };

    // "تقدم" tells of ground gained only as a military advance: not progress in relations or on a front of policy ("ما حصل
    // من تقدم على صعيد العلاقات", "أشاد بالتقدم الذي تحقق على الصعيدين العسكري والتنموي", "مؤشر على مدى التقدم"), not
    // the verb of undertaking ("ما تقدم عليه القاعدة") or of giving ("المدد الذي كانت تقدمه لها الجماعة"), and not an
    // advance others set out to slow or fear ("زرعوا الألغام لإعاقة تقدم الجيش", "يتخوفون من تقدم داعش").
    private bool NoAdvance(Sentence s, TriggerMention t)
    {
        var word = Tokens[t.FirstToken];
        string bare = word.HasProclitic("ب") ? DefiniteArticle.Off(word.NormWithoutWa[1..]) : word.NormWithoutWaOrArticle;
        if (!(bare.StartsWith("تقدم", StringComparison.Ordinal) || bare.StartsWith("يتقدم", StringComparison.Ordinal) || bare.StartsWith("تتقدم", StringComparison.Ordinal))
            || !t.Entries.All(e => e.SubEventType == AcledTaxonomy.ArmedClash && e.Weak)) return false;
        for (int k = t.LastToken + 1; k < s.EndToken && k <= t.LastToken + 3; k++)
            if (Tokens[k].NormWithoutWa is "صعيد" or "الصعيد" or "الصعيدين" or "صعيدي" or "العلاقات" or "علاقات") return true;
        if (t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Norm is "عليه" or "عليها" or "عليهم" or "عليهما") return true;
        bool pronoun = word.Form.Analysis is { Enclitic: not null };
        for (int k = Math.Max(s.FirstToken, t.FirstToken - 2); k < t.FirstToken; k++)
        {
            string w = Tokens[k].NormWithoutWa;
            if (pronoun && w is "الذي" or "التي" or "ما" && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].HasProclitic("ل")) return true;
            if (w is "مدي" or "اشاد" or "اشادت" or "يشيد" or "تشيد" or "مشيدا" or "مشيده" or "لاعاقه" or "اعاقه" or "لعرقله" or "عرقله" or "لتاخير"
                or "تاخير" or "لابطاء" or "ابطاء") return true;
            // (the fear a few words before, its subject and an aside between: "يتخوف أهالي الأحياء الخاضعة لسيطرة قوات
            // الأسد، بشكل كبير، من تقدم")
            if (w == "من" && k == t.FirstToken - 1)
                for (int j = k - 1; j >= s.FirstToken && j >= k - 12 && (Tokens[j].Kind != TokenKind.Punctuation || Tokens[j].IsComma); j--)
                    // (the segmenter may keep و on a verb it does not know: "ويتخوف")
                    if (Tokens[j].NormWithoutWa is var f && (f.Length > 4 && f[0] == 'و' ? f[1..] : f) is "يتخوف" or "يتخوفون" or "تخوف" or "مخاوف" or "يخشي" or "يخشون" or "تخشي" or "خوفا" or "قلق" or "خشيه") return true;
        }
        return false;
    }

    // The words an accord kept, carried out or broken stands after: "بالالتزام بالاتفاق", "خرق اتفاق", "باحترام الهدنة".
    private static readonly HashSet<string> AccordInForce = new(StringComparer.Ordinal)
    {
        "الالتزام", "بالالتزام", "التزام", "تنفيذ", "بتنفيذ", "لتنفيذ", "خرق", "خرقا", "بخرق", "انتهاك", "انتهاكا", "بانتهاك", "تطبيق", "بتطبيق",
        "احترام", "باحترام", "لاحترام",
    };

    // The words an act done under an accord stands after: "بموجب اتفاق", "وفقا لاتفاق", "تطبيقا لاتفاق".
    private static readonly HashSet<string> UnderAnAccord = new(StringComparer.Ordinal) { "بموجب", "وبموجب", "وفقا", "وفق", "تطبيقا", "طبقا" };

    private bool AmongItsSuccesses(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 10); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (SuccessNouns.Contains(Tokens[i].Norm) && i + 2 < t.FirstToken && Tokens[i + 1].Norm is "التي" or "الذي"
                && Tokens[i + 2].Norm.StartsWith("حقق", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private bool Habitual(Sentence s, TriggerMention t)
    {
        int rel = t.LastToken + 1;
        // ("في اعتداءات يشنها إرهابيون فلسطينيون على المواطنين": acts with no article that the verb right after them says
        // someone carries out — "يشنها", "تنفذها" — are his habit too)
        if (rel < s.EndToken && HabitVerbs.Contains(Tokens[rel].Norm) && Tokens[rel].Norm.EndsWith("ها", StringComparison.Ordinal)
            && t.Entries.All(e => e.Pos != "verb") && Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }
            && !Tokens[t.FirstToken].Lemma.StartsWith("ال", StringComparison.Ordinal))
            return NoOneHurtNorADay(s);
        if (rel + 1 >= s.EndToken || Tokens[rel].Norm is not ("التي" or "الذي") || !HabitVerbs.Contains(Tokens[rel + 1].Norm)) return false;
        if (Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true } && !Tokens[t.FirstToken].Lemma.StartsWith("ال", StringComparison.Ordinal)) return false;
        return NoOneHurtNorADay(s);
    }

    // The sentence tells of no one killed or hurt and gives no date: what it says a side does, or did, is its habit.
    private bool NoOneHurtNorADay(Sentence s) =>
        _cues.Find(CueClass.Killed, s.FirstToken, s.EndToken) is null && _cues.Find(CueClass.Injured, s.FirstToken, s.EndToken) is null
        && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any();

    private bool UsedToDo(Sentence s, TriggerMention t)
    {
        for (int v = t.FirstToken; v >= Math.Max(s.FirstToken + 1, t.FirstToken - 4); v--)
        {
            if (!ImperfectActVerbs.Contains(Tokens[v].Norm)) continue;
            int was = -1;
            for (int k = v - 1; k >= Math.Max(s.FirstToken, v - 4) && was < 0; k--)
                if (Tokens[k].Norm is "كان" or "كانت" or "كانوا" or "وكان" or "وكانت" or "وكانوا") was = k;
            if (was < 0) return false;
            // (not what was going on when something else happened, "بينما كانت طائرات التحالف تقصف", nor what a source
            // says a side was doing, "إن القوات السورية كانت تستهدف مواقع لتنظيم داعش")
            for (int k = was - 1; k >= Math.Max(s.FirstToken, was - 4); k--)
                if (Tokens[k].Norm is "بينما" or "فيما" or "عندما" or "حين" or "حينما" or "لما" or "اذ" or "وقت" or "ان" or "بان" or "انه" or "انها") return false;
            return NoOneHurtNorADay(s);
        }
        return false;
    }

    // (imperfects of firing, shelling, striking and attacking: "كانت تطلق", "كانوا يقصفون")
    private static readonly HashSet<string> ImperfectActVerbs = new(StringComparer.Ordinal)
    {
        "تطلق", "يطلق", "يطلقون", "تقصف", "يقصف", "يقصفون", "تستهدف", "يستهدف", "يستهدفون", "تشن", "يشن", "يشنون",
        "تهاجم", "يهاجم", "يهاجمون", "تقتحم", "يقتحم", "يقتحمون",
    };

    private bool RecentSeries(Sentence s, TriggerMention t)
    {
        // ("بالتزامن مع الضربات الجوية الناجحة التي وجهها مؤخرا القوات الجوية": strikes, in the plural, told as those
        // made lately, with no day: a summary of recent acts)
        if (Tokens[t.FirstToken] is { Form.Analysis.HasArticle: true } first && first.Norm.EndsWith("ات", StringComparison.Ordinal)
            && Enumerable.Range(t.LastToken + 1, Math.Max(0, Math.Min(s.EndToken, t.LastToken + 7) - t.LastToken - 1)).Any(i => Tokens[i].Norm is "موخرا" or "مؤخرا")
            && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any()) return true;
        if (t.FirstToken - 2 < s.FirstToken || Tokens[t.FirstToken - 1].Norm != "من" || Tokens[t.FirstToken - 2].Norm is not ("سلسله" or "موجه")) return false;
        for (int i = t.FirstToken - 3; i >= Math.Max(s.FirstToken + 1, t.FirstToken - 8); i--)
            if (Tokens[i].Norm is "الاخيره" or "الماضيه" && Tokens[i - 1].Norm is "الاونه" or "الفتره" or "الاشهر" or "الاسابيع" or "الايام" or "السنوات")
                return true;
        return false;
    }

    private static readonly HashSet<string> HabitVerbs = new(StringComparer.Ordinal)
    {
        "ترتكب", "يرتكب", "ترتكبها", "يرتكبها", "تنفذ", "ينفذ", "تنفذها", "ينفذها", "تشن", "يشن", "تشنها", "يشنها",
        "تمارس", "يمارس", "تمارسها", "يمارسها", "يرتكبونها", "ينفذونها", "يشنونها", "يمارسونها",
    };

    private static readonly HashSet<string> SuccessNouns = new(StringComparer.Ordinal)
    {
        "النجاحات", "والنجاحات", "نجاحات", "الانتصارات", "والانتصارات", "انتصارات", "الانجازات", "والانجازات", "انجازات", "المكاسب", "والمكاسب", "الانتصار", "النجاح", "الانجاز",
    };

    /// <summary>The sentence tells that the place was left under a deal: "إثر (انتهاء عملية) إجلاء", "بعد خروج المسلحين", "بموجب اتفاق".</summary>
    public bool TakenWithoutFight(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i < s.EndToken; i++)
        {
            // ("بموجب اتفاق", "وفقا لاتفاق", "تطبيقا لاتفاق", "في إطار اتفاق")
            if (Tokens[i].Lemma is "اتفاق" or "اتفاقيه" or "تسويه" or "مصالحه" && i > s.FirstToken
                && (UnderAnAccord.Contains(Tokens[i - 1].Norm) || Tokens[i - 1].Norm == "اطار")) return true;
            // ("وغادرت آخر مجموعة من المقاتلين وعائلاتهم جوبر وزملكا": fighters who leave with their families are evacuated
            // under a deal, the way besieged towns were emptied)
            // (the leavers' own phrase, a few words on; not the deals of "بعد اتفاقات انسحاب منحت الحكومة بموجبها مقاتلي
            // المعارضة وأسرهم", which tell what deals once allowed)
            if (Tokens[i].Lemma is "عايلات" or "اسر" && Tokens[i].StartsWithWa && i - t.LastToken <= 6
                && !(t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm.StartsWith("اتفاق", StringComparison.Ordinal))
                && Enumerable.Range(Math.Max(t.LastToken + 1, i - 3), Math.Max(0, i - Math.Max(t.LastToken + 1, i - 3))).Any(k => Tokens[k].Norm.Contains("مقاتل") || Tokens[k].Norm.Contains("مسلح"))) return true;
            if (!DepartureWords.Contains(Tokens[i].Lemma)) continue;
            // ("بعد أسبوع من تسليم المعارضة الحي": a handover a week before is another event)
            for (int k = Math.Max(t.LastToken + 1, i - 4); k < i; k++)
                if (Tokens[k].Lemma is "اثر" or "بعد" or "عقب" or "اعقاب" && !Enumerable.Range(k + 1, i - k - 1).Any(j => DurationWords.Contains(Tokens[j].Lemma)))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// A verb of agreeing followed by "على" and a truce or a surrender ("وافقت على وقف إطلاق النار", "موافقة حماس
    /// والجهاد على التهدئة", "ووافق مسلحون … على الاستسلام"), not a deal of another kind.
    /// </summary>
    public bool AgreedToTruce(Sentence s, TriggerMention t)
    {
        var (_, end) = Clause(s, t);
        // (the agreeing side and where it stands may come between: "ووافق مسلحون في أكبر المناطق المحاصرة … على الاستسلام")
        for (int i = t.LastToken + 1; i + 1 < Math.Min(end, t.LastToken + 20); i++)
        {
            if (Tokens[i].Norm != "علي" && Tokens[i].Norm != "على") continue;
            var next = Tokens[i + 1];
            if (next.Lemma is "هدنه" or "تهدئه" or "استسلام"
                || next.Lemma == "وقف" && i + 2 < end && Tokens[i + 2].Lemma is "اطلاق" or "القتال" or "قتال" or "العمليات" or "عمليات" or "الاعمال" or "اعمال" or "النار")
                return true;
        }
        return false;
    }

    // Leaving a place under a deal: evacuation, departure, handover (a withdrawal, "انسحاب", often follows a fight).
    private static readonly HashSet<string> DepartureWords = new(StringComparer.Ordinal)
    {
        "اجلاء", "خروج", "تسليم", "ترحيل", "مغادره", "رحيل",
    };

    /// <summary>
    /// The interception a strike's weapon is the object of: an interception verb before it in its clause (اعترضت،
    /// تصدت الدفاعات، أسقطت) whose subject is the strike's agent ("اعترضت الدفاعات الجوية السعودية صاروخا").
    /// </summary>
    public TriggerEntry? InterceptionOf(Sentence s, TriggerMention strike, ActorMention? agent)
    {
        // (an interceptor is a state's force: "أحبطت أجهزة الأمن محاولة مهاجم انتحاري" names the bomber after the verb)
        if (agent is not { Actor.IsState: true }) return null;
        foreach (var u in Within(_triggers, u => u.FirstToken, Math.Max(s.FirstToken, strike.FirstToken - 12), strike.FirstToken))
        {
            if (u.LastToken >= strike.FirstToken || PunctuationBetween(u.LastToken, agent.FirstToken) && agent.FirstToken > u.LastToken) continue;
            if (u.Entries.FirstOrDefault(e => e.SubEventType == "Disrupted weapons use" && e.Pos is "verb" or "phrase") is not { } stop) continue;
            // (not a verb of destroying, "دمرت وتصدت لقسم من صواريخ الجيش الإسرائيلي": the strike stands, the interception its
            // phrase's — "تصدت الدفاعات")
            if (u.FirstToken == u.LastToken && DestroyingWords.Contains(Tokens[u.FirstToken].Lemma)) continue;
            // the agent names the interceptor: right after the verb (VSO) or inside the phrase ("تصدت الدفاعات الجوية")
            if (agent.FirstToken >= u.FirstToken && agent.LastToken < strike.FirstToken) return stop;
        }
        return null;
    }

    // A state's protest: a note, letter or cable of protest, or the singular noun with a nation's adjective.
    private bool DiplomaticProtest(Sentence s, TriggerMention t)
    {
        if (t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Lemma is "مذكره" or "مذكرات" or "رساله" or "رسايل" or "برقيه" or "خطاب" or "خطابا") return true;
        // the singular noun with a nation's adjective (the plural, "احتجاجات إيرانية", is crowds)
        return t.FirstToken == t.LastToken && Tokens[t.FirstToken].Lemma == "احتجاج" && t.LastToken + 1 < s.EndToken
               && _catalog.AdjectiveMatcher.LongestAt(Tokens, t.LastToken + 1) is not null;
    }

    private bool ShareOfAToll(Sentence s, TriggerMention t)
    {
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 8); i < t.FirstToken; i++)
        {
            var lemma = Tokens[i].LemmaWithoutArticle;
            if (lemma is not ("غالبيه" or "معظم" or "اغلب" or "اغلبيه")) continue;
            if (Tokens[i].Form.Analysis is { Enclitic: "هم" or "هن" }) return true;
            for (int k = i + 1; k < Math.Min(t.FirstToken, i + 4); k++)
                if (Tokens[k].Norm is "هولاء" or "منهم" or "منهن") return true;
        }
        return false;
    }

    private static readonly HashSet<string> AwaitingOrRequiring = new(StringComparer.Ordinal)
    {
        "تنتظر", "ينتظر", "تنتظران", "ينتظران", "ينتظرون", "انتظار", "بانتظار", "يترقب", "تترقب", "يترقبون",
        "يحتم", "تحتم", "يستوجب", "تستوجب", "يتطلب", "تتطلب", "يستدعي", "تستدعي",
    };

    // The costs, crimes or phenomenon an act is named as a kind of (the word right before it).
    private static readonly HashSet<string> ActsInGeneralHeads = new(StringComparer.Ordinal)
    {
        "تكاليف", "تكلفه", "كلفه", "نفقات", "جرايم", "ظاهره",
    };

    // A right to something, held by whoever follows it ("حق الفلسطينيين في", "حقهم في", "الحق في").
    private static readonly HashSet<string> RightWords = new(StringComparer.Ordinal)
    {
        "حق", "الحق", "بحق", "حقهم", "حقه", "حقها", "حقنا", "حقوق", "بحقهم", "بحقه", "بحقها",
    };

    private static readonly HashSet<string> PermittingWords = new(StringComparer.Ordinal)
    {
        "سمح", "سمحت", "سمحوا", "يسمح", "تسمح", "يسمحون", "سماح", "اذن", "اذنت", "ياذن", "تاذن", "ترخيص", "رخصت",
    };

    private static readonly HashSet<string> UrgingVerbs = new(StringComparer.Ordinal)
    {
        "حث", "حثت", "حثوا", "يحث", "تحث", "يحثون", "حض", "حضت", "يحض", "تحض", "شجع", "شجعت", "يشجع", "تشجع", "حرض", "حرضت", "يحرض", "تحرض",
    };

    private static readonly HashSet<string> PractisingVerbs = new(StringComparer.Ordinal)
    {
        "يستخدم", "تستخدم", "يستخدمون", "يمارس", "تمارس", "يمارسون", "ينتهج", "تنتهج", "ينتهجون", "يعتمد", "تعتمد",
    };

    // What a war or a campaign starts with: "منذ بدء الهجوم", "منذ اندلاع النزاع", "منذ الانقلاب".
    private static readonly HashSet<string> BeginningWords = new(StringComparer.Ordinal)
    {
        "انطلاق", "بدء", "بدايه", "اندلاع", "بدا", "انقلاب",
        // ("منذ محاولة الانقلاب التي قتل فيها 250 شخصا")
        "محاوله",
        // ("منذ مطلع أغسطس": since the start of a month or a season — not "منذ منتصف الليل", since midnight)
        "مطلع", "اوايل", "بدايات",
    };

    private static readonly HashSet<string> BeginningVerbs = new(StringComparer.Ordinal)
    {
        // (matched on Norm, which writes أ as ا: "بدأت" is "بدات")
        "بدات", "بدا", "اندلعت", "اندلع", "انطلقت", "انطلق",
    };

    // "منذ قيام" / "منذ إقدام" earlier in the trigger's clause (no punctuation between).
    private bool SinceAnUndertaking(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i > s.FirstToken && i >= t.FirstToken - 16; i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i - 1].NormWithoutWa == "منذ" && Tokens[i].Norm is "قيام" or "اقدام") return true;
        }
        return false;
    }

    // Ranks that make "منذ" a record of one act: "أعنف هجوم منذ", "الحصيلة الأكثر دموية منذ", "لأول مرة منذ".
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "اول", "الاول", "الاولي", "اكثر", "الاكثر", "اعنف", "الاعنف", "اكبر", "الاكبر", "اسوا", "الاسوا", "اعلي", "الاعلي",
        "ادني", "الادني", "اشد", "الاشد", "اخطر", "الاخطر", "اوسع", "الاوسع",
    };

    // A demonstrative right before the trigger ("هذه الغارات"), or a verb of coming ("وتأتي الغارات", "وجاء الهجوم").
    private bool PointedBack(Sentence s, TriggerMention t)
    {
        if (t.FirstToken == s.FirstToken) return false;
        var prev = Tokens[t.FirstToken - 1];
        if (Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }) return false;
        // ("بعد الغارات الغربية، استهدف مقاتلون موالون للنظام القافلة": the strikes after which the sentence's act came
        // are the ones told already — a time, not a report)
        if (prev.Norm is "بعد" or "وبعد" or "عقب" or "وعقب" or "اثر" or "واثر" or "غداه" && AfterTheTimeClause(s, t))
            return true;
        // ("كل هذه العمليات المفخخة والتفجيرات": or at the act noun the trigger qualifies)
        if (QualifiedActNouns.Contains(prev.Norm) && t.FirstToken - 2 >= s.FirstToken) prev = Tokens[t.FirstToken - 2];
        return prev.Norm is "هذه" or "هذا" or "تلك" or "ذلك" or "وهذه" or "وهذا" || ComingVerbs.Contains(prev.Norm) || SiteOfAnActTold(s, t);
    }

    // ("وأغلقت قوات الأمن منطقة الهجوم واعتقلت عددا كبيرا", "هرعت الإسعاف إلى مكان الانفجار"): the site of the act, after
    // an earlier sentence told an act, is that act's site — a place of the story, no act of its own
    private bool SiteOfAnActTold(Sentence s, TriggerMention t)
    {
        if (Tokens[t.FirstToken - 1].LemmaWithoutArticle is not ("منطقه" or "مكان" or "موقع" or "مسرح" or "محيط") || s.FirstToken == 0) return false;
        foreach (var told in Within(_triggers, o => o.FirstToken, 0, s.FirstToken))
            if (!told.IsWeak && told.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.ViolenceAgainstCivilians or AcledTaxonomy.Battles))
                return true;
        return false;
    }

    // Definite act nouns a trigger can stand after as their adjective ("العمليات المفخخة", "السيارة المفخخة").
    private static readonly HashSet<string> QualifiedActNouns = new(StringComparer.Ordinal)
    {
        "العمليات", "العمليه", "الهجمات", "الهجوم", "الاعمال", "السيارات", "السياره", "العبوات", "العبوه", "الاحزمه", "الحزام",
    };

    // "ويأتي استعادة القاعدة الجوية بعد أسابيع على تحرير عدن": a verbal noun made definite by the one it governs, the
    // subject of a verb of coming, is the act told already (whatever its row's part of speech: a noun stands here).
    private bool ComesAsTold(Sentence s, TriggerMention t) =>
        t.FirstToken > s.FirstToken && ComingVerbs.Contains(Tokens[t.FirstToken - 1].Norm) && Tokens[t.FirstToken].Form.Analysis is not { HasArticle: true }
        && t.LastToken + 1 < s.EndToken && Tokens[t.LastToken + 1].Form.Analysis is { HasArticle: true };

    // The sentence goes on past the time phrase to an act of its own: a comma, then a trigger.
    private bool AfterTheTimeClause(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 5); i++)
            if (Tokens[i].IsComma)
                return Within(_triggers, x => x.FirstToken, i + 1, s.EndToken).Any();
        return false;
    }

    // ("تزامنت المواجهات مع شن مقاتلات التحالف غارات": the clashes told before, now timed against another act)
    private static readonly HashSet<string> ComingVerbs = new(StringComparer.Ordinal)
    {
        "تاتي", "ياتي", "وتاتي", "وياتي", "جاءت", "وجاءت", "جاء", "وجاء",
        "تزامنت", "وتزامنت", "تزامن", "وتزامن", "تتزامن", "يتزامن", "ترافقت", "وترافقت", "ترافق", "وترافق",
    };

    // A word of threat or vow earlier in the clause, and the trigger joined to it by ب ("تهديدات … بشن هجوم",
    // "وتوعد الحوثيون بهجمات").
    private bool Threatened(Sentence s, TriggerMention t)
    {
        if (!Tokens[t.FirstToken].HasProclitic("ب")) return false;
        // ("روسيا وجهت تحذيرات، خلال الأيام الماضية، بشن هجوم": past an aside between commas)
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 12); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation && !Tokens[i].IsComma) return false;
            if (ThreatWords.Contains(Tokens[i].Lemma)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ThreatWords = new(StringComparer.Ordinal)
    {
        "تهديد", "تهديدات", "التهديد", "التهديدات", "تهديده", "تهديدها", "تهديداته", "تهديداتها", "هدد", "هددت", "هددوا", "يهدد", "تهدد",
        "يهددون", "مهددا", "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "يتوعدون", "متوعدا", "وعيد", "تلويح", "التلويح", "لوح", "لوحت",
        "يلوح", "تلوح",
        // (warnings of an attack: "وجهت تحذيرات بشن هجوم", "حذرت من شن هجوم")
        "تحذير", "تحذيرات", "التحذير", "التحذيرات", "تحذيرا", "انذار", "انذارات", "انذارا",
    };

    // "وقتل 53 فلسطينيا على يد القوات الإسرائيلية حتى الآن من المشاركين في هذه الاحتجاجات": dead a verb of killing counts
    // "so far", in its own clause, are a running tally, not one day's toll ("لم تتبن أي جهة الهجوم حتى الآن" says nothing
    // of it: a negation between). (Not other acts: "أكبر ضربة صواريخ حتى الآن" is the largest yet, one strike; "معارك
    // أوقعت حتى الآن 25 قتيلا" a battle still going on.)
    private bool TallySoFar(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !KillingVerbs.Passive.Contains(Tokens[t.FirstToken].Lemma)) return false;
        for (int i = t.LastToken + 1; i + 1 < s.EndToken && i <= t.LastToken + 12; i++)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation || token.Norm is "لم" or "لا" or "لن" or "ما") return false;
            if (token.Norm == "حتي" && Tokens[i + 1].Norm is "الان" or "اللحظه") return true;
        }
        return false;
    }

    private bool TallySince(Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i + 1 < s.EndToken; i++)
        {
            if (Tokens[i].Norm is not ("منذ" or "ومنذ")) continue;
            // ("منذ أن بدأت الاحتجاجات يوم 30 مارس": the verb of a beginning)
            int k = i + 1 < s.EndToken - 1 && Tokens[i + 1].Norm == "ان" ? i + 2 : i + 1;
            // "وقتل المئات في قصف جوي ومدفعي عنيف على الغوطة الشرقية منذ 18 فبراير الماضي": dead counted since a day
            // weeks back sum up what has gone on since — not what goes on still ("وتستهدف القوات منذ 19 نيسان مواقع
            // التنظيم" is today's too), not a "since" of a relative clause ("التي بقيت منذ عام 2012 المعقل"), not an
            // arrest, whose "since" is the day it began ("المعتقل منذ 12 مارس"), nor since a day of this week ("قتل 18
            // شخصاً في مواجهات منذ الجمعة" is told, and coded, as that Friday's)
            if (DatedSince(i + 1) is { } since && !AnyArrestOrAbduction(t) && !ImperfectVerb(t) && DeadCountedSince(s, t, i))
            {
                if (Ranked(s, i)) return false;
                return Document.Published is { } pub && since.Precision != DatePrecision.Year && since.Date.DayNumber < pub.DayNumber - 7;
            }
            if (!BeginningWords.Contains(Tokens[k].Lemma) && !BeginningVerbs.Contains(Tokens[k].Norm)) continue;
            if (Ranked(s, i)) return false;
            // (a day after منذ is when the war or campaign began: "منذ بدء الهجوم في 19 أبريل" — only a start in the
            // last three days makes what followed it news: "منذ بدء الهجوم ليل الجمعة حتى فجر السبت")
            return !StartDatedToADay(s, i);
        }
        return false;
    }

    // Dead counted in the sentence before "منذ" (at token since), which follows the trigger in the same clause.
    private bool DeadCountedSince(Sentence s, TriggerMention t, int since)
    {
        if (since - t.LastToken > 10) return false;
        for (int i = t.LastToken + 1; i < since; i++)
            if (Tokens[i].Kind == TokenKind.Punctuation || Tokens[i].Norm is "التي" or "الذي" or "الذين" or "اللتين" or "اللذين") return false;
        return _cues.Find(CueClass.Killed, s.FirstToken, since) is not null;
    }

    // The date that starts right after "منذ", if one does.
    private PartialDate? DatedSince(int at)
    {
        // ("منذ أواخر مارس": the part of the month stands before the date it names)
        if (at < Tokens.Count && ArabicCalendarWords.MonthParts.Contains(Tokens[at].Norm)) at++;
        foreach (var d in Within(_dates, d => d.FirstToken, at, at + 1)) return d.Date;
        return null;
    }

    // (any reading of the trigger, where the local arrestOrAbduction of IsSuppressed asks for all of them)
    private static bool AnyArrestOrAbduction(TriggerMention t) =>
        t.Entries.Any(e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");

    // A number within two words of the trigger: before it ("2041 قنبلة", "150 غارة جوية") or after ("ألقى الطيران 2041 قنبلة").
    private bool Counted(TriggerMention t)
    {
        for (int i = Math.Max(0, t.FirstToken - 2); i <= Math.Min(Tokens.Count - 1, t.LastToken + 2); i++)
            if ((i < t.FirstToken || i > t.LastToken) && Tokens[i].Kind == TokenKind.Number) return true;
        return false;
    }

    private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal)
    {
        "اتفاق", "اتفاقا", "اتفاقيه", "اتفاقات", "اتفاقيات", "اتفاقه", "اتفاقيتين",
    };

    // (without the article: a token is looked up with it taken off)
    private static readonly HashSet<string> WarWords = new(StringComparer.Ordinal)
    {
        "هدنه", "اطلاق", "نار", "قتال", "حرب", "معارك", "مسلحين", "مسلحو", "مقاتلين", "فصايل", "اسري", "اجلاء",
        "انسحاب", "خروج", "تسليم", "تسويه", "مصالحه", "سلام", "تهديه", "حوثيين", "معارضه", "متمردين", "جيش", "قوات",
        "مسلحي", "ميليشيات", "مليشيات", "داعش", "عناصر", "مقاتلي", "مقاتلو", "اخلاء", "ارهابيين", "اسير", "رهاين",
        "محاصرين", "حصار", "محاصره", "اجلاوهم", "اجلاوها", "تصعيد", "توتر", "انسحب", "انسحبت", "انسحبوا",
    };

    private bool AgreementNounIn(TriggerMention t)
    {
        for (int i = t.FirstToken; i <= t.LastToken; i++)
            if (AgreementNouns.Contains(Tokens[i].LemmaWithoutArticle)) return true;
        return false;
    }

    private bool WarWordIn(Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            // (the lemma, and the written form with one clitic and the article off: "لإجلاء", "والمقاتلين")
            string norm = Tokens[i].Norm;
            if (norm.Length > 3 && norm[0] is 'و' or 'ل' or 'ب' or 'ف') norm = norm[1..];
            if (WarWords.Contains(Tokens[i].LemmaWithoutArticle) || WarWords.Contains(DefiniteArticle.Off(norm))) return true;
        }
        return false;
    }

    // "مصدر القذائف", "مصادر قذائف الحوثيين", "منصات إطلاق القذائف", "مصادر إطلاق الصواريخ": a word of source or launcher
    // (and "إطلاق") right before the weapon noun.
    private bool SourceOfFire(Sentence s, TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k > s.FirstToken && Tokens[k].LemmaWithoutArticle == "اطلاق") k--;
        return k >= s.FirstToken && Tokens[k].LemmaWithoutArticle is "مصدر" or "مصادر" or "منصات" or "منصه" or "منصتي" or "منصتين";
    }

    private bool Broken(Sentence s, TriggerMention t)
    {
        for (int i = Math.Max(s.FirstToken, t.FirstToken - 2); i < t.FirstToken; i++)
            if (Tokens[i].LemmaWithoutArticle is "اطاح" or "اطاحت" or "اطاحه" or "انهيار" or "انهار" or "خرق" or "خروقات" or "انتهاك" or "انتهاكات" or "نسف" or "نسفت")
                return true;
        // ("وكانت صفقة تبادل للأسرى بين المقاومة الجنوبية والحوثيين قد فشلت في اللحظة الأخيرة": nor is a deal that failed,
        // the verb of failing closing its clause)
        for (int i = t.LastToken + 1; i < Math.Min(s.EndToken, t.LastToken + 10); i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) break;
            if (Tokens[i].Norm is "فشلت" or "فشل" or "تعثرت" or "تعثر" or "انهارت" or "انهار" or "الغيت" or "الغي") return true;
        }
        return false;
    }

    private bool TallyOverDays(Sentence s, TriggerMention t)
    {
        bool counted = Counted(t);
        for (int i = s.FirstToken; i + 2 < s.EndToken; i++)
        {
            if (Tokens[i].Norm is not ("خلال" or "طيله" or "طوال")) continue;
            // ("خلال عشرة أيام", "خلال 10 أيام", "خلال الأيام العشرة الماضية"; not "خلال يومين", "خلال الأيام الماضية")
            int k = i + 1;
            bool daysCounted = Tokens[k].Kind == TokenKind.Number || NumberEndingAtOrAfter(k) is not null && Tokens[k].Lemma is not "يومين";
            if (daysCounted && k + 1 < s.EndToken && Tokens[k + 1].Lemma is "ايام" or "اسابيع" or "اشهر" or "شهور") return true;
            if (Tokens[k].Norm is "الايام" or "الاسابيع" or "الاشهر" && k + 1 < s.EndToken && NumberEndingAtOrAfter(k + 1) is not null) return true;
            // ("2041 قنبلة برميلية ألقيت على السوريين خلال يوليو", "خلال شهر تموز", "طوال عام 2015"): a month's or a
            // year's count sums it up — counted ("غارة مماثلة … خلال الشهر الجاري" is one strike that month)
            if (!counted) continue;
            if (Tokens[k].Norm is "شهر" or "عام" or "سنه" && k + 1 < s.EndToken) k++;
            foreach (var d in Within(_dates, d => d.FirstToken, k, k + 1))
                if (d.Date.Precision is DatePrecision.Month or DatePrecision.Year) return true;
        }
        return false;
    }

    // A day in the sentence: before منذ (at token since) a recent one, after it the start itself, in the last three days.
    // (a method rather than a lambda in TallySince: the lambda would capture the loop's i, a closure on every call)
    private bool StartDatedToADay(Sentence s, int since)
    {
        foreach (var d in Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken))
            if (d.Date.Precision == DatePrecision.Day
                && (d.FirstToken < since ? IsRecent(d.Date) : Document.Published is not { } pub || d.Date.Date.DayNumber >= pub.DayNumber - 3))
                return true;
        return false;
    }

    // "من" right before the trigger, a verb or noun of moving or withdrawing a few words before it.
    private bool MovedFrom(Sentence s, TriggerMention t)
    {
        if (t.FirstToken - 1 <= s.FirstToken || Tokens[t.FirstToken - 1].Norm != "من") return false;
        return WordBackFrom(s, t.FirstToken - 2, 6,
            static w => w.LemmaWithoutArticle is "نقل" or "نقلت" or "سحب" or "سحبت" or "انسحاب" or "انسحبت" or "انسحب" or "سحبها" or "نقلها");
    }

    // "نجا من" right before the trigger or opening its phrase ("نجا من محاولة الاغتيال"), and an act of another trigger
    // before it in the sentence.
    private bool Survived(Sentence s, TriggerMention t)
    {
        static bool Escaped(Token w) => w.Lemma is "نجا" or "نجت" or "ينجو" or "تنجو" or "نجوا";
        int at = Escaped(Tokens[t.FirstToken]) ? t.FirstToken
            : t.FirstToken - 2 >= s.FirstToken && Tokens[t.FirstToken - 1].Norm == "من" && Escaped(Tokens[t.FirstToken - 2]) ? t.FirstToken - 2 : -1;
        if (at < 0) return false;
        foreach (var o in Within(_triggers, x => x.FirstToken, s.FirstToken, at))
            if (o.Entries.Any(e => e.EventType is AcledTaxonomy.Explosions or AcledTaxonomy.Battles or AcledTaxonomy.ViolenceAgainstCivilians)) return true;
        return false;
    }

    // A verb of releasing ("أفرجت … عن") a few words before the trigger, in its clause.
    private bool ReleaseMadeBefore(Sentence s, TriggerMention t) =>
        WordBackFrom(s, t.FirstToken - 1, 6, static w => w.Lemma is "افرجت" or "افرج" or "افرجوا" or "يفرج" or "تفرج" or "يفرجون");

    // A trigger right after "بشأن" or "حول" (a noun there, whatever the lexicon reads it as), itself after a word of
    // deciding or talking.
    private bool DecidedOrDiscussed(TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k < 1 || Tokens[k].Norm is not ("بشان" or "حول")) return false;
        return DecidingWords.Contains(Tokens[k - 1].Lemma) || DecidingWords.Contains(Tokens[k - 1].Norm);
    }

    private static readonly HashSet<string> DecidingWords = new(StringComparer.Ordinal)
    {
        "قرار", "قرارا", "القرار", "قراره", "قرارها", "محادثات", "مفاوضات", "مشاورات", "نقاش", "نقاشات", "مناقشات", "خلاف", "خلافات",
        "تصويت", "مشروع", "مقترح", "اقتراح", "تساولات", "جدل", "الجدل",
    };

    private static readonly HashSet<string> InquiryAdjectives = new(StringComparer.Ordinal)
    {
        "مستقل", "المستقل", "مستقلا", "دولي", "الدولي", "دوليا", "شامل", "الشامل", "شاملا", "شفاف", "الشفاف", "شفافا", "عاجل", "العاجل",
        "عاجلا", "محايد", "المحايد", "محايدا", "جدي", "نزيه", "كامل", "الكامل", "كاملا", "فوري", "الفوري", "فوريا",
    };

    // The trigger right after a word of investigating and its preposition: "التحقيق في", "تحقيق بشأن", "ملابسات".
    private bool Investigated(TriggerMention t)
    {
        int k = t.FirstToken - 1;
        if (k < 0) return false;
        if (Tokens[k].Norm is "في" or "بشان" or "حول" or "عن") k--;
        // (an inquiry's adjective between: "تحقيق مستقل في المواجهات", "تحقيق دولي شفاف في")
        for (int a = 0; a < 2 && k > 0 && InquiryAdjectives.Contains(Tokens[k].Norm); a++) k--;
        if (k < 0) return false;
        // (compared as written, not through DefiniteArticle.Off, which would copy a string for every trigger)
        return IsInquiryWord(Tokens[k]) || Tokens[k].Lemma is "ملابسات" or "وملابسات"
               || Tokens[k].Norm is "للتحقيق" or "بالتحقيق" or "والتحقيق";
    }

    // An inquiry, one or several, with or without the article: "تحقيق", "التحقيقات".
    private static bool IsInquiryWord(Token token) => token.Lemma is "تحقيق" or "التحقيق" or "تحقيقات" or "التحقيقات";

    // "في إطار التحقيقات الجارية بالجرائم الإرهابية التي استهدفت المصلين …، واستهداف دوريتي أمن المنشآت": the verb of
    // a relative clause on the crimes an inquiry is into, and a verbal noun joined to them by و, are more of them — cases
    // named, not acts reported. Walks back within the clause (not past "أن", which opens the statement the inquiry is
    // part of) to the inquiry's word and its preposition, bound or free.
    private bool InvestigatedInAList(Sentence s, TriggerMention t)
    {
        string word = Tokens[t.FirstToken].Norm;
        // (or the verb of a relative clause on them: "بالجرائم الإرهابية التي استهدفت المصلين")
        bool relative = t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "التي" or "الذي" or "اللتين" or "اللذين";
        if (!relative && (word.Length < 5 || word[0] != 'و' || !LooksLikeAVerbalNoun(word.AsSpan(1)))) return false;
        for (int i = t.FirstToken - 1; i > s.FirstToken && i >= t.FirstToken - 30; i--)
        {
            if (Tokens[i].Surface is "." or "؛" or ":" || Tokens[i].Norm is "ان" or "انه" or "انها" or "لكن" or "ولكن") return false;
            if (!IsInquiryWord(Tokens[i])) continue;
            int k = i + 1;
            // (an inquiry's adjective between: "التحقيقات الجارية بالجرائم")
            if (k < t.FirstToken && Tokens[k].Norm is "الجاريه" or "الجاري" or "المستمره" or "الاوليه" or "الموسعه") k++;
            return k < t.FirstToken && (Tokens[k].Norm is "في" or "بشان" or "حول" || Tokens[k].Norm.StartsWith("بال", StringComparison.Ordinal));
        }
        return false;
    }

    // The derived verbal nouns (masdars) of the trigger verbs: an alif before the last letter (استهداف، اغتيال، اعتقال،
    // إطلاق) or تفعيل (تفجير، تدمير) — not a past verb, which has neither.
    private static bool LooksLikeAVerbalNoun(ReadOnlySpan<char> stem) =>
        stem.Length >= 4 && (stem[^2] == 'ا' && stem[0] == 'ا' || stem[0] == 'ت' && stem[^2] == 'ي');

    // A one-word imperfect of holding or arresting ("وتحتجز", "يعتقلون") outside the title.
    private bool HoldsInCustody(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || InTitle(s)) return false;
        return ImperfectHolding.Contains(Tokens[t.FirstToken].Lemma);
    }

    // The sentence is (a part of) the title, which the text opens with: "غارات على الحديدة.. والحوثي تعتقل مقاتليها الفارين"
    // is two sentences of one title.
    // (the untrimmed length first: most sentences lie past it, and Trim copies the title when there is anything to trim)
    internal bool InTitle(Sentence s) => Document.Title is { } title && s.Span.Start < title.Length && s.Span.Start < title.Trim().Length;

    // (matched on the lemma, the clitics off: "وتحتجز" is "تحتجز")
    private static readonly HashSet<string> ImperfectHolding = new(StringComparer.Ordinal)
    {
        "تحتجز", "يحتجز", "يحتجزون", "تحتجزهم", "تحتجزه", "تحتجزها", "يحتجزهم", "يحتجزه", "تعتقل", "يعتقل", "يعتقلون", "تعتقلهم",
    };

    // "يحث أتباعه على شن هجمات", "مكن المعارضة من شن هجمات", "تنظيم داعش يشن هجمات مماثلة في العراق": launching
    // attacks, plural and indefinite, after a preposition or as an imperfect is what someone can, may or tends to do —
    // no attack of a day. (a headline's imperfect is the news: "إسرائيل تشن هجمات داخل سوريا"; a recent day in the
    // sentence makes it one)
    private bool AttacksInGeneral(Sentence s, TriggerMention t)
    {
        if (t.LastToken - t.FirstToken != 1 || Tokens[t.LastToken].Norm != "هجمات") return false;
        string launch = Tokens[t.FirstToken].Norm;
        bool imperfect = launch is "يشن" or "تشن" or "يشنون";
        bool nominal = launch == "شن" && t.FirstToken > s.FirstToken && Tokens[t.FirstToken - 1].Norm is "علي" or "من" or "في" or "عن"
                       or "محاولات" or "ومحاولات" or "محاوله" or "ومحاوله" or "قدره" or "لمنع" or "بهدف" or "اجل";
        bool headline = InTitle(s);
        return (imperfect && !headline || nominal) && !RecentDayIn(s.FirstToken, s.EndToken);
    }

    // "ومن المتوقع مشاركة نحو 10 آلاف شخص في مظاهرة في برلين الجمعة": what is expected, up to the clause's end, has not
    // happened (the future cues reach four words; expectation governs its whole clause).
    private bool Expected(Sentence s, TriggerMention t)
    {
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 10); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) break;
            if (Tokens[i].Norm is "المتوقع" or "يتوقع" or "ويتوقع" or "المرتقب" or "يرتقب" && (i == s.FirstToken || Tokens[i - 1].Norm is "من" or "ومن" || Tokens[i].Norm[0] != 'ا'))
                return true;
            // ("في ظل تكهنات تتعلق بشن هجوم كبير", "وسط توقعات بهجوم": what is speculated or expected)
            if (Tokens[i].Lemma is "تكهنات" or "توقعات") return true;
            // ("والفلوجة والرمادي تنتظران دخول القوات الحكومية لتحريرهما": what a place or people await has not come;
            // "مما يحتم على القوات الأمنية التركيز على تجمعاتهم وقصفها": what a need calls for is not done)
            if (AwaitingOrRequiring.Contains(Tokens[i].LemmaWithoutArticle)) return true;
        }
        // ("ومن المتوقع أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك ضد داعش": the verb after an expectation's
        // "أن" — an imperfect, "يشن", "تبدأ" — is to come, its subject's commas between)
        for (int i = t.FirstToken - 1; i > s.FirstToken && i >= t.FirstToken - 12; i--)
        {
            // (not past a turn to what did happen: "وكان من المتوقع أن تهدأ الأوضاع، لكن المئات تظاهروا")
            if (Tokens[i].Surface is "." or "؛" or ":" || Tokens[i].Norm is "لكن" or "ولكن" or "لكنه" or "لكنها" or "بيد" or "الا" or "غير")
                return false;
            if (Tokens[i].Norm == "ان" && Tokens[i - 1].Norm is "المتوقع" or "يتوقع" or "ويتوقع" or "المرتقب" or "المنتظر"
                && i + 1 < Tokens.Count && Tokens[i + 1].Lemma is { Length: >= 3 } verb && verb[0] is 'ي' or 'ت')
                return true;
        }
        return false;
    }

    // "آلية تحقيق حول استخدام الأسلحة الكيمياوية في سوريا", "منع استخدام السلاح الكيميائي": the use of chemical weapons
    // as the subject of an inquiry, a ban or claims is the matter in general, no attack ("التحقيق في الهجوم الكيميائي
    // على دوما" names one and stays).
    private bool ChemicalUseInGeneral(Sentence s, TriggerMention t)
    {
        if (t.Entries.Any(e => e.SubEventType != "Chemical weapon") || Tokens[t.FirstToken].Lemma is not ("استخدام" or "لاستخدام" or "باستخدام")) return false;
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 4); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (GeneralMatterWords.Contains(Tokens[i].Norm)) return true;
        }
        return false;
    }

    // "تدمير مخزونها من الغازات السامة", "ترسانة الأسلحة الكيماوية", "إنتاج أسلحة كيماوية": the weapons as things held,
    // made or destroyed, not used.
    private bool ChemicalStock(Sentence s, TriggerMention t)
    {
        if (t.Entries.Any(e => e.SubEventType != "Chemical weapon")) return false;
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 3); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            string bare = Tokens[i].Form.Analysis?.StemNorm ?? Tokens[i].Lemma;
            if (StockWords.Contains(bare) || StockWords.Contains(Tokens[i].Lemma)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> StockWords = new(StringComparer.Ordinal)
    {
        "مخزون", "مخزونها", "مخزونه", "مخزونات", "ترسانه", "ترسانتها", "تدمير", "انتاج", "تصنيع", "امتلاك", "حيازه", "تخزين", "مخازن",
        "برنامج", "مصانع", "مصنع", "نقل", "تهريب", "شحنات", "مكونات", "مواد",
    };

    // "أصيبوا بحالات اختناق بالغاز السام … عقب اعتداء قوات الاحتلال عليهم بالهراوات وقنابل الغاز": a gas in a sentence
    // that tells of gas canisters or tear gas ("قنابل الغاز", "الغاز المسيل للدموع") is the tear gas — no chemical weapon
    // (not canisters of a toxic gas: "قنابل الغاز السام", "قنابل غاز الكلور")
    public bool TearGas(Sentence s, TriggerMention t)
    {
        if (t.Entries.Any(e => e.SubEventType != "Chemical weapon") || !Tokens[t.FirstToken].Norm.Contains("غاز", StringComparison.Ordinal)) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (Tokens[i].Norm == "للدموع") return true;
            if (Tokens[i].NormWithoutWa is "قنابل" or "قنبله" or "عبوات" && i + 1 < s.EndToken && Tokens[i + 1].Norm is "الغاز" or "غاز"
                && !(i + 2 < s.EndToken && ToxicGasWords.Contains(Tokens[i + 2].NormWithoutArticle))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ToxicGasWords = new(StringComparer.Ordinal) { "سام", "سامه", "كلور", "سارين", "خردل", "اعصاب" };

    private static readonly HashSet<string> GeneralMatterWords = new(StringComparer.Ordinal)
    {
        "تحقيق", "التحقيق", "للتحقيق", "بالتحقيق", "اليه", "الاليه", "ادعاءات", "مزاعم", "اتهامات", "حول", "بشان", "منع", "لمنع",
        "حظر", "لحظر", "بحظر", "معاقبه", "لمعاقبه", "محاسبه", "لمحاسبه", "تكرار", "عواقب", "ملف",
    };

    // The token after a date that starts at <paramref name="at"/>, or at itself.
    private int AfterDateAt(int at)
    {
        foreach (var d in Within(_dates, d => d.FirstToken, at, at + 1)) return d.LastToken + 1;
        return at;
    }

    // Whether a date starts at token <paramref name="at"/>.
    private bool DateStartsAt(int at) => AfterDateAt(at) != at;

    // The words after "منذ" name this day or the one before, or hours: "منذ صباح الأربعاء", "منذ فجر اليوم", "منذ ساعات".
    private bool SinceToday(int at)
    {
        if (Tokens[at].Lemma is "ساعات" or "الساعات" or "الصباح" or "صباح" or "فجر" or "الفجر" or "مساء" or "ليل" or "ليله" or "امس" or "يوم" or "اليوم"
            && Within(_dates, d => d.FirstToken, at, Math.Min(Tokens.Count, at + 3)).All(d => Near(d.Date))) return true;
        foreach (var d in Within(_dates, d => d.FirstToken, at, at + 1))
            if (d.Date.Precision == DatePrecision.Day && Near(d.Date)) return true;
        return false;

        bool Near(PartialDate d) => Document.Published is not { } pub || d.Date.DayNumber >= pub.DayNumber - 1;
    }

    // An armed side (not people) named within a few words after the trigger: "القبض على عشرات الحوثيين".
    private bool ArmedSideRightAfter(TriggerMention t)
    {
        foreach (var a in Within(_actors, a => a.FirstToken, t.LastToken + 1, t.LastToken + 5))
            if (ArmedSide(a.Actor)) return true;
        return false;
    }

    // A date precise to a recent day starting in [from, to).
    private bool RecentDayIn(int from, int to)
    {
        foreach (var d in Within(_dates, d => d.FirstToken, from, to))
            if (d.Date.Precision == DatePrecision.Day && IsRecent(d.Date)) return true;
        return false;
    }

    // A place starting in [from, last] that ends at token last. (Loops, not lambdas capturing the trigger: IsSuppressed
    // runs for every trigger, and a captured parameter costs a closure on every call.)
    private bool PlaceEndingAt(int from, int last)
    {
        foreach (var p in Within(_places, p => p.FirstToken, from, last + 1))
            if (p.LastToken == last) return true;
        return false;
    }

    // "وتجمع مئات الفلسطينيين … الجمعة، ضمن فعاليات مسيرة العودة المستمرة منذ 4 أشهر، وأصيب 120 منهم": the months go
    // with the campaign the participle describes, not with the act the sentence dates to a recent day of its own.
    private bool DescribesAnotherNoun(Sentence s, TriggerMention t, int since)
    {
        int participle = since - 1;
        if (participle <= s.FirstToken || Tokens[participle].Norm is not ("المستمر" or "المستمره" or "المتواصل" or "المتواصله")) return false;
        if (participle - 1 >= t.FirstToken && participle - 1 <= t.LastToken) return false;   // "القصف المستمر منذ أسابيع" is the trigger's own
        return RecentDayIn(s.FirstToken, s.EndToken);
    }

    // The verb of doing or of an advance right before "ب" + a verbal noun: "قامت بتحرير", "أحرزت تقدما بتحرير".
    private bool DoneBy(Sentence s, TriggerMention t)
    {
        // (the verb before its subject: "قامت قوات الجيش الوطني اليمني بتحرير")
        for (int i = t.FirstToken - 1; i >= Math.Max(s.FirstToken, t.FirstToken - 7) && Tokens[i].Kind != TokenKind.Punctuation; i--)
            if (Tokens[i].Norm is "قام" or "قامت" or "قاموا" or "يقوم" or "تقوم" or "يقومون" or "وقام" or "وقامت" or "وقاموا"
                || Tokens[i].Lemma is "تقدما" or "تقدم" or "تقدمت" or "تقدموا" or "تقدمها" or "انتصارا" or "انجازا")
                return !Conditional(i);
        return false;
    }

    /// <summary>Whether the day its sentence gives the act is well before the report (the act is background: no event) —
    /// not a day something has gone on since ("منذ بدء الاحتجاجات في 30 آذار").</summary>
    public bool DatedLongBefore(Sentence s, TriggerMention t) =>
        DateFor(s, t, out var span) is null && span is { } day && Document.Published is { } pub
        && Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => d.Span == day && !IsRecent(d.Date) && d.Date.Date < pub && !Since(s, d));

    private bool IsRecent(PartialDate d) =>
        Document.Published is not { } pub || (d.Precision != DatePrecision.Year && d.Date.DayNumber >= pub.DayNumber - 30);
}
