using Marsad.Core.Geo;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // How far (km) from the region's point a town may lie to be taken as a place within it.
    private const double WithinRegionKm = 200;

    /// <summary>
    /// "قتل خمسة أشخاص خلال اشتباكات في شرق ليبيا" then "واندلع القتال أول من أمس في بلدة أجدابيا": a later sentence
    /// that names the act again by its definite noun, tells no act of its own and gives a town in the region or province
    /// the event was placed at, places the event in that town — and dates it, when it gives a day of its own.
    /// </summary>
    private static List<ExtractedEvent> PlaceToldAfter(ExtractionContext context, List<ExtractedEvent> events, List<TriggerMention> triggers)
    {
        var document = context.Document;
        if (!events.Exists(Coarse)) return events;
        HashSet<int>? told = null;
        foreach (var group in triggers.GroupBy(t => t.Sentence))
        {
            var sentence = document.Sentences[group.Key];
            told ??= SentencesTold(events, document);
            if (told.Contains(sentence.Index) || context.IsBackground(sentence) || context.IsQuestion(sentence)) continue;
            // (the definite noun may close a phrase: "واندلع القتال")
            foreach (var named in group.Where(t => document.Tokens[t.LastToken].Form.Analysis is { HasArticle: true } && !context.IsSuppressed(sentence, t)))
            {
                // (the cheap test first: a coarse report of the kind the noun names, before the noun's places are read)
                if (!events.Exists(e => Coarse(e) && NamesKindOf(named, e))) continue;
                if (context.PlacesFor(sentence, named).FirstOrDefault(p => p is { GeoPrecision: 1, Place.FeatureClass: "P" }) is not { Place: { } town } townMention) continue;
                int found = -1;
                for (int i = 0; i < events.Count; i++)
                {
                    var e = events[i];
                    // (the cheap tests first: the sentence lookups only for a coarse report of the kind around the town)
                    if (!Coarse(e) || !NamesKindOf(named, e) || !Within(e.Location!.Place!, town)) continue;
                    int at = e.EvidenceSentences.Select(span => SentenceIndex(document, span)).Where(k => k < sentence.Index).DefaultIfEmpty(-1).Max();
                    if (at < 0 || sentence.Index - at > TollReach) continue;
                    found = i;
                }
                if (found < 0) continue;
                var before = events[found];
                // (a report of the same kind already at the town is this act: none is moved onto it)
                if (events.Exists(o => o != before && o.SubEventType == before.SubEventType && o.Location?.Place is { } there
                                       && GeoDistance.Km(there.Latitude, there.Longitude, town.Latitude, town.Longitude) < 10)) continue;
                // (a town the sentence falls back on, the article's own, keeps the region's words in the act's sentence first:
                // "استنكر … التفجير الإرهابي الذي استهدف رجال الأمن … في منطقة عسير" then "وأدان هذا الاعتداء" in an article
                // on Abha is placed where it was told, not from afar — PlacedFromAfar)
                var evidence = (sentence.Span.Contains(townMention.Span) ? before.FieldEvidence.Where(f => f.Field != "location") : before.FieldEvidence)
                    .Append(new FieldEvidence("location", townMention.Span));
                var date = before.Date;
                if (context.DateFor(sentence, named, out var dateSpan) is { Precision: Dates.DatePrecision.Day } day && dateSpan is { } daySpan)
                {
                    date = day;
                    evidence = evidence.Where(f => f.Field != "date").Append(new FieldEvidence("date", daySpan));
                }
                events[found] = before with
                {
                    Location = townMention,
                    Date = date,
                    EvidenceSentences = before.EvidenceSentences.Append(sentence.Span).Distinct().OrderBy(s => s.Start).ToList(),
                    FieldEvidence = evidence.ToList(),
                };
                break;
            }
        }
        return events;
    }

    // Placed no finer than a region or a province (not a site — an airport, a camp — which is finer than its town; nor only
    // a country, which places nothing ACLED could code: NowhereButACountry).
    private static bool Coarse(ExtractedEvent e) =>
        e.Location is { GeoPrecision: >= 2, Place: { FeatureClass: "A" or "L" } place } && !place.FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    // (a province's town is in the province; a region's lies near its point)
    private static bool Within(Place region, Place town)
    {
        if (region.CountryCode != town.CountryCode) return false;
        if (region.FeatureCode == "ADM1" && region.Admin1Code is { } province) return town.Admin1Code == province;
        return GeoDistance.Km(region.Latitude, region.Longitude, town.Latitude, town.Longitude) <= WithinRegionKm;
    }
}
