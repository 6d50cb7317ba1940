using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وجرت الضربات الأخرى قرب بيجي والقيارة": the other strikes of a report of strikes are strikes at those places, by the
/// striker the report named; and "قطع مدفعية" the strikes destroyed are artillery pieces, no shelling of their own.
/// </summary>
public class OtherStrikesOfAReportTests
{
    [GazetteerFact]
    public void The_other_strikes_fell_where_the_report_says_by_its_striker()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قال الجيش الأمريكي إن طائراته شنت أمس خمس غارات على مواقع لتنظيم داعش قرب مدينة الموصل. وجرت الضربات الأخرى قرب بيجي والقيارة.", "2015-10-05").Events;
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(("Air/drone strike", "Military Forces of the United States (2009-2017)"), (e.SubEventType, e.Actor1?.Name)));
        Assert.Contains(events, e => e.Location?.Place?.Name == "Bayjī");
    }

    [GazetteerFact]
    public void A_counted_share_of_the_strikes_told_fell_where_it_says_on_their_day_and_hit_the_side_named_after_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "شنت مقاتلات روسية 30 ضربة جوية على مواقع لتنظيم داعش قرب تدمر والقريتين يوم الجمعة. وفي ريف حمص الشرقي نفذت 18 ضربة أصابت مواقع قرب بلدة السخنة مستهدفة مقاتلي تنظيم داعش.",
            "2016-03-07").Events;
        var share = Assert.Single(events, e => e.Location?.Place?.Name == "As Sukhnah");
        Assert.Equal(("Air/drone strike", "Military Forces of Russia (2000-)", "Islamic State", "2016-03-04"),
                     (share.SubEventType, share.Actor1?.Name, share.Actor2?.Name, share.Date.Date.ToString("yyyy-MM-dd")));
    }

    [GazetteerFact]
    public void Artillery_pieces_destroyed_are_no_shelling()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة أمس ودمرت دبابة وقطع مدفعية.", "2015-10-05").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }
}
