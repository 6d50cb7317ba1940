using Marsad.Core.Text;
using Marsad.Core.Dates;

namespace Marsad.Core.Events;

// The folds over a document's bombings: one bombing told as a car bomb and its bomber, at a region and at its town, in a
// headline's killing and in the body, or by its bomber again with no day of its own.
public sealed partial class EventExtractor
{
    /// <summary>
    /// "سيارة مفخخة انفجرت قرب مقر الرئيس … . وقال ضابط إن انفجار السيارة الملغومة نفذه انتحاري": a car bomb and the
    /// suicide bomber who drove it, at one place within a day, are one bombing — ACLED's suicide bomb, which takes
    /// precedence over the remote explosive.
    /// </summary>
    private static List<ExtractedEvent> OneSuicideBombing(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (!events.Any(e => e.SubEventType == "Suicide bomb")) return events;
        var result = new List<ExtractedEvent>(events);
        for (int k = 0; k < result.Count; k++)
        {
            var bomb = result[k];
            if (bomb.SubEventType != "Suicide bomb") continue;
            for (int j = result.Count - 1; j >= 0; j--)
            {
                var e = result[j];
                if (e.SubEventType != "Remote explosive/landmine/IED" || Math.Abs(e.Date.Date.DayNumber - bomb.Date.Date.DayNumber) > 1 && !DatedBlastOfAnUndatedBomber(e, bomb, context)
                    || !SameOrWithin(e, bomb))
                    continue;
                bomb = Absorb(bomb, e) with { Date = bomb.Date.Precision == DatePrecision.Day || e.Date.Precision != DatePrecision.Day ? bomb.Date : e.Date };
                result[k] = bomb;
                result.RemoveAt(j);
                if (j < k) k--;
            }
        }
        // ("هاجم انتحاريان حمام سباحة مزدحما في شمال العراق" and "مهاجما انتحاريا فجر سترته الناسفة في حمام سباحة" in Tuz
        // Khurmatu): a suicide bombing placed only at a region, on the day of one at a town of that country, is that one
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var vague = result[k];
            // (or a blast of a car bomb a headline tells at a region with no day: "22 قتيلاً بانفجار سيارة مفخخة في شمال
            // أفغانستان" over "قتلوا في إقليم قندز … مساء أول من أمس عندما فجر انتحاري")
            if (vague is not { SubEventType: "Suicide bomb" or "Remote explosive/landmine/IED", Location: { Place: { } region } at } || !SummaryFolding.IsRegion(at)) continue;
            bool undated = vague.Date.Precision != DatePrecision.Day;
            if (vague.SubEventType != "Suicide bomb" && !undated) continue;
            // (a province holds only its own towns; a region named by its direction, or the country, any town of it — on the day,
            // or, for a report with no day, in the three days before it)
            int town = result.FindIndex(b => b != vague && b.SubEventType == "Suicide bomb" && b.Location is { Place: { } p } bt && !SummaryFolding.IsRegion(bt)
                                             && p.CountryCode == region.CountryCode
                                             && (b.Date.Date == vague.Date.Date || undated && b.Date.Date <= vague.Date.Date && b.Date.Date >= vague.Date.Date.AddDays(-3))
                                             && (region.FeatureCode != "ADM1" || SummaryFolding.Holds(at, bt)));
            if (town < 0) continue;
            var kept = result[town];
            result[town] = Absorb(kept, vague) with
            {
                Location = kept.Location,
                Date = kept.Date.Precision == DatePrecision.Day || vague.Date.Precision != DatePrecision.Day ? kept.Date : vague.Date,
                Actor1 = kept.Actor1 is { IsUnidentified: true } && vague.Actor1 is { IsUnidentified: false } ? vague.Actor1 : kept.Actor1,
            };
            result.RemoveAt(k);
        }
        // ("حدوث تفجير … يوم الخميس … في مسجد مقر القوة" and "تبين أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه"): a
        // suicide bombing with no day of its own, told after one the article dates to a day of the week before at its place,
        // is that one retold (not the news one told first: "واستهدف تفجيران انتحاريان نقطة تفتيش في بغداد. وجاءت الهجمات
        // بعد أقل من اسبوع على تفجير انتحاري وقع الجمعة في بغداد") — or told before it as "the bomber", whom the article
        // takes as known ("أوضحت وزارة الداخلية هوية الانتحاري مفجر نفسه داخل مسجد قوات الطوارئ في مدينة أبها")
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var undated = result[k];
            if (undated.SubEventType != "Suicide bomb" || undated.Date.Precision == DatePrecision.Day) continue;
            int dated = result.FindIndex(b => b != undated && b.SubEventType == "Suicide bomb" && b.Date.Precision == DatePrecision.Day
                                              && b.Date.Date <= undated.Date.Date && b.Date.Date >= undated.Date.Date.AddDays(-7) && SameOrWithin(b, undated)
                                              && (TriggerOf(b).Start < TriggerOf(undated).Start || TheBomberAgain(undated, context)));
            if (dated < 0) continue;
            result[dated] = Absorb(result[dated], undated);
            result.RemoveAt(k);
        }
        return result;
    }

    // ("بشأن حدوث تفجير … يوم الخميس" and then "أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة", a sentence with no day of
    // its own): a suicide bombing with no day, told after a blast the article dates in the week before at its place, is
    // what that blast was — at the blast's own place, or placed by no word of its sentence (not "في تفجير سيارة مفخخة يقودها
    // انتحاري … في منطقة الطارمية شمال بغداد", a bombing of its own after the capital's)
    private static bool DatedBlastOfAnUndatedBomber(ExtractedEvent blast, ExtractedEvent bomb, ExtractionContext context) =>
        bomb.Date.Precision != DatePrecision.Day && blast.Date.Precision == DatePrecision.Day
        && blast.Date.Date <= bomb.Date.Date && blast.Date.Date >= bomb.Date.Date.AddDays(-7) && TriggerOf(blast).Start < TriggerOf(bomb).Start
        && (SamePlace(blast, bomb) || bomb.Location is { } place && !TriggerSentence(bomb, context).Span.Contains(place.Span));

    /// <summary>
    /// "داعش يفجر حمام سباحة ويقتل 12 شخصاً" over "هاجم انتحاريان حمام سباحة … قتل 12 شخصا": a killing told with a verb
    /// of blowing up in its sentence, at the place and day of a bombing the article tells, is that bombing's toll — its
    /// named agent the bombing's where that one has none.
    /// </summary>
    private static List<ExtractedEvent> KilledByTheBombing(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (!events.Any(e => e.SubEventType is "Suicide bomb" or "Remote explosive/landmine/IED")) return events;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var killing = result[k];
            if (killing.SubEventType != "Attack" || !AnyWordOf(context.Document, TriggerSentence(killing, context), BlowingUpWords)) continue;
            int b = result.FindIndex(e => e.SubEventType is "Suicide bomb" or "Remote explosive/landmine/IED" && SamePlace(e, killing)
                                          && Math.Abs(e.Date.Date.DayNumber - killing.Date.Date.DayNumber) <= 1
                                          && (killing.Fatalities is null || e.Fatalities is null || e.Fatalities == killing.Fatalities));
            if (b < 0) continue;
            var bombing = result[b];
            result[b] = Absorb(bombing, killing) with
            {
                // (a group's: a state force the killing's sentence names is no bomber of the article's bombing)
                Actor1 = bombing.Actor1 is null or { IsUnidentified: true } && killing.Actor1 is { IsUnidentified: false, Inter: 2 or 3 or 4 } agent ? agent : bombing.Actor1,
                // (the side hit is the killing's: a named agent is no target of its own bomb)
                Actor2 = bombing.Actor2 is { } hit && killing.Actor1 is { Inter: 2 or 3 or 4 } by && SameForce(hit, by) ? killing.Actor2 : bombing.Actor2 ?? killing.Actor2,
            };
            result.RemoveAt(k);
        }
        return result;
    }

    /// <summary>
    /// "قوات الأسد تقتل 18 شخصا في حلب" over "قتل 18 شخصا … في سقوط صاروخ مصدره قوات النظام السوري على حي شعبي في وسط مدينة
    /// حلب": a killing told with no weapon, by the side, at the place, within a day and with the very toll of a strike or
    /// bombing the article tells, is that act told by its dead — one event, the act's kind.
    /// </summary>
    private static List<ExtractedEvent> KilledByTheSameToll(List<ExtractedEvent> events)
    {
        if (!events.Exists(e => e.SubEventType == "Attack" && e.Fatalities > 0)) return events;
        var result = new List<ExtractedEvent>(events);
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var killing = result[k];
            if (killing is not { SubEventType: "Attack", Fatalities: > 0, Actor1: { IsUnidentified: false } killer }) continue;
            int act = result.FindIndex(e => e.EventType == AcledTaxonomy.Explosions && e.Fatalities == killing.Fatalities && SameForce(e.Actor1, killer)
                                            && SamePlace(e, killing) && Math.Abs(e.Date.Date.DayNumber - killing.Date.Date.DayNumber) <= 1);
            if (act < 0) continue;
            result[act] = Absorb(result[act], killing) with { Date = result[act].Date };
            result.RemoveAt(k);
        }
        return result;
    }

    private static readonly HashSet<string> BlowingUpWords = new(StringComparer.Ordinal)
    {
        "يفجر", "تفجر", "فجر", "فجرت", "فجروا", "تفجير", "انفجار",
    };

    // A word of blowing up or of an explosion anywhere in the sentence ("فجرت امرأة … حزامها الناسف", "بتفجير أربعة
    // انتحاريين أحزمتهم الناسفة", "كان يخفي تحت ملابسه حزاما ناسفا استعمله في التفجير").
    private static bool TellsABlast(Document document, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            string lemma = BareLemma(document.Tokens[i]);
            if (BlowingUpWords.Contains(lemma) || lemma is "انفجر" or "انفجرت" or "فجرا" or "يفجرون" or "تفجيرات" or "تفجيره" or "تفجيرها") return true;
        }
        return false;
    }

    // ("قالت السلطات ان الانتحاري شاب تركي يبلغ من العمر 20 عاما" after "الهجوم الانتحاري الذي اوقع 32 قتيلا في سوروتش
    // الاثنين"): a suicide bombing told again with no day of its own, at the place of one the article dates, is that one
    // (one with no figure of its own dead: "اطلع على آثار التفجير … ومزجت دماء الشهداء بصفحاته" tells a plural, no toll)
    private static bool OneBombingOneUndated(ExtractedEvent a, ExtractedEvent b, Func<ExtractedEvent, bool> theBomberAgain) =>
        a.SubEventType is "Suicide bomb" or "Remote explosive/landmine/IED" && (a.Date.Precision == DatePrecision.Day) != (b.Date.Precision == DatePrecision.Day)
        && (a.Date.Precision == DatePrecision.Day ? b : a) is var undated && (undated.Fatalities is null || undated.FatalitiesEstimated) && theBomberAgain(undated);

    // "الانتحاري": the bomber named with the article is one the article told of before; so is "التفجير", the bombing
    // with the article ("اطلع على آثار التفجير الآثم داخل المسجد" after "بعد عملية تفجير إرهابية … الخميس الماضي").
    private static bool TheBomberAgain(ExtractedEvent e, ExtractionContext context)
    {
        var tokens = context.Document.Tokens;
        int first = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, TriggerOf(e).Start);
        return first < tokens.Count && (tokens[first].Norm is "الانتحاري" or "الانتحاريه" or "الانتحاريين" or "الانتحاريون"
                                        || e.SubEventType == "Remote explosive/landmine/IED" && tokens[first].LemmaWithoutArticle == "تفجير"
                                           && tokens[first].Form.Analysis is { HasArticle: true });
    }
}
