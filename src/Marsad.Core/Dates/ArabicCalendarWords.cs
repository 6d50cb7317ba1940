namespace Marsad.Core.Dates;

/// <summary>Month and weekday names under the matching normalisation, in the Levantine/Iraqi, Egyptian/Gulf and Maghrebi families.</summary>
internal static class ArabicCalendarWords
{
    /// <summary>Month names as token sequences → month number. Two-word Levantine names come first.</summary>
    public static readonly (string[] Words, int Month)[] Months =
    {
        (new[] { "كانون", "الثاني" }, 1), (new[] { "كانون", "الاول" }, 12),
        (new[] { "تشرين", "الاول" }, 10), (new[] { "تشرين", "الثاني" }, 11),
        (new[] { "شباط" }, 2), (new[] { "اذار" }, 3), (new[] { "نيسان" }, 4), (new[] { "ايار" }, 5),
        (new[] { "حزيران" }, 6), (new[] { "تموز" }, 7), (new[] { "اب" }, 8), (new[] { "ايلول" }, 9),
        (new[] { "يناير" }, 1), (new[] { "فبراير" }, 2), (new[] { "مارس" }, 3), (new[] { "ابريل" }, 4), (new[] { "مايو" }, 5),
        (new[] { "يونيو" }, 6), (new[] { "يونيه" }, 6), (new[] { "يوليو" }, 7), (new[] { "يوليه" }, 7), (new[] { "اغسطس" }, 8),
        (new[] { "سبتمبر" }, 9), (new[] { "اكتوبر" }, 10), (new[] { "نوفمبر" }, 11), (new[] { "ديسمبر" }, 12),
        (new[] { "جانفي" }, 1), (new[] { "فيفري" }, 2), (new[] { "افريل" }, 4), (new[] { "ماي" }, 5), (new[] { "جوان" }, 6),
        (new[] { "جويليه" }, 7), (new[] { "اوت" }, 8),
    };

    /// <summary>Month names that are also common words (آب "father", مارس "he practised", ماي): they need a day or a year beside them.</summary>
    public static readonly HashSet<string> AmbiguousMonths = new() { "اب", "مارس", "ماي" };

    /// <summary>Parts of a month named before it: "مطلع مارس", "منتصف", "أواخر" (normalised).</summary>
    public static readonly HashSet<string> MonthParts = new(StringComparer.Ordinal) { "مطلع", "بدايه", "اوايل", "منتصف", "اواخر", "نهايه" };

    /// <summary>Weekday names → <see cref="DayOfWeek"/>.</summary>
    public static readonly Dictionary<string, DayOfWeek> Weekdays = new()
    {
        ["الاحد"] = DayOfWeek.Sunday, ["الاثنين"] = DayOfWeek.Monday, ["الثلاثاء"] = DayOfWeek.Tuesday,
        ["الاربعاء"] = DayOfWeek.Wednesday, ["الخميس"] = DayOfWeek.Thursday, ["الجمعه"] = DayOfWeek.Friday,
        ["السبت"] = DayOfWeek.Saturday,
    };
}
