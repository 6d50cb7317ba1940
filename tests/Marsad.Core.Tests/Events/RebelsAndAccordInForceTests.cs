using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A rebel group and the state it rebels against are opponents though the sides table lists neither ("قتل 12 شخصا من
/// الجيش وجماعة بوكو حرام في اشتباكات"); and an accord something is done or barred under ("بموجب اتفاق التهدئة") is in
/// force already — no accord made that day, unless the words tell it was just reached.
/// </summary>
public class RebelsAndAccordInForceTests
{
    [GazetteerFact]
    public void A_rebel_group_fights_its_states_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقتل 12 شخصا من الجيش وجماعة بوكو حرام في اشتباكات قرب مدينة مايدوغوري أمس.", "2015-08-10").Events);
        Assert.Equal("Military Forces of Nigeria", e.Actor1?.PlainName);
        Assert.Equal("Boko Haram", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void An_accord_in_force_is_no_accord_made() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وبموجب اتفاق تسوية معلن بين الجانبين، نقل الجيش السوري مسلحي داعش وعائلاتهم من حوض اليرموك في محافظة درعا باتجاه بادية السويداء.", "2018-08-01").Events,
            e => e.SubEventType == "Agreement");

    [GazetteerFact]
    public void An_accord_just_reached_is_one() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وخرج مقاتلو المعارضة من مدينة دوما بموجب اتفاق تم التوصل إليه أمس مع الجيش السوري.", "2018-04-02").Events,
            e => e.SubEventType == "Agreement");
}
