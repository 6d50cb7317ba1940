using Marsad.Core.Text;

namespace Marsad.Core.Dates;

/// <summary>
/// Finds date expressions and resolves them against the document's publication date: explicit dates in both
/// month-name families ("15 شباط/فبراير 2018", "15 فبراير"), numeric dates (15/2/2018), months and years
/// ("فبراير 2018", "عام 2015"), relative expressions (اليوم، أمس، أول أمس، الليلة الماضية، الأسبوع الماضي، الشهر
/// الماضي، منذ يومين) and weekdays (the latest such day on or before publication). Relative expressions need a
/// publication date; without one they are skipped. A day named without a year takes the year of the past year's story
/// the text is telling, if it is telling one (see InNarrativeYear), and "المقبل" makes a month or day the next one.
/// </summary>
public sealed partial class DateRecognizer : IDocumentStage
{
    public void Process(Document document)
    {
        document.Dates.Clear();
        var tokens = document.Tokens;
        DateOnly? published = document.Published;
        // The year a chronology of past years is told in (see InNarrativeYear)
        int? narrativeYear = null;
        int sentence = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            // Most words cannot start a date: skip them after one set lookup.
            if (tokens[i].Kind == TokenKind.ArabicWord && !MayStart.Get(tokens[i].FormId, tokens[i], static t => StartWords.Contains(Key(t)))) continue;
            if (tokens[i].Kind is not (TokenKind.ArabicWord or TokenKind.Number)) continue;
            // ("- 2017 -": a year standing as a heading between dashes opens that year's part of a chronology)
            if (published is { } pubYear && IsYear(tokens[i], out int heading) && i > 0 && i + 1 < tokens.Count
                && tokens[i - 1].Surface is "-" or "–" && tokens[i + 1].Surface is "-" or "–")
            {
                narrativeYear = heading < pubYear.Year ? heading : null;
                continue;
            }
            if (TryMatch(tokens, i, published, out var date, out var kind, out int last))
            {
                // "مدينة السادس من أكتوبر", "جسر 6 أكتوبر", "شارع 26 يوليو": a date after a word for a place names it.
                if (kind == DateExpressionKind.Absolute && i > 0 && (NamedPlaceWords.Contains(Key(tokens[i - 1])) || NamedPlaceWords.Contains(tokens[i - 1].Lemma))) { i = last; continue; }
                var span = new TextSpan(tokens[i].Span.Start, tokens[last].Span.End);
                while (sentence + 1 < document.Sentences.Count && document.Sentences[sentence + 1].FirstToken <= i) sentence++;
                bool opening = document.Sentences.Count == 0 || i - document.Sentences[sentence].FirstToken <= 6;
                date = InNarrativeYear(tokens, i, last, date, kind, published, opening, ref narrativeYear);
                bool pastStory = narrativeYear is { } ny && (kind == DateExpressionKind.Absolute && date.Precision == DatePrecision.Day && date.Date.Year == ny
                                                              // ("وفي اليوم التالي" right after a day of that story: its next day)
                                                              || kind != DateExpressionKind.Absolute);
                document.Dates.Add(new DateMention(span, date, kind, i, last) { InAPastYearsStory = pastStory });
                i = last;
            }
        }
    }

    // (in normal form, as Norm and Lemma are: ة written ه, ى written ي)
    private static readonly HashSet<string> NamedPlaceWords = new(StringComparer.Ordinal)
    {
        "مدينه", "حي", "جسر", "كوبري", "شارع", "ميدان", "ساحه", "مطار", "ميناء", "مستشفي", "جامعه", "قاعده", "مدرسه",
    };

    private static bool TryMatch(List<Token> tokens, int i, DateOnly? published, out PartialDate date, out DateExpressionKind kind, out int last)
    {
        date = default; kind = DateExpressionKind.Absolute; last = i;
        var t = tokens[i];

        // Day + month (+ alternative month) (+ year): "15 شباط/فبراير 2018", "١٥ فبراير".
        if (t.Kind == TokenKind.Number && int.TryParse(t.Norm, out int day) && day is >= 1 and <= 31)
        {
            int k = i + 1;
            if (k < tokens.Count && Key(tokens[k]) == "من") k++;
            // ("في 25 من شهر يوليو الماضي")
            if (k > i + 1 && k < tokens.Count && Key(tokens[k]) == "شهر") k++;
            // ("موقع 26 سبتمبر نت", "صحيفة 26 سبتمبر": the Yemeni army's outlet, named after the revolution's day — no date)
            if (TryMonth(tokens, k, out int month, out int afterMonth) && !NamesAnOutlet(tokens, i, afterMonth))
            {
                last = afterMonth - 1;
                afterMonth = SkipAlternativeMonth(tokens, afterMonth, ref last);
                int? year = TryYear(tokens, afterMonth, ref last, published);
                // ("في 20 يناير المقبل": the next such day)
                if (year is null && published is { } today && afterMonth < tokens.Count && Key(tokens[afterMonth]) is "المقبل" or "القادم"
                    && day <= DateTime.DaysInMonth(today.Year, month))
                {
                    last = afterMonth;
                    year = new DateOnly(today.Year, month, day) > today ? today.Year : today.Year + 1;
                }
                return Resolve(year, month, day, published, out date);
            }
            // Numeric dates: 15/2/2018, 15-02-2018; and Hijri ones, 29/9/1436.
            if (TryNumericDate(tokens, i, out date, out last)) return true;
            if (TryHijriNumericDate(tokens, i, out date, out last)) return true;
        }
        // A day of a Hijri month: "5 رمضان 1436", "الخامس من شوال".
        if (TryHijriNamedDate(tokens, i, published, out date, out last)) return true;
        // A day of a feast: "ثاني أيام عيد الفطر", "صباح عيد الأضحى".
        if (TryFeastDay(tokens, i, published, out date, out last)) return true;
        if (t.Kind == TokenKind.Number && t.Norm.Length == 4 && (TryIsoDate(tokens, i, out date, out last) || TryHijriNumericDate(tokens, i, out date, out last))) return true;

        // An ordinal day + من + month (+ year): "الثالث عشر من نوفمبر", "في الحادي والعشرين من آذار 2018".
        // ("في الخامس والعشرين من شهر يوليو")
        if (t.Kind == TokenKind.ArabicWord && OrdinalDay(tokens, i, out int ordinal, out int afterDay)
            && afterDay < tokens.Count && Key(tokens[afterDay]) == "من"
            && TryMonth(tokens, afterDay + 1 < tokens.Count && Key(tokens[afterDay + 1]) == "شهر" ? afterDay + 2 : afterDay + 1, out int ordMonth, out int afterOrdMonth))
        {
            last = afterOrdMonth - 1;
            afterOrdMonth = SkipAlternativeMonth(tokens, afterOrdMonth, ref last);
            int? year = TryYear(tokens, afterOrdMonth, ref last, published);
            return Resolve(year, ordMonth, ordinal, published, out date);
        }

        // A day of this month or last: "في الثاني من الشهر الجاري", "في 25 من الشهر الماضي".
        int dayEnd = i + 1;
        if (published is { } pubDay && (t.Kind == TokenKind.Number && int.TryParse(t.Norm, out int dayNumber) && dayNumber is >= 1 and <= 31
                                         || t.Kind == TokenKind.ArabicWord && OrdinalDay(tokens, i, out dayNumber, out dayEnd)))
        {
            if (dayEnd + 2 < tokens.Count && Key(tokens[dayEnd]) == "من" && Key(tokens[dayEnd + 1]) == "الشهر"
                && Key(tokens[dayEnd + 2]) is "الجاري" or "الحالي" or "الماضي" or "المنصرم" or "الفايت")
            {
                var month = Key(tokens[dayEnd + 2]) is "الجاري" or "الحالي" ? pubDay : pubDay.AddMonths(-1);
                if (dayNumber > DateTime.DaysInMonth(month.Year, month.Month)) return false;
                last = dayEnd + 2;
                date = PartialDate.Day(new DateOnly(month.Year, month.Month, dayNumber));
                return true;
            }
        }

        // Month (+ year): "فبراير 2018", "في مارس الماضي".
        if (TryMonth(tokens, i, out int m, out int next))
        {
            string first = Key(t);
            last = next - 1;
            int beforeAlternative = next;
            next = SkipAlternativeMonth(tokens, next, ref last);
            // ("مارس/ آذار": a month given in both calendars is a month, whatever else its first word may be)
            bool bothCalendars = next != beforeAlternative;
            int? year = TryYear(tokens, next, ref last, published);
            bool cued = i > 0 && (Key(tokens[i - 1]) is "في" or "خلال" or "منذ" or "بين" or "شهر" || ArabicCalendarWords.MonthParts.Contains(Key(tokens[i - 1])));
            bool past = next < tokens.Count && Past(Key(tokens[next]));
            // ("في إبريل/ نيسان المقبل": the next such month, not the last)
            bool coming = !past && year is null && next < tokens.Count && Key(tokens[next]) is "المقبل" or "القادم";
            if (past || coming) last = next;
            bool monthWord = i > 0 && Key(tokens[i - 1]) is "شهر";
            // ("في مارس": after "في" the word is no verb, "مارس" practised; "آب" and "ماي" stay ambiguous — "في اب" may be a father)
            bool inMarch = first == "مارس" && cued;
            if (year is null && (ArabicCalendarWords.AmbiguousMonths.Contains(first) ? !(monthWord || past || coming || bothCalendars || inMarch) : !(cued || past || coming))) return false;
            if (year is null && published is null) return false;
            int y = year ?? published!.Value.Year;
            if (coming) y = m > published!.Value.Month ? y : y + 1;
            else if (year is null && (m > published!.Value.Month || past && m == published.Value.Month)) y--;
            // ("في أواخر أغسطس", "مطلع سبتمبر": the part of the month named, its middle otherwise — never after publication)
            int dayOfMonth = DayOfPart(tokens, i) ?? 15;
            if (published is { } today && y == today.Year && m == today.Month && dayOfMonth > today.Day) dayOfMonth = Math.Max(1, today.Day);
            date = new PartialDate(new DateOnly(y, m, dayOfMonth), DatePrecision.Month);
            return true;
        }

        // A bare year after a word that dates by it: "خلال حرب 2014", "مطلع 2017", "منذ 2011" (the year alone is the mention).
        if (i > 0 && IsYear(t, out int bare) && YearLeads.Contains(Key(tokens[i - 1]))
            && !NumericDateGoesOn(tokens, i + 1))
        {
            date = new PartialDate(new DateOnly(bare, 7, 1), DatePrecision.Year);
            return true;
        }

        string key = Key(t);
        // Year: "عام 2015", "سنة 2015", "العام 2015", and a bare year after في ("استهدفت في 2007 منشأة").
        if (key is "عام" or "العام" or "سنه" or "السنه" or "في" && i + 1 < tokens.Count && IsYear(tokens[i + 1], out int yr)
            && !(key == "في" && NumericDateGoesOn(tokens, i + 2)))   // "في 2018-02-15" is a full date
        {
            last = i + 1;
            date = new PartialDate(new DateOnly(yr, 7, 1), DatePrecision.Year);
            return true;
        }

        // Weekdays: "الأربعاء", "يوم الجمعة", "اليوم الأربعاء", "الجمعة الماضية".
        int w = i;
        if (key is "يوم" or "اليوم" or "نهار" && i + 1 < tokens.Count && ArabicCalendarWords.Weekdays.ContainsKey(Key(tokens[i + 1]))) w = i + 1;
        // ("في مساء هذا اليوم (الأحد)": the weekday in brackets names the day, which the publication's GMT time may have passed)
        else if (key == "اليوم" && i + 2 < tokens.Count && tokens[i + 1].Surface == "(" && ArabicCalendarWords.Weekdays.ContainsKey(Key(tokens[i + 2]))) w = i + 2;
        if (ArabicCalendarWords.Weekdays.TryGetValue(Key(tokens[w]), out var dow))
        {
            if (published is null) return false;
            last = w;
            // ("ليل الجمعة السبت", "ليلة السبت-الأحد": a night between two days is one date, the night's eve)
            int after = w + 1 < tokens.Count && tokens[w + 1].Surface is "-" or "/" ? w + 2 : w + 1;
            if (after < tokens.Count && ArabicCalendarWords.Weekdays.TryGetValue(Key(tokens[after]), out var morrow) && (int)morrow == ((int)dow + 1) % 7)
                last = w = after;
            bool lastWeek = w + 1 < tokens.Count && (Past(Key(tokens[w + 1])) || Key(tokens[w + 1]) is "الماضيه" or "الفايته");
            if (lastWeek) last = w + 1;
            // ("الأحد قبل الماضي", "يوم الجمعة قبل الماضية": the one a week before the last such day)
            bool weekBefore = !lastWeek && w + 2 < tokens.Count && Key(tokens[w + 1]) == "قبل"
                              && (Past(Key(tokens[w + 2])) || Key(tokens[w + 2]) is "الماضيه" or "الفايته");
            if (weekBefore) last = w + 2;
            var p = published.Value;
            // ("إضراب عام الأربعاء المقبل", "يوم الجمعة القادم": the next such day, after the publication)
            if (!lastWeek && w + 1 < tokens.Count && Key(tokens[w + 1]) is "المقبل" or "القادم")
            {
                last = w + 1;
                int ahead = ((int)dow - (int)p.DayOfWeek + 7) % 7;
                date = PartialDate.Day(p.AddDays(ahead == 0 ? 7 : ahead));
                kind = DateExpressionKind.Weekday;
                return true;
            }
            int back = ((int)p.DayOfWeek - (int)dow + 7) % 7;
            if (back == 0 && (lastWeek || weekBefore)) back = 7;
            if (weekBefore) back += 7;
            date = PartialDate.Day(p.AddDays(-back));
            kind = DateExpressionKind.Weekday;
            return true;
        }

        if (published is null) return false;
        var pub = published.Value;
        kind = DateExpressionKind.Relative;
        string next1 = i + 1 < tokens.Count ? Key(tokens[i + 1]) : "";
        string next2 = i + 2 < tokens.Count ? Key(tokens[i + 2]) : "";
        switch (key)
        {
            case "اول" when next1 == "امس": last = i + 1; date = PartialDate.Day(pub.AddDays(-2)); return true;
            case "اول" when next1 == "من" && next2 == "امس": last = i + 2; date = PartialDate.Day(pub.AddDays(-2)); return true;
            // ("قتلت فجر الأول من أمس": with the article too)
            case "الاول" when next1 == "من" && next2 == "امس": last = i + 2; date = PartialDate.Day(pub.AddDays(-2)); return true;
            // ("أمس الأول": the day before yesterday, as "أول أمس")
            case "امس" when next1 == "الاول": last = i + 1; date = PartialDate.Day(pub.AddDays(-2)); return true;
            // ("مساء أمس الأحد" in a paper of Tuesday morning: the weekday named is the day — the paper's date may run a
            // day or so after the evening it was written)
            case "امس" or "الامس" when ArabicCalendarWords.Weekdays.TryGetValue(next1, out var named):
            {
                last = i + 1;
                int back = ((int)pub.DayOfWeek - (int)named + 7) % 7;
                // (the weekday of publication itself: the paper is dated a day after the words were written; a weekday more
                // than three days back cannot be "yesterday" — the clocks disagree, and أمس alone is read)
                date = PartialDate.Day(pub.AddDays(back <= 3 ? -back : -1));
                return true;
            }
            case "امس" or "الامس" or "البارحه": date = PartialDate.Day(pub.AddDays(-1)); return true;
            // ("وهو اليوم الذي اختفى فيه", "في اليوم التالي": the day a clause or a count defines, not today)
            case "اليوم" when next1 is "الذي" or "التالي" or "الاول" or "الثاني" or "الثالث" or "السابق": return false;
            case "اليوم" when SameDayAsTold(tokens, i) || ThisDayYearsAgo(tokens, i): return false;
            case "اليوم": date = PartialDate.Day(pub); return true;
            // ("الليلة قبل الماضية", "الليلة ما قبل الماضية": the night before last)
            case "الليله" when next1 == "قبل" && PastFeminine(next2): last = i + 2; date = PartialDate.Day(pub.AddDays(-2)); return true;
            case "الليله" when next1 == "ما" && next2 == "قبل" && i + 3 < tokens.Count && PastFeminine(Key(tokens[i + 3])):
                last = i + 3; date = PartialDate.Day(pub.AddDays(-2)); return true;
            case "الليله" when PastFeminine(next1): last = i + 1; date = PartialDate.Day(pub.AddDays(-1)); return true;
            case "ليله" when next1 == "امس": last = i + 1; date = PartialDate.Day(pub.AddDays(-1)); return true;
            // ("غدا الجمعة": the weekday named is tomorrow, not the last such day before publication)
            case "غدا" or "الغد" when ArabicCalendarWords.Weekdays.ContainsKey(next1): last = i + 1; date = PartialDate.Day(pub.AddDays(1)); return true;
            case "غدا" or "الغد": date = PartialDate.Day(pub.AddDays(1)); return true;
            // "مطلع الأسبوع الجاري", "بداية الأسبوع الماضي": the week's first day, Saturday as in most of the Arab world.
            case "مطلع" or "بدايه" or "اوايل" when next1 == "الاسبوع" && (next2 is "الجاري" or "الحالي" || Past(next2)):
            {
                last = i + 2;
                int sinceSaturday = ((int)pub.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
                var start = pub.AddDays(-sinceSaturday - (Past(next2) ? 7 : 0));
                date = new PartialDate(start, DatePrecision.Week);
                return true;
            }
            case "الاسبوع" when Past(next1): last = i + 1; date = new PartialDate(pub.AddDays(-7), DatePrecision.Week); return true;
            // ("الأسبوع قبل الماضي": the week before last)
            case "الاسبوع" when next1 == "قبل" && Past(next2): last = i + 2; date = new PartialDate(pub.AddDays(-14), DatePrecision.Week); return true;
            case "الاسبوع" when next1 is "الجاري" or "الحالي": last = i + 1; date = new PartialDate(pub, DatePrecision.Week); return true;
            // ("مطلع الشهر الحالي", "أواخر الشهر الماضي": the part of the month named narrows it to about a week — never
            // after publication)
            case "الشهر" when Past(next1) || next1 is "الجاري" or "الحالي":
            {
                last = i + 1;
                var month = Past(next1) ? pub.AddMonths(-1) : pub;
                if (DayOfPart(tokens, i) is { } d)
                {
                    var told = new DateOnly(month.Year, month.Month, Math.Min(d, DateTime.DaysInMonth(month.Year, month.Month)));
                    date = new PartialDate(told > pub ? pub : told, DatePrecision.Week);
                }
                else date = Past(next1) ? new PartialDate(new DateOnly(month.Year, month.Month, 15), DatePrecision.Month) : new PartialDate(pub, DatePrecision.Month);
                return true;
            }
            case "العام" or "السنه" when Past(next1) || PastFeminine(next1): last = i + 1; date = new PartialDate(new DateOnly(pub.Year - 1, 7, 1), DatePrecision.Year); return true;
            // "الصيف الماضي", "الشتاء الماضي": the last such season over by the report (its middle month, at month precision),
            // "last summer" told in July the summer of the year before
            case "الصيف" or "الشتاء" or "الشتا" or "الربيع" or "الخريف" when Past(next1):
            {
                last = i + 1;
                var season = new DateOnly(pub.Year, key switch { "الشتاء" or "الشتا" => 1, "الربيع" => 4, "الصيف" => 7, _ => 10 }, 15);
                while (season.AddMonths(2) > pub) season = season.AddYears(-1);
                date = new PartialDate(season, DatePrecision.Month);
                return true;
            }
            // "في السنتين الماضيتين", "خلال الأعوام الأخيرة", "الأشهر الماضية": a span of years or months back — a tally's,
            // dated to its middle (an old date)
            // (after "في" or "خلال" only — "طوال السنوات الماضية" tells how long, not when; and not the frame of a
            // superlative: "واحدة من أكبر المظاهرات في السنوات الماضية")
            case "السنتين" or "العامين" or "السنوات" or "الاعوام" or "الاشهر" or "الشهور"
                when next1 is "الماضيتين" or "الماضيين" or "الماضيه" or "المنصرمه"
                     && i > 0 && tokens[i - 1].Norm is "في" or "خلال" or "وفي" or "وخلال" && !SuperlativeBefore(tokens, i):
                last = i + 1;
                date = key is "الاشهر" or "الشهور"
                    ? new PartialDate(pub.AddMonths(-3), DatePrecision.Month)
                    : new PartialDate(new DateOnly(pub.Year - 1, 7, 1), DatePrecision.Year);
                return true;
            // "22 ضربة جوية العام الجاري", "منذ بداية هذا العام": a year's worth is a tally, dated like any year
            case "العام" or "السنه" when next1 is "الجاري" or "الحالي" or "الجاريه" or "الحاليه": last = i + 1; date = new PartialDate(new DateOnly(pub.Year, 7, 1), DatePrecision.Year); return true;
            case "هذا" or "هذه" when next1 is "العام" or "السنه": last = i + 1; date = new PartialDate(new DateOnly(pub.Year, 7, 1), DatePrecision.Year); return true;
            case "الايام" when next1 is "الماضيه" or "الاخيره" or "القليله": last = i + 1; date = new PartialDate(pub, DatePrecision.Week); return true;
            case "منذ" or "قبل" when next1 is "يومين": last = i + 1; date = PartialDate.Day(pub.AddDays(-2)); return true;
            // "في وقت سابق من الشهر الحالي", "في وقت سابق من هذا الأسبوع", "في وقت سابق من الشهر الماضي": earlier in a
            // month or a week — that span, halfway to where the text stands in it (not "في وقت سابق" alone: earlier
            // the same day, most often)
            case "وقت" when next1 == "سابق" && next2 == "من" && i > 0 && tokens[i - 1].Norm is "في" or "وفي" && EarlierIn(tokens, i + 3, pub, out last, out date):
                return true;
            // ("بعد استعادة السيطرة من نحو أسبوعين على الغوطة": "من" with a hedge is "ago" too)
            case "منذ" or "قبل" when next1 is "اسبوع" or "اسبوعين" || next1 is "نحو" or "حوالي" && next2 is "اسبوع" or "اسبوعين":
            case "من" when next1 is "نحو" or "حوالي" && next2 is "اسبوع" or "اسبوعين":
            {
                int at = next1 is "نحو" or "حوالي" ? i + 2 : i + 1;
                last = at;
                date = new PartialDate(pub.AddDays(Key(tokens[at]) == "اسبوعين" ? -14 : -7), DatePrecision.Week);
                return true;
            }
            case "منذ" or "قبل" when next1 is "ساعات" or "ساعه" or "ساعتين": last = i + 1; date = PartialDate.Day(pub); return true;
            // "قبل أكثر من عامين", "قبل ثلاث سنوات", "قبل نحو عام", "قبل شهرين": months or years back, an old date
            // (not "منذ": "العملية المستمرة منذ نحو شهرين" tells how long something has gone on, not when this happened)
            case "قبل" when MonthsAgo(tokens, i, out int months, out int unit):
                last = unit;
                var then = pub.AddMonths(-months);
                date = months >= 12 ? new PartialDate(new DateOnly(then.Year, 7, 1), DatePrecision.Year) : new PartialDate(new DateOnly(then.Year, then.Month, 15), DatePrecision.Month);
                return true;
            case "منذ" or "قبل" when i + 2 < tokens.Count && next2 is "ايام" or "يوما" && NumberOfDays(tokens[i + 1], out int n):
                last = i + 2;
                date = n <= 3 ? PartialDate.Day(pub.AddDays(-n)) : new PartialDate(pub.AddDays(-n), DatePrecision.Week);
                return true;
        }
        return false;
    }

    // The span after "في وقت سابق من" at <paramref name="at"/>: this month (الشهر الحالي/الجاري، هذا الشهر), last month
    // (الشهر الماضي) or this week (الأسبوع الحالي/الجاري، هذا الأسبوع).
    private static bool EarlierIn(IReadOnlyList<Token> tokens, int at, DateOnly pub, out int last, out PartialDate date)
    {
        last = at;
        date = default;
        if (at + 1 >= tokens.Count) return false;
        string first = Key(tokens[at]), second = Key(tokens[at + 1]);
        bool thisOne = second is "الحالي" or "الجاري";
        string unit = first == "هذا" ? second : thisOne || second == "الماضي" ? first : "";
        last = at + 1;
        switch (unit)
        {
            case "الشهر" when first == "هذا" || thisOne:
                date = new PartialDate(new DateOnly(pub.Year, pub.Month, Math.Max(1, pub.Day / 2)), DatePrecision.Month);
                return true;
            case "الشهر" when second == "الماضي":
                var month = pub.AddMonths(-1);
                date = new PartialDate(new DateOnly(month.Year, month.Month, 15), DatePrecision.Month);
                return true;
            case "الاسبوع" when first == "هذا" || thisOne:
                date = new PartialDate(pub.AddDays(-3), DatePrecision.Week);
                return true;
        }
        return false;
    }

    // After "قبل": an optional hedge (أكثر من، نحو، حوالي، قرابة), then عام/عامين/سنة/سنتين/شهر/شهرين/أشهر or a
    // number and its unit. Gives the months back and the unit's token.
    private static bool MonthsAgo(IReadOnlyList<Token> tokens, int i, out int months, out int unit)
    {
        months = 0;
        unit = i + 1;
        if (unit < tokens.Count && Key(tokens[unit]) is "اكثر" && unit + 1 < tokens.Count && tokens[unit + 1].Norm == "من") unit += 2;
        else if (unit < tokens.Count && Key(tokens[unit]) is "نحو" or "حوالي" or "قرابه" or "زهاء") unit++;
        if (unit >= tokens.Count) return false;
        switch (Key(tokens[unit]))
        {
            // ("قبل عام 2011" is before a year, told by the year itself)
            case "عام" or "سنه" or "عاما": months = 12; return !(unit + 1 < tokens.Count && tokens[unit + 1].Kind == TokenKind.Number);
            case "عامين" or "سنتين" or "عامان": months = 24; return true;
            case "شهر" or "شهرا": months = 1; return true;
            case "شهرين" or "شهران": months = 2; return true;
        }
        if (unit + 1 >= tokens.Count) return false;
        var list = new List<Token> { tokens[unit] };
        if (!Numbers.NumberRecognizer.TryParse(list, 0, out _, out decimal v, out bool vague) || vague || v < 1 || v > 100) return false;
        switch (Key(tokens[unit + 1]))
        {
            case "اعوام" or "سنوات" or "عاما" or "سنه": months = 12 * (int)v; unit++; return true;
            case "اشهر" or "شهور" or "شهرا": months = (int)v; unit++; return true;
        }
        return false;
    }

    private static bool NumberOfDays(Token t, out int n)
    {
        n = 0;
        var list = new List<Token> { t };
        if (!Numbers.NumberRecognizer.TryParse(list, 0, out _, out decimal v, out bool vague) || vague || v < 1 || v > 60) return false;
        n = (int)v;
        return true;
    }

    /// <summary>
    /// "سقوط بغداد … بعد ثلاثة أسابيع من قصف جوي بدأت فصوله في 20 آذار/مارس 2003 … في 21 آذار/مارس، أسفرت الغارات عن
    /// انفجارات": once a day is dated to a past year, the days after it that name no year are of that year too, as a
    /// reader takes them — until a day of this year, or a weekday or "أمس", brings the text back to the present.
    /// </summary>
    private static PartialDate InNarrativeYear(List<Token> tokens, int first, int last, PartialDate date, DateExpressionKind kind,
        DateOnly? published, bool opensItsSentence, ref int? narrativeYear)
    {
        if (published is not { } pub) return date;
        if (kind != DateExpressionKind.Absolute)
        {
            // ("ففي مثل هذا اليوم قبل 3 أعوام، أعلن عن بدء عملية عاصفة الحزم … وفي الرابع عشر من يوليو بالعام ذاته": years
            // back that open a sentence open a past year's story, as a day with its year does — not years back told in
            // passing, "منذ بدء النزاع في سوريا قبل ثماني سنوات")
            if (opensItsSentence && date.Precision == DatePrecision.Year && Key(tokens[first]) == "قبل" && date.Date.Year < pub.Year)
            {
                narrativeYear = date.Date.Year;
                return date;
            }
            // ("وفي اليوم التالي، شنت الطائرات غارات": a day counted from the story's own goes on with it)
            bool followsTheStory = false;
            for (int k = first; k <= Math.Min(last + 1, tokens.Count - 1) && !followsTheStory; k++)
                followsTheStory = tokens[k].Norm is "التالي" or "التاليه" or "اللاحق" or "التاليين";
            if (!followsTheStory) narrativeYear = null;
            return date;
        }
        if (date.Precision != DatePrecision.Day) return date;
        bool yearNamed = false;
        for (int k = first; k <= last && !yearNamed; k++) yearNamed = IsYear(tokens[k], out _);
        if (yearNamed)
        {
            narrativeYear = date.Date.Year < pub.Year ? date.Date.Year : null;
            return date;
        }
        // ("في 5 أبريل الماضي": the latest such day, whatever the story before it)
        if (narrativeYear is not { } y || last + 1 < tokens.Count && tokens[last + 1].Norm is "الماضي" or "الجاري" or "الحالي" or "الفايت") return date;
        var d = date.Date;
        if (d.Day > DateTime.DaysInMonth(y, d.Month)) return date;
        return PartialDate.Day(new DateOnly(y, d.Month, d.Day));
    }

    private static bool Resolve(int? year, int month, int day, DateOnly? published, out PartialDate date)
    {
        date = default;
        int y;
        if (year is not null) y = year.Value;
        else if (published is not null)
        {
            y = published.Value.Year;
            // Without a year, the date is the latest one not (much) after publication.
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) > published.Value.AddDays(7)) y--;
        }
        else return false;
        if (day > DateTime.DaysInMonth(y, month)) return false;
        date = PartialDate.Day(new DateOnly(y, month, day));
        return true;
    }

    private static bool TryMonth(List<Token> tokens, int i, out int month, out int next)
    {
        month = 0; next = i;
        if (i >= tokens.Count) return false;
        // only the names starting with this word can match (in their order in the list): one lookup, not one per name
        if (!MonthsByFirstWord.TryGetValue(Key(tokens[i]), out var names)) return false;
        foreach (var (words, m) in names)
        {
            if (i + words.Length > tokens.Count) continue;
            bool ok = true;
            for (int k = 1; k < words.Length && ok; k++) ok = Key(tokens[i + k]) == words[k];
            if (ok) { month = m; next = i + words.Length; return true; }
        }
        return false;
    }

    // The month names by their first word, each list in the order of ArabicCalendarWords.Months.
    private static readonly Dictionary<string, (string[] Words, int Month)[]> MonthsByFirstWord =
        ArabicCalendarWords.Months.GroupBy(m => m.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    // "شباط/فبراير" and "فبراير (شباط)": the second name repeats the first.
    private static int SkipAlternativeMonth(List<Token> tokens, int k, ref int last)
    {
        if (k < tokens.Count && tokens[k].Surface is "/" or "(" or "-" && TryMonth(tokens, k + 1, out _, out int after))
        {
            last = after - 1;
            if (after < tokens.Count && tokens[after].Surface == ")") last = after++;
            return after;
        }
        return k;
    }

    private static int? TryYear(List<Token> tokens, int k, ref int last, DateOnly? published)
    {
        // ("18 أبريل/نيسان عام 1983", "18 أبريل من عام 1983", "مارس من العام 2015": the year named with its word)
        int y = k;
        if (y < tokens.Count && tokens[y].Norm == "من") y++;
        // ("25 أغسطس من هذا العام", "في مارس من العام الماضي", "أكتوبر من السنة الجارية": the year told relative to the
        // publication's)
        if (published is { } today && y + 1 < tokens.Count && RelativeYear(Key(tokens[y]), Key(tokens[y + 1])) is { } back)
        {
            last = y + 1;
            return today.Year - back;
        }
        if (y + 1 < tokens.Count && tokens[y].Norm is "عام" or "العام" or "سنه" or "السنه" && IsYear(tokens[y + 1], out _)) k = y + 1;
        if (k < tokens.Count && IsYear(tokens[k], out int year))
        {
            last = k;
            if (k + 1 < tokens.Count && tokens[k + 1].Norm == "م") last = k + 1;   // 2018م
            return year;
        }
        return null;
    }

    // How many years before the publication's "العام الماضي" (1), "العام الجاري" or "هذا العام" (0) are, else null.
    private static int? RelativeYear(string first, string second) => (first, second) switch
    {
        ("العام" or "السنه", _) when Past(second) || PastFeminine(second) => 1,
        ("العام", "الجاري" or "الحالي") or ("السنه", "الجاريه" or "الحاليه") or ("هذا", "العام") or ("هذه", "السنه") => 0,
        _ => null,
    };

    // "2018-02-15", "2018.02.15": a separator and another number after the year make it a full date (a sentence's
    // closing full stop, "في 2013.", does not).
    private static bool NumericDateGoesOn(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Norm is "-" or "/" or "." && tokens[k + 1].Kind == TokenKind.Number;

    // Ordinal days of the month, definite masculine: "الأول" … "العاشر", "الحادي عشر" … "التاسع عشر", "العشرين",
    // "الحادي والعشرين" … "الثلاثين", "الحادي والثلاثين".
    private static readonly Dictionary<string, int> OrdinalUnits = new(StringComparer.Ordinal)
    {
        ["الاول"] = 1, ["الحادي"] = 1, ["الثاني"] = 2, ["الثالث"] = 3, ["الرابع"] = 4, ["الخامس"] = 5, ["السادس"] = 6,
        ["السابع"] = 7, ["الثامن"] = 8, ["التاسع"] = 9, ["العاشر"] = 10,
    };

    private static bool OrdinalDay(List<Token> tokens, int i, out int day, out int after)
    {
        day = 0; after = i + 1;
        string first = Key(tokens[i]);
        if (first is "العشرين") { day = 20; return true; }
        if (first is "الثلاثين") { day = 30; return true; }
        if (!OrdinalUnits.TryGetValue(first, out int unit)) return false;
        if (i + 1 < tokens.Count)
        {
            string next = tokens[i + 1].Norm;
            // "الحادي عشر" … "التاسع عشر" (not "العاشر عشر")
            if (next == "عشر" && unit < 10) { day = 10 + unit; after = i + 2; return true; }
            if (next is "والعشرين" && unit < 10) { day = 20 + unit; after = i + 2; return true; }
            if (next is "والثلاثين" && unit == 1) { day = 31; after = i + 2; return true; }
        }
        if (first == "الحادي") return false;   // "الحادي" stands only in compounds
        day = unit;
        return true;
    }

    private static readonly HashSet<string> YearLeads = new(StringComparer.Ordinal)
    {
        "حرب", "الحرب", "خلال", "منذ", "مطلع", "اوايل", "اواخر", "نهايه", "بدايه", "منتصف", "احداث", "ثوره", "انتفاضه",
        // the seasons: "في صيف 2014"
        "صيف", "شتاء", "ربيع", "خريف",
        // the dual in construct: "بين عامي 2011 و2014", "خلال العامين 2015 و2016" (dated by the first year)
        "عامي", "سنتي", "العامين", "السنتين",
    };

    private static bool IsYear(Token t, out int year) =>
        int.TryParse(t.Norm, out year) && t.Kind == TokenKind.Number && year is >= 1900 and <= 2100;

    // A day and month that name a newspaper or website: "26 سبتمبر نت", "صحيفة 26 سبتمبر", "موقع 26 سبتمبر".
    private static bool NamesAnOutlet(List<Token> tokens, int day, int afterMonth) =>
        afterMonth < tokens.Count && Key(tokens[afterMonth]) is "نت" or "نيت"
        || day > 0 && Key(tokens[day - 1]) is "صحيفه" or "موقع" or "لصحيفه" or "لموقع" or "وموقع" or "وصحيفه";

    private static bool TryNumericDate(List<Token> tokens, int i, out PartialDate date, out int last)
    {
        date = default; last = i;
        if (i + 4 >= tokens.Count) return false;
        string sep = tokens[i + 1].Surface;
        if (sep is not ("/" or "-" or ".") || tokens[i + 3].Surface != sep) return false;
        if (!int.TryParse(tokens[i].Norm, out int d) || !int.TryParse(tokens[i + 2].Norm, out int m) || !IsYear(tokens[i + 4], out int y)) return false;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        if (tokens[i + 4].Span.Start - tokens[i].Span.End > 8) return false;   // the parts must sit together
        last = i + 4;
        date = PartialDate.Day(new DateOnly(y, m, d));
        return true;
    }

    private static bool TryIsoDate(List<Token> tokens, int i, out PartialDate date, out int last)
    {
        date = default; last = i;
        if (i + 4 >= tokens.Count || !IsYear(tokens[i], out int y)) return false;
        // ("2018-02-15", "بتاريخ 2015/07/20")
        if (tokens[i + 1].Surface is not ("-" or "/") || tokens[i + 3].Surface != tokens[i + 1].Surface) return false;
        if (!int.TryParse(tokens[i + 2].Norm, out int m) || !int.TryParse(tokens[i + 4].Norm, out int d)) return false;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        last = i + 4;
        date = PartialDate.Day(new DateOnly(y, m, d));
        return true;
    }

    // Words that may follow a one-letter conjunction or preposition and still be read (وأمس، بالأمس، وفي).
    private static readonly HashSet<string> CalendarWords = new(
        ArabicCalendarWords.Weekdays.Keys.Concat(ArabicCalendarWords.Months.Select(m => m.Words[0]))
            .Concat(new[] { "امس", "الامس", "اليوم", "يوم", "في", "منذ", "قبل", "عام", "العام" }), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per form (Arabic words): may it start a date? The key depends on the matching form alone.
    private static readonly FormFlags MayStart = new();

    // Words that can start a date expression.
    private static readonly HashSet<string> StartWords = new(CalendarWords.Concat(new[]
    {
        "نهار", "سنه", "السنه", "اول", "البارحه", "منذ", "قبل", "الليله", "ليله", "غدا", "الغد", "الاسبوع", "الشهر", "الايام",
        "مطلع", "بدايه", "اوايل", "هذا", "هذه", "الصيف", "الشتاء", "الشتا", "الربيع", "الخريف",
        "السنتين", "العامين", "السنوات", "الاعوام", "الاشهر", "الشهور", "من", "وقت",
        // a day of a feast: "ثاني أيام عيد الفطر", "صباح عيد الأضحى"
        "ثاني", "ثالث", "رابع", "صباح", "صبيحه", "فجر", "ظهر", "مساء",
    }).Concat(OrdinalUnits.Keys).Concat(new[] { "العشرين", "الثلاثين" }), StringComparer.Ordinal);

    private static bool SuperlativeBefore(List<Token> tokens, int i)
    {
        for (int k = i - 1; k >= Math.Max(0, i - 6); k--)
            if (tokens[k].Norm is "اكبر" or "الاكبر" or "اعنف" or "الاعنف" or "اسوا" or "الاسوا" or "اكثر" or "الاكثر" or "اشد" or "الاشد"
                or "اخطر" or "الاخطر" or "اول" or "الاول" or "الاولي" or "اعلي" or "الاعلي" or "ادني") return true;
        return false;
    }

    // The day a part of a month before its word stands for: "مطلع" or "بداية" the 5th, "منتصف" the 15th, "أواخر" or
    // "نهاية" the 25th; null with no such word.
    private static int? DayOfPart(IReadOnlyList<Token> tokens, int i) =>
        i == 0 ? null : Key(tokens[i - 1]) switch
        {
            "مطلع" or "بدايه" or "اوايل" => 5,
            "منتصف" => 15,
            "اواخر" or "نهايه" => 25,
            _ => null,
        };

    // "الماضي", "المنصرم", "الفايت" after a month, a week or the month: the last one (the masculine words only).
    private static bool Past(string key) => key is "الماضي" or "المنصرم" or "الفايت";

    // Their feminine, after "الليلة" or "السنة": "الليلة الماضية", "السنة المنصرمة".
    private static bool PastFeminine(string key) => key is "الماضيه" or "المنصرمه" or "الفايته";

    /// <summary>
    /// Token <paramref name="i"/> is "اليوم" of "اليوم نفسه", "اليوم ذاته", "ذلك اليوم", "نفس اليوم", "ذات اليوم": the day
    /// told before, not today (the extractor dates the act by the sentences before).
    /// </summary>
    public static bool SameDayAsTold(IReadOnlyList<Token> tokens, int i) =>
        Key(tokens[i]) == "اليوم"
        && (i + 1 < tokens.Count && Key(tokens[i + 1]) is "نفسه" or "ذاته" || i > 0 && Key(tokens[i - 1]) is "ذلك" or "نفس" or "ذات");

    // "وفي مثل هذا اليوم خرج متظاهرون": the same day of a past year, an anniversary's — not today.
    private static bool ThisDayYearsAgo(IReadOnlyList<Token> tokens, int i) =>
        i > 1 && tokens[i - 1].Norm == "هذا" && tokens[i - 2].NormWithoutWa is "مثل" or "بمثل";

    // A word's key without a leading conjunction or preposition (وأمس، بالأمس، وفي); no allocation.
    private static string Key(Token t)
    {
        string n = t.Norm;
        if (t.Kind != TokenKind.ArabicWord || n.Length < 3) return n;
        if (n[0] is 'و' or 'ف' or 'ب' && CalendarLookup.TryGetValue(n.AsSpan(1), out var word)) return word;
        return n;
    }
}
