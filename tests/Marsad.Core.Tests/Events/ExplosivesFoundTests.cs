namespace Marsad.Core.Tests.Events;

/// <summary>
/// A bomb or mine a force found, seized or destroyed before it went off is ACLED's disrupted weapons use, not a blast;
/// finding out something, or destroying a missile base, is neither.
/// </summary>
public class ExplosivesFoundTests
{
    [Fact]
    public void A_car_bomb_the_army_destroyed_is_disrupted_weapons_use()
    {
        var doc = TestPipeline.Extract("ودمر الجيش السوري عربة مفخخة كانت معدة لاستهداف الجنود في مدينة حلب.", "2018-07-03");
        Assert.Contains(doc.Events, e => e.SubEventType == "Disrupted weapons use");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }

    [Fact]
    public void Bombs_the_army_found_are_disrupted_weapons_use() =>
        Assert.Contains(TestPipeline.Extract("واكتشف الجيش السوري 10 عبوات ناسفة في مدينة حلب.", "2018-07-03").Events,
            e => e.SubEventType == "Disrupted weapons use");

    [Fact]
    public void Finding_out_is_no_event() =>
        Assert.DoesNotContain(TestPipeline.Extract("لكنه اكتشف أن الوضع في مدينة حلب عبارة عن مشاحنات مستمرة بين فصائل إسلامية مختلفة ضررهم على المدنيين السوريين أكثر من نفعهم.", "2018-07-03").Events,
            e => e.SubEventType == "Disrupted weapons use");

    [Fact]
    public void A_missile_base_destroyed_is_no_disrupted_weapons_use() =>
        Assert.DoesNotContain(TestPipeline.Extract("ودمرت الطائرات الروسية قاعدة إطلاق صواريخ للمعارضة المسلحة في مدينة حلب.", "2018-07-03").Events,
            e => e.SubEventType == "Disrupted weapons use");
}
