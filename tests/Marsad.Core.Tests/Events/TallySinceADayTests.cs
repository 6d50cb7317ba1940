using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقتل المئات في قصف … على الغوطة الشرقية منذ 18 فبراير الماضي", "أكثر من 1401 بينهم 276 طفلاً … عدد القتلى":
/// dead counted since a day weeks back, or thousands counted as people ("among them"), sum up a campaign — no event.
/// Dead counted since a day of this week ("منذ الجمعة") are told of that day, and what goes on still since a day
/// ("وتستهدف القوات منذ 19 نيسان") is today's too.
/// </summary>
public class TallySinceADayTests
{
    [GazetteerFact]
    public void Dead_counted_since_a_day_weeks_back_are_a_tally()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقتل المئات في قصف جوي ومدفعي عنيف على الغوطة الشرقية منذ 18 فبراير الماضي.", "2018-03-12");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Thousands_counted_among_them_are_a_tally_though_no_dead_word_stands_by_them()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال المرصد إن \"أكثر من 1401 بينهم 276 طفلاً\" عدد القتلى المدنيين \"ممن قضوا جميعاً خلال تصعيد عمليات القصف الجوي والمدفعي على مدن وبلدات دوما وحرستا وعربين\".",
            "2018-03-18");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Dead_counted_since_a_day_of_this_week_are_that_days()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقتل 18 شخصاً في مواجهات مع الجيش الإسرائيلي منذ الجمعة على حدود قطاع غزة.", "2018-04-03").Events);
        Assert.Equal(18, clash.Fatalities);
    }

    [GazetteerFact]
    public void A_since_of_a_relative_clause_dates_nothing_of_the_act()
    {
        var taken = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وفي 14 أبريل، استعاد النظام السوري السيطرة على الغوطة الشرقية، التي بقيت منذ عام 2012 المعقل الأبرز للفصائل قرب دمشق، إثر هجوم عنيف أدى إلى مقتل 1700 مدني.",
            "2018-04-25").Events, e => e.SubEventType == "Government regains territory");
        Assert.Equal(new DateOnly(2018, 4, 14), taken.Date.Date);
    }
}
