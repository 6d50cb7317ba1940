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

    [Theory]
    // the months describe the campaign ("مسيرة العودة المستمرة"), the wounding has its own day
    [InlineData("وتجمع مئات الفلسطينيين على الحدود الشرقية لقطاع غزة، الجمعة، ضمن فعاليات مسيرة العودة المستمرة منذ 4 أشهر، وأصيب 120 منهم برصاص الجيش الإسرائيلي وقنابله المسيلة للدموع.", 1)]
    // the months are the shelling's own: a campaign, summed up
    [InlineData("واستمر القصف المتواصل منذ أسابيع على مدينة دوما الجمعة.", 0)]
    public void Months_since_go_with_the_noun_their_participle_describes(string sentence, int events)
    {
        Assert.Equal(events, TestPipeline.Extract(sentence, "2018-07-21").Events.Count);
    }
}
