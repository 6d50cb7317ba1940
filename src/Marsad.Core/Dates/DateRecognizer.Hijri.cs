using System.Globalization;
using Marsad.Core.Text;

namespace Marsad.Core.Dates;

/// <summary>
/// Dates of the Hijri calendar, as the Saudi and Gulf press writes them beside (or instead of) the Gregorian:
/// "الخميس 29/9/1436هـ", "في 5 رمضان 1436", "الخامس من شوال". Converted with Umm al-Qura, Saudi Arabia's official
/// calendar (the one its papers date by); a Hijri year is told apart from a Gregorian one by its range.
/// </summary>
public sealed partial class DateRecognizer
{
    private static readonly UmAlQuraCalendar UmmAlQura = new();

    // Hijri month names under the matching normalisation, two-word names first.
    private static readonly (string[] Words, int Month)[] HijriMonths =
    {
        (["ربيع", "الاول"], 3), (["ربيع", "الاخر"], 4), (["ربيع", "الثاني"], 4),
        (["جمادي", "الاولي"], 5), (["جمادي", "الاول"], 5), (["جمادي", "الاخره"], 6), (["جمادي", "الثانيه"], 6), (["جمادي", "الثاني"], 6),
        (["ذو", "القعده"], 11), (["ذي", "القعده"], 11), (["ذو", "الحجه"], 12), (["ذي", "الحجه"], 12),
        (["محرم"], 1), (["صفر"], 2), (["رجب"], 7), (["شعبان"], 8), (["رمضان"], 9), (["شوال"], 10),
    };

    private static readonly HashSet<string> HijriMonthStarts = new(HijriMonths.Select(m => m.Words[0]), StringComparer.Ordinal);

    private static bool IsHijriYear(Token t, out int year) =>
        int.TryParse(t.Norm, out year) && t.Kind == TokenKind.Number && year is >= 1318 and <= 1500;

    // "29/9/1436" (and "1436هـ" after it), or the year first, "1436/10/15هـ": a numeric Hijri date.
    private static bool TryHijriNumericDate(List<Token> tokens, int i, out PartialDate date, out int last)
    {
        date = default; last = i;
        if (i + 4 >= tokens.Count) return false;
        string sep = tokens[i + 1].Surface;
        if (sep is not ("/" or "-" or ".") || tokens[i + 3].Surface != sep) return false;
        if (!int.TryParse(tokens[i + 2].Norm, out int m)) return false;
        int d, y;
        if (IsHijriYear(tokens[i], out y)) { if (!int.TryParse(tokens[i + 4].Norm, out d)) return false; }
        else if (!int.TryParse(tokens[i].Norm, out d) || !IsHijriYear(tokens[i + 4], out y)) return false;
        if (tokens[i + 4].Span.Start - tokens[i].Span.End > 8) return false;   // the parts must sit together
        if (!FromHijri(y, m, d, out var day)) return false;
        last = HijriMark(tokens, i + 5) ? i + 5 : i + 4;
        date = PartialDate.Day(day);
        return true;
    }

    // "5 رمضان 1436", "في الخامس من شهر شوال": a day of a Hijri month named, its year given or the latest one not after
    // publication. (The month names are common words and names — صفر, رجب, رمضان — so a day must stand before them.)
    private static bool TryHijriNamedDate(List<Token> tokens, int i, DateOnly? published, out PartialDate date, out int last)
    {
        date = default; last = i;
        int day, k;
        if (tokens[i].Kind == TokenKind.Number && int.TryParse(tokens[i].Norm, out day)) k = i + 1;
        else if (tokens[i].Kind == TokenKind.ArabicWord && OrdinalDay(tokens, i, out day, out k)) { }
        else return false;
        if (day is < 1 or > 30) return false;
        if (k < tokens.Count && Key(tokens[k]) == "من") k++;
        if (k < tokens.Count && Key(tokens[k]) == "شهر") k++;
        // (a number is followed by a Hijri month's name rarely: one set lookup before the names are tried)
        if (k >= tokens.Count || !HijriMonthStarts.Contains(Key(tokens[k]))) return false;
        int month = 0, after = k;
        foreach (var (words, number) in HijriMonths)
        {
            if (k + words.Length > tokens.Count) continue;
            bool all = true;
            for (int w = 0; w < words.Length && all; w++) all = Key(tokens[k + w]) == words[w];
            if (all) { month = number; after = k + words.Length; break; }
        }
        if (month == 0) return false;
        last = after - 1;
        int year;
        if (after < tokens.Count && IsHijriYear(tokens[after], out year))
        {
            last = HijriMark(tokens, after + 1) ? after + 1 : after;
        }
        else if (published is { } today)
        {
            year = UmmAlQura.GetYear(today.ToDateTime(TimeOnly.MinValue));
            if (!FromHijri(year, month, day, out var candidate)) return false;
            if (candidate > today.AddDays(7)) year--;
        }
        else return false;
        if (!FromHijri(year, month, day, out var gregorian)) return false;
        date = PartialDate.Day(gregorian);
        return true;
    }

    // "ثاني أيام عيد الفطر", "أول أيام العيد", "صباح عيد الأضحى": a day of a feast — 1 Shawwal or 10 Dhu al-Hijja and
    // the days after — the latest one not after publication ("العيد" alone: whichever feast came last).
    private static bool TryFeastDay(List<Token> tokens, int i, DateOnly? published, out PartialDate date, out int last)
    {
        date = default; last = i;
        if (published is not { } today || i + 2 >= tokens.Count) return false;
        int nth, k;
        string first = Key(tokens[i]);
        int ordinal = first switch { "اول" => 1, "ثاني" => 2, "ثالث" => 3, "رابع" => 4, _ => 0 };
        if (ordinal > 0 && Key(tokens[i + 1]) == "ايام") (nth, k) = (ordinal, i + 2);
        else if (first is "يوم" or "صباح" or "صبيحه" or "فجر" or "ظهر" or "مساء" or "ليله") (nth, k) = (first == "ليله" ? 0 : 1, i + 1);
        else return false;
        if (k >= tokens.Count) return false;
        (int Month, int Day)[] feasts;
        if (Key(tokens[k]) == "عيد" && k + 1 < tokens.Count && Key(tokens[k + 1]) is "الفطر" or "الاضحي")
        {
            feasts = Key(tokens[k + 1]) == "الفطر" ? [(10, 1)] : [(12, 10)];
            last = k + 1;
        }
        else if (ordinal > 0 && Key(tokens[k]) == "العيد") { feasts = [(10, 1), (12, 10)]; last = k; }
        else return false;
        DateOnly? best = null;
        int year = UmmAlQura.GetYear(today.ToDateTime(TimeOnly.MinValue));
        foreach (var (month, day) in feasts)
            for (int y = year + 1; y >= year - 1; y--)
                if (FromHijri(y, month, day, out var feast) && feast.AddDays(nth - 1) is var d && d <= today.AddDays(1))
                {
                    if (best is null || d > best) best = d;
                    break;
                }
        if (best is null) return false;
        date = PartialDate.Day(best.Value);
        return true;
    }

    // "هـ" (written "ه" once tatweel is gone) marks a Hijri year.
    private static bool HijriMark(List<Token> tokens, int k) => k < tokens.Count && tokens[k].Norm is "ه" or "هـ";

    private static bool FromHijri(int year, int month, int day, out DateOnly gregorian)
    {
        gregorian = default;
        if (month is < 1 or > 12 || day < 1) return false;
        try
        {
            if (day > UmmAlQura.GetDaysInMonth(year, month)) return false;
            gregorian = DateOnly.FromDateTime(UmmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
