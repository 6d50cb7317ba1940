using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شنت هجوما كيماويا على مدينة دوما قبل 12 يوما" then "واثقة من استخدام الأسلحة الكيماوية في دوما": a chemical attack
/// told again at its place with no day of its own, within a month after, is the one attack.
/// </summary>
public class ChemicalAttackRetoldUndatedTests
{
    [GazetteerFact]
    public void The_use_retold_two_weeks_on_is_the_attack()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قالت المتحدثة باسم الخارجية الأمريكية إن قوات النظام السوري شنت هجوما كيماويا على مدينة دوما قبل 12 يوما، ما أدى إلى مقتل العشرات.\n"
            + "وأضافت أن الولايات المتحدة واثقة من استخدام الأسلحة الكيماوية في دوما من قبل قوات النظام السوري.",
            "2018-04-20").Events;
        var e = Assert.Single(events);
        Assert.Equal("Chemical weapon", e.SubEventType);
        Assert.Equal(new DateOnly(2018, 4, 8), e.Date.Date);
    }
}
