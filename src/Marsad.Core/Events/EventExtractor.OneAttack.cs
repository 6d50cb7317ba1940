using Marsad.Core.Dates;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // How many days apart two mentions of a chemical attack on one place can be and still be one attack.
    private const int OneAttackDays = 7;

    /// <summary>
    /// "والسبت قتل وأصيب العشرات في دوما، جراء قصف جوي نفذته طائرات القوات الحكومية السورية … 70 حالة اختناق": a chemical
    /// attack the article names no one for, where and when it tells of a state force's strikes, was delivered by those
    /// strikes — that force's, as ACLED's coders read it, not an unidentified group's (the country's own force only).
    /// </summary>
    private static List<ExtractedEvent> GassedByTheStrikers(List<ExtractedEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var gas = events[i];
            if (gas is not { SubEventType: "Chemical weapon", Actor1.IsUnidentified: true, Location: not null }) continue;
            var striker = events
                // (the country's own forces: a foreign state's strikes on it then are a reprisal, "ضربات أمريكية وبريطانية وفرنسية")
                .Where(e => e.SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling && e.Actor1 is { IsState: true, IsUnidentified: false } own
                            && own.Country is { } home && home == gas.Location.Place?.CountryCode
                            && e.Location is not null && Math.Abs(e.Date.Date.DayNumber - gas.Date.Date.DayNumber) <= 1
                            && (SameOrWithin(e, gas) || Nearby(e.Location.Place, gas.Location.Place)))
                .GroupBy(e => e.Actor1!.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First().Actor1).FirstOrDefault();
            if (striker is not null) events[i] = gas with { Actor1 = striker };
        }
        return events;
    }

    /// <summary>
    /// "أصيبوا بحالات اختناق إثر قصف جوي على المدينة", "قصف عنيف … يعتقد أنه بغاز الكلور": a strike by the chemical
    /// attack's own force, at its place within a day, whose sentence tells of choking or gas delivered that attack — one
    /// event, the chemical one, as ACLED's coders code it (not a strike beside it).
    /// </summary>
    private static List<ExtractedEvent> StrikeThatGassed(List<ExtractedEvent> events, ExtractionContext context)
    {
        List<ExtractedEvent>? folded = null;
        foreach (var strike in events)
        {
            // (the place's own state force: a foreign state's strikes then are a reprisal, "ردا على هجوم كيماوي")
            if (strike.SubEventType is not (AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling) || strike.Location?.Place?.CountryCode is not { } land
                || strike.Actor1 is not { IsState: true, IsUnidentified: false, Country: { } own } || own != land) continue;
            var current = folded ?? events;
            int at = current.FindIndex(c => c.SubEventType == "Chemical weapon" && c.Location is not null && SamePlace(c, strike)
                && Math.Abs(c.Date.Date.DayNumber - strike.Date.Date.DayNumber) <= 1 && SameForce(c.Actor1, strike.Actor1));
            if (at < 0 || !TellsOfGas(context.Document.Slice(TriggerSentence(strike, context).Span))) continue;
            folded ??= new List<ExtractedEvent>(events);
            var gas = folded[at];
            folded[at] = gas with
            {
                EvidenceSentences = gas.EvidenceWith(strike),
                FieldEvidence = gas.FieldEvidence.Concat(strike.FieldEvidence.Where(f => f.Field != "trigger" && !gas.FieldEvidence.Any(g => g.Field == f.Field))).ToList(),
                Fatalities = gas.Fatalities ?? strike.Fatalities,
                // (the strike told to the day, earlier, dates the attack: reports of it come after)
                Date = strike.Date.Precision == DatePrecision.Day && (gas.Date.Precision != DatePrecision.Day || strike.Date.Date.DayNumber < gas.Date.Date.DayNumber)
                    ? strike.Date : gas.Date,
            };
            folded.Remove(strike);
        }
        return folded ?? events;
    }

    private static bool TellsOfGas(string sentence) =>
        sentence.Contains("اختناق", StringComparison.Ordinal) || sentence.Contains("غاز", StringComparison.Ordinal)
        || sentence.Contains("الكلور", StringComparison.Ordinal) || sentence.Contains("كيما", StringComparison.Ordinal)
        || sentence.Contains("كيميا", StringComparison.Ordinal);

    /// <summary>
    /// "بدأت واشنطن ولندن خطوات … بتوجيه ضربة عسكرية للنظام السوري على خلفية هجوم كيماوي مفترض أسفر عن مقتل عشرات في
    /// بلدة دوما", "اعتبرت دمشق الاتهامات الموجهة لها بشأن الهجوم الكيميائي": a chemical attack the article names no
    /// one for, where a sentence tells of chemical weapons beside the government or army of the place's country, is laid
    /// at that state's forces — the accused, as ACLED's coders code an alleged attack.
    /// </summary>
    private List<ExtractedEvent> AccusedOfGassing(List<ExtractedEvent> events, ExtractionContext context)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var gas = events[i];
            if (gas is not { SubEventType: "Chemical weapon" } || gas.Location?.Place?.CountryCode is not { } land) continue;
            // ("شنت الولايات المتحدة وفرنسا وبريطانيا ضربات … إثر اتهامها بقصف المدينة بسلاح كيميائي", "روسيا تقدم شهودا على
            // أن الهجوم الكيمياوي المزعوم … مسرحية": a foreign state named with a chemical attack answers it or speaks of it —
            // it is no one's gas attack on another land; the accused is the land's state when named with the gas, else unknown)
            bool foreign = gas.Actor1 is { IsState: true, Country: { } own } && own != land;
            if (!(gas.Actor1 is { IsUnidentified: true } || foreign)) continue;
            if (StateBesideGas(context, land))
                events[i] = gas with { Actor1 = context.Code(catalog.StateForce(land, "military", gas.Date.Date.Year), land) };
            else if (foreign && Unidentified(gas) is { } unknown)
                events[i] = gas with { Actor1 = context.Code(unknown, land) };
        }
        return events;
    }

    // A sentence with a chemical weapon's word and the state of the land (its army, regime or capital) named in it.
    private static bool StateBesideGas(ExtractionContext context, string land)
    {
        var document = context.Document;
        foreach (var t in document.Triggers)
        {
            if (!t.Entries.Any(e => e.SubEventType == "Chemical weapon")) continue;
            var s = document.Sentences[t.Sentence];
            foreach (var a in context.Actors)
                if (a.FirstToken >= s.FirstToken && a.LastToken < s.EndToken && a.Actor is { IsState: true } state && state.Country == land
                    && state.Kind is "military" or "government") return true;
        }
        return false;
    }

    /// <summary>
    /// "تعرضت دوما لهجوم كيماوي السبت … وأكدت واشنطن أن النظام استخدم الأسلحة الكيماوية … الهجوم الكيميائي الذي وقع
    /// الاثنين": an article retells one chemical attack on a place many times, dated by the attack or by the day
    /// something was said of it; ACLED codes the attack once. Mentions of a chemical attack on one place within a
    /// week are folded into the one dated earliest to the day (the attack comes before what is said of it), with
    /// the attacker most mentions name when that one names none. "One place" is also a place within 30 km of it: a
    /// report that puts the Douma attack at Damascus ("في مدينة دوما بغوط دمشق") retells it too.
    /// </summary>
    private static List<ExtractedEvent> OneChemicalAttackPerPlace(List<ExtractedEvent> events) =>
        OneActPerPlace(events, e => e.SubEventType == "Chemical weapon", OneAttackDays);

    /// <summary>
    /// "اختفى الصحفي … بعد دخوله القنصلية السعودية في إسطنبول في 2 أكتوبر" and, later, "الذي اختفى في إسطنبول": a
    /// disappearance no one is named for, retold at its place within a month, is one act — dated to the day it happened.
    /// </summary>
    private static List<ExtractedEvent> OneDisappearancePerPlace(List<ExtractedEvent> events) =>
        OneActPerPlace(events, e => e is { SubEventType: "Abduction/forced disappearance", Actor1.IsUnidentified: true }, OneDisappearanceDays);

    /// <summary>
    /// "أحرق مسلحون مجهولون مبنى مدرسة حكومية وخطفوا عشرة عمال" and "حيث شن مسلحون مجهولون هجوماً عليهم … وساقوا العمال
    /// العشرة إلى مكان مجهول": an attack on the people a side took, by that side, that day and place, killing no one, is the
    /// abduction told over — one act, the abduction.
    /// </summary>
    private static List<ExtractedEvent> AttackedToTakeThem(List<ExtractedEvent> events)
    {
        List<ExtractedEvent>? folded = null;
        foreach (var taken in events)
        {
            if (taken is not { SubEventType: "Abduction/forced disappearance", Actor1: not null, Actor2.Inter: 7, Location: not null }) continue;
            foreach (var attack in events)
            {
                if (attack is not { SubEventType: "Attack", Actor2.Inter: 7 } || attack.Fatalities is > 0 || !SameForce(attack.Actor1, taken.Actor1)
                    || attack.Actor2.PlainName != taken.Actor2!.PlainName || !SamePlace(attack, taken) || attack.Date.Date != taken.Date.Date) continue;
                folded ??= new List<ExtractedEvent>(events);
                // (each once: an abduction already joined by an attack is in the list under its new evidence)
                if (!folded.Contains(taken) || !folded.Remove(attack)) continue;
                int at = folded.IndexOf(taken);
                folded[at] = taken with { EvidenceSentences = taken.EvidenceWith(attack) };
            }
        }
        return folded ?? events;
    }

    /// <summary>
    /// "اختفى الصحفي السعودي … بعد دخوله القنصلية في إسطنبول في 2 أكتوبر" and "يعتقدون أن خاشقجي قُتل في القنصلية": the
    /// people who vanished and the people killed at one place within a month, the killing with no day of its own, are one
    /// act — the killing (a named person is one dead), on the day they vanished.
    /// </summary>
    private static List<ExtractedEvent> VanishedThenKilled(List<ExtractedEvent> events)
    {
        List<ExtractedEvent>? folded = null;
        foreach (var gone in events)
        {
            if (gone is not { SubEventType: "Abduction/forced disappearance", Actor2.Inter: 7, Location: not null } || gone.Date.Precision != DatePrecision.Day) continue;
            foreach (var killed in events)
            {
                if (killed is not { SubEventType: "Attack", Actor2.Inter: 7 } || killed.Actor2.PlainName != gone.Actor2!.PlainName || !SamePlace(killed, gone)
                    || killed.FieldEvidence.Any(f => f.Field == "date")
                    || killed.Date.Date.DayNumber < gone.Date.Date.DayNumber || killed.Date.Date.DayNumber - gone.Date.Date.DayNumber > OneDisappearanceDays) continue;
                folded ??= new List<ExtractedEvent>(events);
                // (a killing already given an earlier disappearance's day keeps it)
                if (!folded.Contains(killed)) continue;
                folded.Remove(gone);
                folded[folded.IndexOf(killed)] = killed with
                {
                    Date = gone.Date,
                    Actor1 = killed.Actor1 is { IsUnidentified: false } ? killed.Actor1 : gone.Actor1 ?? killed.Actor1,
                    Fatalities = killed.Fatalities ?? 1,
                    EvidenceSentences = killed.EvidenceSentences.Concat(gone.EvidenceSentences).Distinct().OrderBy(x => x.Start).ToList(),
                    FieldEvidence = killed.FieldEvidence.Concat(gone.FieldEvidence.Where(f => f.Field == "date")).ToList(),
                };
                break;
            }
        }
        return folded ?? events;
    }

    // (a person vanishes once: the article's later "منذ اختفائه" two weeks on still tells of that day)
    private const int OneDisappearanceDays = 30;

    // How long after an act a report of it with no day of its own is still taken as a retelling.
    private const int UndatedRetellingDays = 30;

    // The acts of one kind told at one place (or within 30 km) within some days, folded into the one dated earliest to the day.
    private static List<ExtractedEvent> OneActPerPlace(List<ExtractedEvent> events, Func<ExtractedEvent, bool> ofTheKind, int days)
    {
        var acts = events.Where(e => ofTheKind(e) && e.Location is not null).ToList();
        if (acts.Count < 2) return events;
        var result = events.Except(acts).ToList();
        foreach (var place in NearbyPlaces(acts))
        {
            var left = place.OrderBy(e => e.Date.Precision == DatePrecision.Day ? 0 : 1).ThenBy(e => e.Date.Date.DayNumber).ToList();
            while (left.Count > 0)
            {
                var kept = left[0];
                // (and a report with no day of its own, at the publication day for want of one, within a month after: "جاء ذلك
                // في الموجز اليومي … يمكننا أن نؤكد استخدام الأسلحة الكيمياوية" two weeks after the Douma attack it retells)
                var same = left.Where(e => Math.Abs(e.Date.Date.DayNumber - kept.Date.Date.DayNumber) <= days
                                           || e.Date.Precision != DatePrecision.Day && e.Date.Date.DayNumber - kept.Date.Date.DayNumber is >= 0 and <= UndatedRetellingDays).ToList();
                left = left.Except(same).ToList();
                static bool Named(ExtractedEvent e) => e.Actor1 is { IsUnidentified: false };
                // (the attacker most mentions name, when the one kept names none)
                var named = Named(kept) ? kept
                    : same.Where(Named).GroupBy(e => e.Actor1!.PlainName).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
                var fatalities = MergedFatalities(same);
                // (the town most reports name: "دوما" over "دمشق" that one report's "بغوط دمشق" gave)
                var where = same.GroupBy(e => ExtractionContext.PlaceKey(e.Location!)).OrderByDescending(g => g.Count())
                    .ThenBy(g => g.Contains(kept) ? 0 : 1).First().First().Location;
                result.Add(kept with
                {
                    Location = where,
                    Actor1 = named?.Actor1 ?? kept.Actor1,
                    Actor2 = kept.Actor2 ?? same.Select(e => e.Actor2).FirstOrDefault(a => a is not null),
                    Claim = named?.Claim ?? kept.Claim,
                    EvidenceSentences = same.SelectMany(e => e.EvidenceSentences).Distinct().OrderBy(s => s.Start).ToList(),
                    FieldEvidence = same.SelectMany(e => e.FieldEvidence).Distinct().ToList(),
                    Fatalities = fatalities.Count,
                    FatalitiesEstimated = fatalities.Estimated,
                });
            }
        }
        return result.OrderBy(e => e.EvidenceSentences[0].Start).ToList();
    }

    // The attacks at one place or at places within 30 km of the first (Douma and the Damascus a report put it at).
    private static List<List<ExtractedEvent>> NearbyPlaces(List<ExtractedEvent> acts)
    {
        var groups = new List<List<ExtractedEvent>>();
        foreach (var e in acts)
        {
            var home = groups.FirstOrDefault(g => ExtractionContext.PlaceKey(g[0].Location!) == ExtractionContext.PlaceKey(e.Location!)
                || g[0].Location!.Place is { } a && e.Location!.Place is { } b && a.CountryCode == b.CountryCode && Nearby(a, b));
            if (home is null) groups.Add(new List<ExtractedEvent> { e });
            else home.Add(e);
        }
        return groups;
    }

    private const double NearbyKm = 30;

    private static bool Nearby(Geo.Place? a, Geo.Place? b) =>
        a is not null && b is not null && Geo.GeoDistance.Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude) <= NearbyKm;
}
