using Marsad.Core.Events;
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

    [Fact]
    public void A_clause_joined_by_comma_and_wa_keeps_its_own_day()
    {
        var doc = TestPipeline.Extract("وقالت القوات السعودية إنها اعترضت صاروخا بالستيا استهدف مدينة الرياض الأحد، وأسقطت صاروخا آخر استهدف مدينة حلب الجمعة.", "2018-03-12");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Riyadh" && e.Date.Date == new DateOnly(2018, 3, 11));
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Aleppo" && e.Date.Date == new DateOnly(2018, 3, 9));
    }

    [Theory]
    // the lead's day, one day before publication (a story filed after midnight): the undated fight is of that day
    [InlineData("2018-03-11", "2018-03-10")]
    // a lead of the day of publication, of two days or a week before, leaves it at publication
    [InlineData("2018-03-10", "2018-03-10")]
    [InlineData("2018-03-12", "2018-03-12")]
    [InlineData("2018-03-17", "2018-03-17")]
    public void What_the_article_tells_with_no_day_is_of_the_day_its_lead_gives(string published, string expected)
    {
        var doc = TestPipeline.Extract("سيطرت قوات الجيش السوري على مدينة الباب السبت.\nوتخوض القوات معارك ضارية مع تنظيم داعش في مدينة الرقة.", published);
        var fight = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ar Raqqah");
        Assert.Equal(DateOnly.Parse(expected), fight.Date.Date);
        Assert.Equal(DatePrecision.Week, fight.Date.Precision);
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

    [Fact]
    public void The_day_a_tally_counts_since_is_not_the_acts_day()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وأفاد المرصد، الجمعة، بأنه وثق مقتل 8 مدنيين في غارات جوية على مدينة حلب، ما رفع الحصيلة منذ 18 فبراير إلى 1002 قتيلا.", "2018-03-10").Events);
        Assert.Equal(new DateOnly(2018, 3, 9), e.Date.Date);
    }

    [Fact]
    public void A_day_in_a_relative_clause_set_off_by_commas_dates_that_clause_not_the_act()
    {
        var doc = TestPipeline.Extract(
            "شنت الطائرات الروسية غارات على مواقع في ريف حلب.\nواستهدفت الغارات، التي تأتي ضمن عملية عسكرية أطلقها الجيش في فبراير الماضي، مواقع لتنظيم داعش في مدينة الباب.",
            "2018-04-11");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Al Bab" && e.Date.Date == new DateOnly(2018, 4, 11));
        // (but a clause telling when the act named just before it happened dates that act)
        doc = TestPipeline.Extract("ويعتقد أن إسرائيل تقف وراء الغارة الأخيرة، التي وقعت في 15 أبريل، على مدينة حلب.", "2018-05-08");
        Assert.Contains(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike && e.Date.Date == new DateOnly(2018, 4, 15));
    }

    [Fact]
    public void An_act_told_in_the_present_since_a_date_is_the_reports()
    {
        // ("وتستهدف القوات الحكومية منذ 19 نيسان مواقع التنظيم": going on since the 19th, reported on the 29th)
        var e = Assert.Single(TestPipeline.Extract(
            "وتستهدف القوات الحكومية منذ 19 نيسان مواقع تنظيم داعش في مدينة حلب.", "2018-04-29").Events);
        Assert.Equal(new DateOnly(2018, 4, 29), e.Date.Date);
    }
}
