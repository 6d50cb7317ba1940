using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "معاناة الشعب اليمني مع انتشار الألغام": mines spread (their danger, their fields, a barrier of them) are a lasting
/// state, no blast — one that goes off is — nor is the withdrawal they were laid "during" ("أثناء انسحابها") a transfer
/// told; "أن النظام شن هجوماً كيماويا": a chemical attack launched is a chemical attack, not the clash the launching verb
/// alone would tell.
/// </summary>
public class MinesSpreadAndChemicalAttackLaunchedTests
{
    [GazetteerFact]
    public void Mines_spread_are_no_blast() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتستمر مأساة الشعب اليمني مع انتشار الألغام والعبوات الناسفة التي زرعتها ميليشيات الحوثي اثناء انسحابها من مناطق الساحل الغربي وتقهقرها أمام المقاومة المشتركة وقوات التحالف العربي.", "2018-06-30").Events);

    [GazetteerFact]
    public void A_barrier_of_mines_built_is_no_blast() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وأوضحت المصادر أن الحوثيين بدأوا أمس بناء حاجز ألغام على مدينة ذمار.", "2015-08-08").Events);

    [GazetteerFact]
    public void A_mine_that_went_off_is_a_blast() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل طفلان في انفجار لغم أرضي زرعه الحوثيون في حيس أمس.", "2018-07-21").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED");

    [GazetteerFact]
    public void A_chemical_attack_launched_is_a_chemical_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح الجهاز الأوروبي للعمل الخارجي أن \"الادلة تشير الى أن النظام شن هجوماً كيماويا آخر على دوما\".", "2018-04-08").Events);
        Assert.Equal("Chemical weapon", e.SubEventType);
    }
}
