using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "غارات أميركية تستهدف مواقع عسكرية تابعة للنظام السوري" over "إن التحالف الدولي استهدف موقعين للجيش السوري شرقي سوريا": a
/// headline whose title names no place for its act tells the act the body tells, by the same or an allied side — one event,
/// at the body's place.
/// </summary>
public class HeadlineWithoutAPlaceTests
{
    private const string Title = "غارات أميركية تستهدف مواقع عسكرية تابعة للنظام السوري";

    [GazetteerFact]
    public void The_headline_is_the_bodys_strike()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(new Document(
            Title + "\n\nنقلت وكالة رويترز للأنباء عن وحدة الإعلام الحربي التابعة لحزب الله القول إن التحالف الدولي استهدف موقعين للجيش السوري قرب البوكمال شرقي سوريا الخميس.",
            "headline", new DateOnly(2018, 5, 24), title: Title));
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal("SY", strike.Location?.Place?.CountryCode);
        Assert.NotEqual("Damascus", strike.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_headline_act_of_another_kind_stays()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(new Document(
            Title + "\n\nوقال المرصد إن اشتباكات اندلعت بين قوات النظام وتنظيم داعش قرب البوكمال شرقي سوريا الخميس.",
            "headline", new DateOnly(2018, 5, 24), title: Title));
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike");
    }
}
