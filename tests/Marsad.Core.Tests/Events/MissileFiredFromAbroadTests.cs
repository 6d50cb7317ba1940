using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الصاروخ الذي أطلق من اليمن … استهدف مناطق مدنية في منطقة نجران": a missile fired from one country at a place in
/// another is a missile attack there by the armed side of the first that the article names (else its unidentified group).
/// </summary>
public class MissileFiredFromAbroadTests
{
    [GazetteerFact]
    public void The_launch_countrys_side_the_article_names_fired_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتعهد زعيم الحوثيين بالانتقام.\n\nوأعلن التحالف أن الصاروخ الذي أطلق من اليمن ظهر الجمعة استهدف مناطق مدنية آهلة بالسكان في منطقة نجران بالسعودية.", "2018-04-28");
        var e = Assert.Single(doc.Events, x => x.Location?.Place?.Name == "Najrān");
        Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal(new DateOnly(2018, 4, 27), e.Date.Date);
    }

    [GazetteerFact]
    public void With_no_side_named_it_is_the_launch_countrys_unidentified_armed_group()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال التحالف إن الصاروخ الذي أطلق من اليمن استهدف مناطق مدنية في منطقة نجران.", "2018-04-28").Events);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
    }
}
