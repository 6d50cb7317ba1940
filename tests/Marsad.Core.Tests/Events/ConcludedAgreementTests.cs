using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أبرمت روسيا وفصائل معارضة في محافظة درعا الجمعة اتفاقا لوقف إطلاق النار": the two sides joined by و as the subject of
/// a verb of concluding made the agreement; a fight the clause dates to another day does not swallow it.
/// </summary>
public class ConcludedAgreementTests
{
    [GazetteerFact]
    public void The_two_sides_that_concluded_it_are_its_parties()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أبرمت روسيا وفصائل معارضة في محافظة درعا الجمعة اتفاقاً لوقف إطلاق النار.", "2018-07-10").Events);
        Assert.Equal("Agreement", e.SubEventType);
        Assert.StartsWith("Military Forces of Russia", e.Actor1?.Name);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_fight_dated_apart_in_the_clause_does_not_swallow_the_agreement()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وبعد عملية عسكرية واسعة بدأتها قوات النظام في 19 يونيو، أبرمت روسيا وفصائل معارضة في محافظة درعا الجمعة اتفاقاً لوقف إطلاق النار، ينص على إجلاء المقاتلين المعارضين.", "2018-07-10");
        Assert.Contains(doc.Events, e => e.SubEventType == "Agreement");
    }
}
