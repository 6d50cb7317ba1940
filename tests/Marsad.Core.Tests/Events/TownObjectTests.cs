using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A verb of hitting whose object is a town named with its noun, a time between, is a strike on that town — and so is
/// one whose subject and its allies stand between, verb first, and one whose object is an airport, its weapon after it.
/// </summary>
public class TownObjectTests
{
    [Fact]
    public void A_town_the_agent_targeted_is_struck()
    {
        var doc = TestPipeline.Extract("وشن التحالف الدولي بقيادة واشنطن غارات على مواقع تنظيم داعش في الرقة الأسبوع الماضي.\n" +
                                       "وذكر المرصد السوري أن التحالف استهدف قبل منتصف ليل الخميس مدينة حلب، ما أسفر عن مقتل 18 مدنيا.", "2018-10-19");
        Assert.Contains(doc.Events, e => e.EventType == "Explosions/Remote violence" && e.Date.Date == new DateOnly(2018, 10, 18));
    }

    [GazetteerFact]
    public void An_airport_the_subject_targeted_with_rockets_is_struck()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واستهدف المسلحون الحوثيون وحلفاؤهم صباح اليوم مطار صنعاء بالصواريخ.", "2015-09-14").Events);
        Assert.Equal(("Explosions/Remote violence", "Houthi Movement"), (e.EventType, e.Actor1?.Name));
    }
}
