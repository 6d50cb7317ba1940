using Marsad.Core.Dates;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Dates;

public class DateRecognizerTests
{
    private static readonly DateOnly Friday = new(2017, 11, 10);

    private static DateMention One(string text, DateOnly? published = null)
    {
        var doc = Analyze.Text(text, published ?? Friday);
        return Assert.Single(doc.Dates);
    }

    [Theory]
    [InlineData("وقع الهجوم في 15 شباط/فبراير 2018", "2018-02-15")]
    [InlineData("وقع الهجوم في 15 فبراير 2018", "2018-02-15")]
    [InlineData("وقع الهجوم في ١٥ كانون الثاني 2018", "2018-01-15")]
    [InlineData("وقع الهجوم في 3 تشرين الأول 2017", "2017-10-03")]
    [InlineData("وقع الهجوم في 3 أكتوبر (تشرين الأول) 2017", "2017-10-03")]
    [InlineData("وقع الهجوم في 15/2/2018", "2018-02-15")]
    [InlineData("وقع الهجوم في 29/9/1436هـ", "2015-07-16")]          // Hijri, Umm al-Qura
    [InlineData("وقع الهجوم في 1436/10/15هـ", "2015-07-31")]          // Hijri, the year first
    [InlineData("وقع الهجوم في 5 شوال 1436هـ", "2015-07-21")]
    [InlineData("وقع الهجوم في الخامس من شهر صفر", "2017-10-25")]            // Hijri year from publication
    [InlineData("وقع الهجوم في ثاني أيام عيد الأضحى", "2017-09-02")]          // 10 Dhu al-Hijja 1438 (1 September), and a day on
    [InlineData("وقع الهجوم صباح عيد الفطر", "2017-06-25")]                    // 1 Shawwal 1438
    [InlineData("وقع الهجوم في 2018-02-15", "2018-02-15")]
    [InlineData("وقع الهجوم بتاريخ 2018/02/15", "2018-02-15")]
    [InlineData("وقع الهجوم في 5 نوفمبر", "2017-11-05")]          // year from publication
    [InlineData("وقع الهجوم في 28 ديسمبر", "2016-12-28")]         // a later month means last year
    [InlineData("وقع الهجوم في 9 آب 2017", "2017-08-09")]
    [InlineData("وقع الهجوم في الخامس من نوفمبر", "2017-11-05")]                 // an ordinal day
    [InlineData("وقع الهجوم في الثالث عشر من تشرين الأول", "2017-10-13")]
    [InlineData("وقع الهجوم في الحادي والعشرين من آذار 2018", "2018-03-21")]
    [InlineData("وقع الهجوم في 18 أبريل/نيسان عام 1983", "1983-04-18")]              // the year named with its word
    [InlineData("وقع الهجوم في 18 أبريل من عام 1983", "1983-04-18")]
    [InlineData("وقع الهجوم في 25 من شهر أكتوبر الماضي", "2017-10-25")]                 // "من شهر" between day and month
    [InlineData("وقع الهجوم في الخامس والعشرين من شهر أكتوبر", "2017-10-25")]
    public void Explicit_dates(string text, string expected)
    {
        var d = One(text);
        Assert.Equal(DateOnly.Parse(expected), d.Date.Date);
        Assert.Equal(DatePrecision.Day, d.Date.Precision);
        Assert.Equal(DateExpressionKind.Absolute, d.Kind);
    }

    [Theory]
    [InlineData("قال اليوم", "2017-11-10", DatePrecision.Day)]
    [InlineData("قال أمس", "2017-11-09", DatePrecision.Day)]
    [InlineData("قال بالأمس", "2017-11-09", DatePrecision.Day)]
    [InlineData("قال أول أمس", "2017-11-08", DatePrecision.Day)]
    [InlineData("قال أول من أمس", "2017-11-08", DatePrecision.Day)]
    [InlineData("وقع الهجوم الليلة الماضية", "2017-11-09", DatePrecision.Day)]
    [InlineData("وقع الهجوم الليلة قبل الماضية", "2017-11-08", DatePrecision.Day)]    // the night before last
    [InlineData("وقع الهجوم الليلة ما قبل الماضية", "2017-11-08", DatePrecision.Day)]
    [InlineData("وقع الهجوم الأسبوع الماضي", "2017-11-03", DatePrecision.Week)]
    [InlineData("وقع الهجوم الأسبوع قبل الماضي", "2017-10-27", DatePrecision.Week)]  // the week before last
    [InlineData("وقع الهجوم الأحد قبل الماضي", "2017-10-29", DatePrecision.Day)]      // the Sunday before last Sunday
    [InlineData("وقع الهجوم يوم الجمعة قبل الماضية", "2017-10-27", DatePrecision.Day)]
    [InlineData("وقع الهجوم الشهر الماضي", "2017-10-15", DatePrecision.Month)]
    [InlineData("شهدت المدينة الأسبوع الفائت الهجوم الدامي", "2017-11-03", DatePrecision.Week)]   // الفائت: past, as الماضي
    [InlineData("وقع الهجوم الشهر الفائت", "2017-10-15", DatePrecision.Month)]
    [InlineData("وقع الهجوم في مطلع الشهر الحالي", "2017-11-05", DatePrecision.Week)]    // the part of the month named
    [InlineData("وقع الهجوم أواخر الشهر الماضي", "2017-10-25", DatePrecision.Week)]
    [InlineData("وقع الهجوم منتصف الشهر الماضي", "2017-10-15", DatePrecision.Week)]
    [InlineData("وقع الهجوم أواخر الشهر الجاري", "2017-11-10", DatePrecision.Week)]       // never after publication
    [InlineData("وقعت الغارة في أكتوبر الفائت", "2017-10-15", DatePrecision.Month)]
    [InlineData("وقعت الغارة الجمعة الفائتة", "2017-11-03", DatePrecision.Day)]
    [InlineData("وقع الهجوم العام الماضي", "2016-07-01", DatePrecision.Year)]
    [InlineData("وقع الهجوم العام المنصرم", "2016-07-01", DatePrecision.Year)]   // المنصرم: past, as الماضي
    [InlineData("وقع الهجوم السنة المنصرمة", "2016-07-01", DatePrecision.Year)]
    [InlineData("وقع الهجوم الصيف الماضي", "2017-07-15", DatePrecision.Month)]    // the summer over by a November report
    [InlineData("وقع الهجوم الشتاء الماضي", "2017-01-15", DatePrecision.Month)]
    [InlineData("قتل العشرات في السنتين الماضيتين", "2016-07-01", DatePrecision.Year)]   // a span back: a tally's
    [InlineData("اعتقل المئات خلال الأشهر الماضية", "2017-08-10", DatePrecision.Month)]
    [InlineData("وقع الهجوم منذ يومين", "2017-11-08", DatePrecision.Day)]
    [InlineData("وقع الهجوم قبل ثلاثة أيام", "2017-11-07", DatePrecision.Day)]
    [InlineData("وقع الهجوم قبل نحو أسبوع", "2017-11-03", DatePrecision.Week)]
    [InlineData("وقع الهجوم منذ أسبوعين", "2017-10-27", DatePrecision.Week)]
    [InlineData("وقع الهجوم مطلع الأسبوع الجاري", "2017-11-04", DatePrecision.Week)]     // Saturday before Friday the 10th
    [InlineData("وقع الهجوم بداية الأسبوع الماضي", "2017-10-28", DatePrecision.Week)]
    [InlineData("اعتقل قبل أكثر من عامين", "2015-07-01", DatePrecision.Year)]
    [InlineData("سيطر عليها قبل نحو 6 أشهر", "2017-05-15", DatePrecision.Month)]
    [InlineData("سيطر عليها قبل ثلاث سنوات", "2014-07-01", DatePrecision.Year)]
    [InlineData("وقعت الغارة قبل شهرين", "2017-09-15", DatePrecision.Month)]
    [InlineData("وقعت الغارة في أواخر أكتوبر", "2017-10-25", DatePrecision.Month)]      // the part of the month named
    [InlineData("وقعت الغارة في مطلع أكتوبر", "2017-10-05", DatePrecision.Month)]
    [InlineData("شهدت المدينة بين سبتمبر ويناير معارك ضارية", "2017-09-15", DatePrecision.Month)]   // a span's first month, after "بين"
    [InlineData("وقعت الغارة في منتصف أكتوبر", "2017-10-15", DatePrecision.Month)]
    [InlineData("وتتواصل الغارات منذ أواخر نوفمبر", "2017-11-10", DatePrecision.Month)]   // never after publication
    public void Relative_dates(string text, string expected, DatePrecision precision)
    {
        var d = One(text);
        Assert.Equal(DateOnly.Parse(expected), d.Date.Date);
        Assert.Equal(precision, d.Date.Precision);
    }

    [Theory]
    [InlineData("وشنوا هجوما اليوم الأربعاء", "2017-11-08")]
    [InlineData("وشنوا هجوما يوم الأربعاء", "2017-11-08")]
    [InlineData("وشنوا هجوما الأربعاء", "2017-11-08")]
    [InlineData("وقال بعد ظهر الجمعة", "2017-11-10")]      // the publication day itself
    [InlineData("وشنوا هجوما الجمعة الماضية", "2017-11-03")]
    [InlineData("وشنوا هجوما السبت", "2017-11-04")]
    [InlineData("وأعلنت الفصائل ليل الخميس الجمعة التوصل إلى اتفاق", "2017-11-09")]   // a night between two days: one date, its eve
    [InlineData("وأعلنت الفصائل ليلة الخميس-الجمعة التوصل إلى اتفاق", "2017-11-09")]
    [InlineData("وفي مساء هذا اليوم (الخميس) رصدت الدفاعات إطلاق صواريخ", "2017-11-09")]   // the bracketed weekday, not "today"
    public void Weekdays_are_the_latest_such_day_on_or_before_publication(string text, string expected)
    {
        var d = One(text);
        Assert.Equal(DateOnly.Parse(expected), d.Date.Date);
        Assert.Equal(DateExpressionKind.Weekday, d.Kind);
    }

    [Theory]
    [InlineData("وأفاد موقع 26 سبتمبر نت بأن القوات حررت مواقع جديدة")]
    [InlineData("ونقلت صحيفة 26 سبتمبر عن مصدر عسكري أن القوات حررت مواقع")]
    public void An_outlet_named_after_a_day_is_no_date(string text) =>
        Assert.Empty(Analyze.Text(text, Friday).Dates);

    [Theory]
    [InlineData("وفي وقت سابق من ذلك اليوم قتل ثلاثة أشخاص في اشتباكات")]
    [InlineData("وفي نفس اليوم قتل جندي في هجوم")]
    [InlineData("وفي اليوم نفسه قتل جندي في هجوم")]
    public void The_same_day_as_one_told_before_is_not_today(string text) =>
        Assert.Empty(Analyze.Text(text, Friday).Dates);

    [Theory]
    [InlineData("وفي مثل هذا اليوم خرج متظاهرون في العاصمة")]
    [InlineData("ومثل هذا اليوم يبقى في ذاكرة السوريين")]
    public void This_day_of_a_past_year_is_not_today(string text) =>
        Assert.Empty(Analyze.Text(text, Friday).Dates);

    [Theory]
    [InlineData("وقتل جندي أمس الأول بانفجار عبوة", "2017-11-08")]   // the day before yesterday, as "أول أمس"
    [InlineData("وقتل جندي أول أمس بانفجار عبوة", "2017-11-08")]
    public void The_day_before_yesterday_either_way_round(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), One(text).Date.Date);

    [Theory]
    [InlineData("وتعتزم النقابات تنفيذ إضراب عام الأربعاء المقبل", "2017-11-15")]   // published Friday 2017-11-10
    [InlineData("ودعت إلى التظاهر يوم الجمعة القادم", "2017-11-17")]               // the publication's weekday: a week on
    public void A_weekday_named_next_is_the_coming_one(string text, string expected)
    {
        var d = One(text);
        Assert.Equal(DateOnly.Parse(expected), d.Date.Date);
    }

    [Theory]
    [InlineData("وفي ذروة سطوة التنظيم في عام 2015", 2015, DatePrecision.Year)]
    [InlineData("غارة جوية استهدفت في 2007 منشأة", 2007, DatePrecision.Year)]      // a bare year after في
    [InlineData("خلال حرب 2014، استخدمت القوات البروتوكول", 2014, DatePrecision.Year)]   // a bare year after a word that dates by it
    [InlineData("ويسيطر الحوثيون على الميناء منذ 2014", 2014, DatePrecision.Year)]
    [InlineData("وسيطر داعش على مجمل محافظة دير الزور في صيف 2014", 2014, DatePrecision.Year)]   // a season of a year
    [InlineData("ونفذت الولايات المتحدة 22 ضربة جوية العام الجاري", 2017, DatePrecision.Year)]   // a year's tally (published 2017-11-10)
    [InlineData("وشنت الطائرات هذا العام غارات", 2017, DatePrecision.Year)]
    [InlineData("وسيطرت حماس على القطاع بعد مواجهات دامية في 2007.", 2007, DatePrecision.Year)]   // a closing full stop is no date separator
    [InlineData("وسيطرت الجماعة على المدينة بين عامي 2011 و 2014.", 2011, DatePrecision.Year)]   // the dual in construct: a span of years
    [InlineData("في فبراير 2018", 2018, DatePrecision.Month)]
    [InlineData("في شهر مارس الماضي", 2017, DatePrecision.Month)]
    public void Months_and_years(string text, int year, DatePrecision precision)
    {
        var d = One(text);
        Assert.Equal(year, d.Date.Date.Year);
        Assert.Equal(precision, d.Date.Precision);
    }

    [Theory]
    // (a paper of Tuesday: "مساء أمس الأحد" is the Sunday named; the weekday of publication is that day; one more than three
    // days back is no yesterday, and أمس alone is read)
    [InlineData("قتل مسلح مساء أمس الأحد", "2015-08-11", "2015-08-09")]
    [InlineData("قتل مسلح أمس الثلاثاء", "2015-08-11", "2015-08-11")]
    [InlineData("قتل مسلح أمس الأربعاء", "2015-08-11", "2015-08-10")]
    public void Yesterday_with_its_weekday_is_the_weekday(string text, string published, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), One(text, DateOnly.Parse(published)).Date.Date);

    [Fact]
    public void From_about_two_weeks_is_two_weeks_ago()
    {
        var d = One("بعد استعادة السيطرة من نحو أسبوعين على الغوطة الشرقية");
        Assert.Equal(new DateOnly(2017, 10, 27), d.Date.Date);
        Assert.Equal(DatePrecision.Week, d.Date.Precision);
    }

    [Theory]
    [InlineData("بعد دخوله القنصلية في الثاني من الشهر الجاري", "2017-11-02")]
    [InlineData("قتلت في 25 من الشهر الجاري", "2017-11-25")]   // (not after publication: read, then left to the events as future)
    [InlineData("في العاشر من الشهر الماضي", "2017-10-10")]
    public void A_day_of_this_month_or_last(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), One(text).Date.Date);

    // "في وقت سابق من الشهر الحالي": earlier in the month — that month, halfway to the day of publication (the 10th, Friday).
    [Theory]
    [InlineData("نفذ التنظيم هجوما كبيرا في وقت سابق من الشهر الحالي", "2017-11-05", DatePrecision.Month)]
    [InlineData("نفذ التنظيم هجوما كبيرا في وقت سابق من هذا الشهر", "2017-11-05", DatePrecision.Month)]
    [InlineData("نفذ التنظيم هجوما كبيرا في وقت سابق من الشهر الماضي", "2017-10-15", DatePrecision.Month)]
    [InlineData("نفذ التنظيم هجوما كبيرا في وقت سابق من هذا الأسبوع", "2017-11-07", DatePrecision.Week)]
    public void Earlier_in_a_month_or_a_week(string text, string expected, DatePrecision precision)
    {
        var d = One(text);
        Assert.Equal(DateOnly.Parse(expected), d.Date.Date);
        Assert.Equal(precision, d.Date.Precision);
    }

    [Theory]
    [InlineData("وهو اليوم الذي اختفى فيه الصحفي")]
    [InlineData("وفي اليوم التالي انسحبت القوات")]
    [InlineData("وفي اليوم الثالث للاحتجاجات استخدمت الشرطة الغاز")]
    public void The_day_a_clause_or_a_count_defines_is_not_today(string text) => Assert.Empty(Analyze.Text(text, Friday).Dates);

    [Fact]
    public void Ambiguous_month_words_need_a_day_or_year()
    {
        var doc = Analyze.Text("مارس الجيش ضغوطا على الأب", Friday);
        Assert.Empty(doc.Dates);
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        var doc = Analyze.Text("قال أمس إن 15 فبراير 2018 كان يوما صعبا");
        var d = Assert.Single(doc.Dates);
        Assert.Equal(new DateOnly(2018, 2, 15), d.Date.Date);
    }

    [Theory]
    [InlineData("العملية المستمرة منذ نحو شهرين")]   // how long it has gone on, not when
    [InlineData("قبل عام 2011")]                      // before a year: the year is the date
    public void Durations_and_years_are_no_months_back(string text)
    {
        var doc = Analyze.Text(text, Friday);
        Assert.DoesNotContain(doc.Dates, d => d.Date.Precision == DatePrecision.Month || d.Date.Date.Year is 2016 or 2015);
    }

    [Theory]
    [InlineData("قتل ستة مسلحين في وكر بمدينة السادس من أكتوبر")]
    [InlineData("تظاهر المئات عند جسر 6 أكتوبر في القاهرة")]
    [InlineData("أغلقت الشرطة شارع 26 يوليو")]
    public void A_date_after_a_word_for_a_place_is_its_name(string text) =>
        Assert.Empty(Analyze.Text(text, Friday).Dates);

    [Fact]
    public void Years_back_framing_a_superlative_date_nothing() =>
        Assert.Empty(Analyze.Text("خرجت واحدة من أكبر المظاهرات في السنوات الماضية", Friday).Dates);

    [Fact]
    public void Tomorrow_with_its_weekday_is_one_date_tomorrow()
    {
        // (a Thursday paper: "غدا الجمعة" is the next day, not last Friday)
        var d = One("ويستعد ناشطون للخروج غدا الجمعة في مظاهرة", new DateOnly(2015, 8, 6));
        Assert.Equal(new DateOnly(2015, 8, 7), d.Date.Date);
    }
}
