namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "قتلى حوثيون بتعز والتحالف يقصف حجة" over "شن طيران التحالف العربي قصفاً على تجمعات الحوثيين في محافظة حجة": an
    /// event told only in the headline, of the same kind and by the same side as one the body tells within a day, is that
    /// event's headline — the body's place and day stand (a headline's place is often a neighbour's, its verb's object
    /// read as no place).
    /// </summary>
    private static List<ExtractedEvent> HeadlinesRetold(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (context.Document.Title is not { Length: > 0 } title || events.Count < 2) return events;
        // (or in the line that links the story again under its own title: "رابط الخبر بصحيفة الوئام: …")
        bool OnlyInTitle(ExtractedEvent e) => e.EvidenceSentences.All(s =>
            context.Document.SentenceAt(s.Start) is { } sentence && (context.InTitle(sentence) || context.IsLinkToAnotherStory(sentence)));
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var headline = result[k];
            if (!OnlyInTitle(headline) || headline.Actor1 is null) continue;
            // (a headline whose own place stands before its act — the place of another clause: "قتلى حوثيون بتعز والتحالف يقصف")
            var trigger = TriggerOf(headline);
            if (headline.FieldEvidence.FirstOrDefault(f => f.Field == "location") is not { } at || at.Span.Start >= trigger.Start || at.Span.Start >= title.Trim().Length)
                continue;
            // (only when the headline names the body's place after its act — the act's object read as no place: a headline's
            // other place is another act, "حظر للتجول في البصرة" beside the body's riot in Najaf)
            int body = result.FindIndex(o => o != headline && !OnlyInTitle(o) && o.SubEventType == headline.SubEventType
                                             && SameForce(o.Actor1, headline.Actor1)
                                             && Math.Abs(o.Date.Date.DayNumber - headline.Date.Date.DayNumber) <= 1
                                             && NamedIn(title[Math.Min(title.Length, trigger.End)..], o.Location));
            if (body < 0) continue;
            FoldHeadline(result, k, body);
        }
        return result;
    }

    /// <summary>
    /// "مقتل جنود إيرانيين بهجوم كردي غربي إيران" over "هاجم مسلحون تابعون لحزب كوملة … ثكنة عسكرية للحرس الثوري قرب مدينة
    /// مريوان": an act the headline tells with no one named doing it, of the same kind, place and side hit as one the body
    /// tells within a day by a side it names, is that act's headline.
    /// </summary>
    private static List<ExtractedEvent> UnnamedHeadlines(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (context.Document.Title is not { Length: > 0 } || events.Count < 2) return events;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var headline = result[k];
            if (headline is not { Actor1.IsUnidentified: true, Location: not null } || !ToldOnlyInTitle(headline, context)) continue;
            int body = result.FindIndex(o => o != headline && o is { Actor1.IsUnidentified: false, Location: not null } && !ToldOnlyInTitle(o, context)
                                             && o.SubEventType == headline.SubEventType
                                             && ExtractionContext.PlaceKey(o.Location) == ExtractionContext.PlaceKey(headline.Location)
                                             && Math.Abs(o.Date.Date.DayNumber - headline.Date.Date.DayNumber) <= 1
                                             && (headline.Actor2 is null || SameForce(o.Actor2, headline.Actor2)));
            if (body < 0) continue;
            FoldHeadline(result, k, body);
        }
        return result;
    }

    // The headline at k folded into the body's act at body: its sentences join the act's evidence, and its toll stands
    // for one the body does not tell.
    private static void FoldHeadline(List<ExtractedEvent> result, int k, int body)
    {
        var (headline, told) = (result[k], result[body]);
        result[body] = told with
        {
            EvidenceSentences = told.EvidenceWith(headline),
            Fatalities = told.Fatalities ?? headline.Fatalities,
            FatalitiesEstimated = told.Fatalities is null ? headline.FatalitiesEstimated : told.FatalitiesEstimated,
        };
        result.RemoveAt(k);
    }

    /// <summary>
    /// "غارات أميركية تستهدف مواقع عسكرية تابعة للنظام السوري" over "إن التحالف الدولي استهدف موقعين للجيش السوري شرقي
    /// سوريا": a headline act whose title names no place of it — its place borrowed from the body — is the headline of an
    /// act of its kind the body tells in the same country within a day, by the same side or one allied to it.
    /// </summary>
    private static List<ExtractedEvent> HeadlinesWithoutAPlace(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (context.Document.Title is not { Length: > 0 } title || events.Count < 2) return events;
        int titleEnd = title.Trim().Length;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var headline = result[k];
            if (!ToldOnlyInTitle(headline, context) || headline.Actor1 is null
                || headline.FieldEvidence.FirstOrDefault(f => f.Field == "location") is { } at && at.Span.Start < titleEnd) continue;
            int body = result.FindIndex(o => o != headline && !ToldOnlyInTitle(o, context) && o.SubEventType == headline.SubEventType
                                             && (SameForce(o.Actor1, headline.Actor1) || context.Sides.Allied(o.Actor1, headline.Actor1))
                                             && Math.Abs(o.Date.Date.DayNumber - headline.Date.Date.DayNumber) <= 1
                                             && o.Location?.Place?.CountryCode is { } country && country == headline.Location?.Place?.CountryCode);
            if (body < 0) continue;
            FoldHeadline(result, k, body);
        }
        return result;
    }

    /// <summary>
    /// "انتحاري يقتل «33» داعشياً في مركز تدريب بالموصل" over "… في مركز تدريب تابع للتنظيم في ناحية البعاج غرب الموصل،
    /// ما أسفر عن مقتل 33": a headline act with the very toll of an act of its kind the body tells in the same country within
    /// a day is that act's headline, whatever town the headline names (the nearest one its readers know).
    /// (And the lead, the body's first sentence that tells an act, sums up as a headline does: "قتل 15 عنصرًا من تنظيم داعش
    /// اليوم بعملية أمنية نفذتها القوات العراقية شرقي الرمادي" over "شنت عملية عسكرية في مناطق حصيبة الشرقية … وتمكنت من
    /// قتل 15 عنصرًا".)
    /// </summary>
    private static List<ExtractedEvent> HeadlinesOfTheSameToll(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (events.Count < 2) return events;
        var document = context.Document;
        // (the first body sentence that tells an act: a dateline, "عين اليوم – بغداد", comes before it)
        var lead = document.Triggers.Select(t => document.Sentences[t.Sentence]).FirstOrDefault(s => !context.InTitle(s));
        bool Summing(Text.Sentence s) => context.InTitle(s) || s == lead;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var headline = result[k];
            // (its act's word in the headline; a body sentence that tells no act may have joined it for naming the headline's
            // town again — not one that tells the act over, "أعلن تنظيم داعش مسؤوليته عن هجوم بسيارة ملغومة … أوقع 40 قتيلا")
            if (headline is not { Fatalities: >= 2 and var toll, FatalitiesEstimated: false }
                || document.SentenceAt(TriggerOf(headline).Start) is not { } told || !Summing(told)
                || headline.EvidenceSentences.Any(s => document.SentenceAt(s.Start) is { } other && !Summing(other)
                                                       && document.Triggers.Exists(t => t.Sentence == other.Index))) continue;
            int body = result.FindIndex(o => o != headline && !ToldOnlyInTitle(o, context) && o.EventType == headline.EventType
                                             && (context.InTitle(told) || document.SentenceAt(TriggerOf(o).Start) is { } its && its.Index > told.Index)
                                             && o.Fatalities == toll && Math.Abs(o.Date.Date.DayNumber - headline.Date.Date.DayNumber) <= 1
                                             && o.Location?.Place?.CountryCode is { } cc && cc == headline.Location?.Place?.CountryCode);
            if (body < 0) continue;
            result[body] = result[body] with { EvidenceSentences = result[body].EvidenceWith(headline) };
            result.RemoveAt(k);
        }
        return result;
    }

    /// <summary>
    /// "السعودية: انتحاري {الطوارئ} تأثر بوالده" over "أعلنت السعودية عن هوية الانتحاري الذي نفذ تفجيرا في مسجد … في مدينة أبها،
    /// الخميس الماضي": a headline act that names no day of its own, of the kind of an act the body tells in the same country
    /// up to a week before, is that act's headline — not a second act on the day of publication.
    /// </summary>
    private static List<ExtractedEvent> UndatedHeadlines(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (context.Document.Title is not { Length: > 0 } || events.Count < 2) return events;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var headline = result[k];
            if (!ToldOnlyInTitle(headline, context) || headline.FieldEvidence.Any(f => f.Field is "date" or "fatalities")) continue;
            string? country = headline.Location?.Place?.CountryCode;
            // (a body act of the headline's own day is the one it tells, if any)
            if (result.Exists(o => o != headline && !ToldOnlyInTitle(o, context) && o.SubEventType == headline.SubEventType && o.Date.Date == headline.Date.Date))
                continue;
            int body = result.FindIndex(o => o != headline && !ToldOnlyInTitle(o, context) && o.SubEventType == headline.SubEventType
                                             && o.Location?.Place?.CountryCode == country && country is not null
                                             && headline.Date.Date.DayNumber - o.Date.Date.DayNumber is > 0 and <= 7);
            if (body < 0) continue;
            result[body] = result[body] with { EvidenceSentences = result[body].EvidenceWith(headline) };
            result.RemoveAt(k);
        }
        return result;
    }

    /// <summary>
    /// "مذبحة حوثية في عدن..", "ارتكبت الميليشيات الحوثية مجزرة في مدينة عدن … بعدما أمطرت ضاحية دار سعد … بصواريخ
    /// الكاتيوشا": a massacre the headline or the body names is the deadly act told by the same side, within a day, in the
    /// same province — whatever kind of act that makes it — and its toll is that act's.
    /// </summary>
    private static List<ExtractedEvent> HeadlineMassacres(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (context.Document.Title is not { Length: > 0 } || events.Count < 2) return events;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var headline = result[k];
            if (headline.Actor1 is null || !MassacreNoun(context.Document, TriggerOf(headline))) continue;
            var where = headline.Location?.Place;
            int body = result.FindIndex(o => o != headline && !ToldOnlyInTitle(o, context) && !MassacreNoun(context.Document, TriggerOf(o))
                                             && SameForce(o.Actor1, headline.Actor1) && o.Fatalities > 0
                                             && Math.Abs(o.Date.Date.DayNumber - headline.Date.Date.DayNumber) <= 1
                                             && where is not null && o.Location?.Place is { } there && there.CountryCode == where.CountryCode
                                             && there.Admin1Code == where.Admin1Code);
            if (body < 0) continue;
            result[body] = result[body] with
            {
                EvidenceSentences = result[body].EvidenceWith(headline),
                Fatalities = Math.Max(result[body].Fatalities ?? 0, headline.Fatalities ?? 0),
            };
            result.RemoveAt(k);
        }
        return result;
    }

    // Whether every sentence an event was told in is (a part of) the headline.
    private static bool ToldOnlyInTitle(ExtractedEvent e, ExtractionContext context) =>
        e.EvidenceSentences.All(s => context.Document.SentenceAt(s.Start) is { } sentence && context.InTitle(sentence));

    private static bool MassacreNoun(Document document, TextSpan trigger)
    {
        string said = Text.ArabicNormalizer.Matching.Normalize(document.Text[trigger.Start..trigger.End]);
        return said.Contains("مجزره", StringComparison.Ordinal) || said.Contains("مذبحه", StringComparison.Ordinal)
               || said.Contains("مجازر", StringComparison.Ordinal) || said.Contains("مذابح", StringComparison.Ordinal);
    }

    // Whether the headline holds the place's name, its cue noun aside ("حجة" of "محافظة حجة").
    private static bool NamedIn(string title, Geo.PlaceMention? place)
    {
        if (place is null) return false;
        string said = Text.ArabicNormalizer.Matching.Normalize(title);
        foreach (var word in Text.ArabicNormalizer.Matching.Normalize(place.Surface).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Length >= 3 && !PlaceNouns.Contains(word) && said.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "محافظه", "مدينه", "منطقه", "مديريه", "بلده", "قريه", "ولايه", "اقليم", "حي", "مخيم", "ريف", "مناطق", "مدن", "قري",
    };
}
