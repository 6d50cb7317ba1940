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
        var daysBack = DaysBackNamed(text, local.DayOfWeek);
        // ("قتل 13 شخصا اليوم (الجمعة)" crawled on Tuesday: an article the crawler reached days late names the day it was
        // written — two to six days before the crawl, when the text names no later one)
        if (DaysLate(daysBack) is int late) return local.AddDays(-late);
        var dated = local.AddHours(-5);
        if (dated.Date == local.Date) return dated;
        return NamesTheCrawlDay(daysBack) ? local : dated;
    }

    // "اليوم (الثلاثاء)", "اليوم الثلاثاء" name the day written; "أمس الاثنين", "أمس (الاثنين)" the day before it: for each
    // such anchor, how many days (0 to 6) before the crawl's day the text says it was written. (The opening of the text:
    // a long article's later weekdays are often another story's.)
    private static List<int> DaysBackNamed(string text, DayOfWeek crawlDay)
    {
        var daysBack = new List<int>();
        var head = text.Length > 3000 ? text.AsSpan(0, 3000) : text.AsSpan();
        foreach (var match in DayAnchor().EnumerateMatches(head))
        {
            var anchor = head.Slice(match.Index, match.Length);
            if (Weekday(anchor) is not { } named) continue;
            bool yesterday = !anchor.StartsWith("اليوم", StringComparison.Ordinal);
            var written = (DayOfWeek)(((int)named + (yesterday ? 1 : 0)) % 7);
            daysBack.Add(((int)crawlDay - (int)written + 7) % 7);
        }
        return daysBack;
    }

    // How many days (2 to 6) before the crawl the text says it was written, when every day it names as its own is that
    // one day; else null.
    private static int? DaysLate(List<int> daysBack) =>
        daysBack.Count > 0 && daysBack[0] >= 2 && daysBack.TrueForAll(d => d == daysBack[0]) ? daysBack[0] : null;

    // The crawl's day wins only when the text names it more often than the day before.
    private static bool NamesTheCrawlDay(List<int> daysBack) => daysBack.Count(d => d == 0) > daysBack.Count(d => d == 1);

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
