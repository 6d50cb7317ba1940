using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفت أربع غارات مراكز تجمع تابعة لتنظيم داعش": the side that a struck site, gathering or position belongs to
/// ("تابعة ل") is the side hit, for every target head the cue lexicon lists — not an ally of the strike. (Reinforcements
/// "التابعة ل" a side are its forces, and stay with it.)
/// </summary>
public class SitesThatBelongToASideTests
{
    [GazetteerFact]
    public void A_gathering_place_that_belongs_to_a_group_was_hit()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصفت أربع غارات مراكز تجمع تابعة لتنظيم داعش قرب طوز خورماتو.", "2015-07-26").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void A_checkpoint_that_belongs_to_a_group_was_attacked()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 4 حوثيين بعد هجوم للمقاومة بقذيفة صاروخية على نقطة تابعة للحوثيين على الطريق الدولي قرب مدينة حرض.", "2015-08-09").Events);
        Assert.Equal("Popular Resistance (Yemen)", e.Actor1?.PlainName);
        Assert.Equal("Houthi Movement", e.Actor2?.PlainName);
    }
}
