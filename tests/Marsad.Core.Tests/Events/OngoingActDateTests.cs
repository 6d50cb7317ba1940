using Marsad.Core.Dates;

namespace Marsad.Core.Tests.Events;

// "مستمرة منذ الأربعاء": the day an act has gone on since is its start; the report tells of it going on today.
public class OngoingActDateTests
{
    [Fact]
    public void An_act_still_going_on_since_a_day_is_dated_to_the_report()
    {
        var e = Assert.Single(TestPipeline.Extract("واندلعت اشتباكات عنيفة مستمرة منذ الأربعاء بين الجيش السوري وتنظيم داعش قرب مدينة حلب.", "2018-03-16").Events);
        Assert.Equal(new DateOnly(2018, 3, 16), e.Date.Date);
        Assert.Equal(DatePrecision.Day, e.Date.Precision);
    }

    [Fact]
    public void An_act_of_a_named_day_keeps_that_day()
    {
        var e = Assert.Single(TestPipeline.Extract("واندلعت اشتباكات عنيفة الأربعاء بين الجيش السوري وتنظيم داعش قرب مدينة حلب.", "2018-03-16").Events);
        Assert.Equal(new DateOnly(2018, 3, 14), e.Date.Date);
    }
}
