using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A past verb of fighting with an armed side as its subject and another as its object is a clash; the present tells
/// whom a side fights, and a fight of a past year is background.
/// </summary>
public class FoughtTests
{
    [GazetteerFact]
    public void A_past_fight_between_two_armed_sides_is_a_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("قاتلت القوات العراقية مسلحي داعش في مدينة الرمادي أمس.", "2015-08-07");
        var clash = Assert.Single(doc.Events);
        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal("Islamic State", clash.Actor2?.PlainName);
        Assert.Equal(new DateOnly(2015, 8, 6), clash.Date.Date);
    }

    [GazetteerFact]
    public void Whom_a_side_fights_in_the_present_is_no_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وتقول القوات العراقية التي تقاتل مسلحي داعش في الرمادي إنها تحتاج إلى سلاح.", "2015-08-07");
        Assert.Empty(doc.Events);
    }
}
