using System.Text.RegularExpressions;

namespace Marsad.Core.Input;

/// <summary>
/// The day an article a crawler read in the small hours was written. Most such articles are the evening's (their
/// "اليوم (الثلاثاء)" names the day before the crawl: in SaudiNewsNet, 314 of the 494 read between 01:00 and 04:59 that
/// say "اليوم (weekday)"), so the article is dated five hours before its crawl; but a
/// morning paper read just after midnight names the crawl's own day ("أمس الاثنين" read on Tuesday), and then its
/// text, not the clock, says when it was written.
/// </summary>
internal static partial class CrawlDay
{
    public static DateTimeOffset Published(DateTimeOffset crawled, string text)
    {
        var local = crawled.ToOffset(Article.OutletOffset);
        var dated = local.AddHours(-5);
        if (dated.Date == local.Date) return dated;
        return NamesTheCrawlDay(text, local.DayOfWeek) ? local : dated;
    }

    // "اليوم (الثلاثاء)", "اليوم الثلاثاء" name the day written; "أمس الاثنين", "أمس (الاثنين)" the day before it. The
    // crawl's day wins only when the text names it more often than the day before. (The opening of the text: a long
    // article's later weekdays are often another story's.)
    private static bool NamesTheCrawlDay(string text, DayOfWeek crawlDay)
    {
        int crawl = 0, before = 0;
        var head = text.Length > 3000 ? text.AsSpan(0, 3000) : text.AsSpan();
        foreach (var match in DayAnchor().EnumerateMatches(head))
        {
            var anchor = head.Slice(match.Index, match.Length);
            if (Weekday(anchor) is not { } named) continue;
            bool yesterday = !anchor.StartsWith("اليوم", StringComparison.Ordinal);
            var written = (DayOfWeek)(((int)named + (yesterday ? 1 : 0)) % 7);
            if (written == crawlDay) crawl++;
            else if (written == (DayOfWeek)(((int)crawlDay + 6) % 7)) before++;
        }
        return crawl > before;
    }

    private static DayOfWeek? Weekday(ReadOnlySpan<char> anchor)
    {
        foreach (var (stem, day) in Stems)
            if (anchor.Contains(stem, StringComparison.Ordinal)) return day;
        return null;
    }

    private static readonly (string Stem, DayOfWeek Day)[] Stems =
    {
        ("ثنين", DayOfWeek.Monday), ("ثلاثاء", DayOfWeek.Tuesday), ("ربعاء", DayOfWeek.Wednesday), ("خميس", DayOfWeek.Thursday),
        ("جمعة", DayOfWeek.Friday), ("سبت", DayOfWeek.Saturday), ("أحد", DayOfWeek.Sunday), ("احد", DayOfWeek.Sunday),
    };

    [GeneratedRegex(@"(?<![\p{L}])(اليوم|أمس|امس)\s*\(?\s*ال(اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex DayAnchor();
}
