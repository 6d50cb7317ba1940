namespace Marsad.Core.Tests.Events;

/// <summary>
/// Reports of one act merged into one event take the day one of them dates it to, even when the report chosen for the
/// event's sides is undated (an undated report stands at the publication day only for want of a better one).
/// </summary>
public class DayOfOneActTests
{
    [Fact]
    public void An_undated_report_takes_the_day_another_report_of_the_act_gives()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وفي حين يحاول مسؤولون دوليون تأكيد الهجوم الكيماوي الذي وقع في وقت متأخر السبت في مدينة دوما، انتقد ترامب بوتين. " +
            "وكتب ترامب أن كثيرين ماتوا في هجوم كيماوي في دوما يطوقها الجيش السوري.", "2018-04-09").Events);
        Assert.Equal("Chemical weapon", e.SubEventType);
        Assert.Equal(new DateOnly(2018, 4, 7), e.Date.Date);
    }
}
