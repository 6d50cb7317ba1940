using Marsad.Core.Dates;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // A long article: a feature, an analysis, a profile or a round-up, rather than a brief of the day.
    private const int LongArticleChars = 3000;

    // Its lead, at the least: the share of its text where a feature tells what is new.
    private const double LeadShare = 0.05;

    /// <summary>
    /// A long article that dates none of its acts to a day, nor names a day of the past month in its lead — a feature
    /// on Gaddafi's death, an analysis of the war in Idlib, a profile of a refugee cook — tells its news, if any, in
    /// its lead (the headline and first sentence, or its first twentieth when that is longer). An act it tells further
    /// on with no date of its own ("وبعد أيام قليلة، انتقلت عدوى المظاهرات إلى … درعا", "كتائب حزب الله التي قتلت
    /// عسكريين أمريكيين باستخدام عبوات ناسفة") is the past it recalls, not news of the week it was published.
    /// </summary>
    private static List<ExtractedEvent> FeatureBackground(List<ExtractedEvent> events, ExtractionContext context)
    {
        var document = context.Document;
        int length = document.Text.Length;
        if (length < LongArticleChars || events.Any(e => e.Date.Precision == DatePrecision.Day)) return events;
        int lead = Math.Max((int)(length * LeadShare), document.Sentences.Count > 2 ? document.Sentences[2].Span.Start : length);
        // ("أقدمت عصابة … في الثانية من سحر أمس الجمعة": a report of the day, whose lead act was not read)
        if (document.Published is { } published
            && document.Dates.Any(d => d.Span.Start < lead && d.Date.Precision == DatePrecision.Day && !d.InAPastYearsStory
                                       && published.DayNumber - d.Date.Date.DayNumber is >= 0 and <= 31))
            return events;
        return events.Where(e => e.FieldEvidence.Any(f => f.Field == "date") || e.EvidenceSentences[0].Start < lead).ToList();
    }
}
