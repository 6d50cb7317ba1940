using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وصلت … الاثنين رفات 38 عامل بناء خطفوا وقتلوا في العراق بأيدي الجهاديين عام 2014": a day after the act's word is bound
/// to it more tightly than one about as near before it, which follows a verb of its own — here an old year, so no event.
/// </summary>
public class DayAfterTheActTests
{
    [GazetteerFact]
    public void The_year_after_the_act_dates_it_not_the_weekday_of_the_arrival_before_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وصلت إلى مطار في ولاية بنجاب الهندية الاثنين رفات 38 عامل بناء هندي خطفوا وقتلوا في العراق بأيدي الجهاديين عام 2014، خلال تقدمهم في مدينة الموصل.", "2018-04-02").Events;
        Assert.Empty(events);
    }

    [GazetteerFact]
    public void A_day_right_before_the_act_with_none_after_still_dates_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وفي يوم السبت الماضي، قتل ثلاثة مدنيين في قصف مدفعي للجيش السوري على مدينة دوما.", "2018-03-05").Events);
        Assert.Equal(new DateOnly(2018, 3, 3), e.Date.Date);
    }
}
