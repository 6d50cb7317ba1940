namespace Marsad.Core.Tests.Events;

/// <summary>
/// A bomb or mine a force found or seized before it went off is ACLED's disrupted weapons use, not a blast;
/// finding out something is not.
/// </summary>
public class ExplosivesFoundTests
{
    [Fact]
    public void Bombs_the_army_found_are_disrupted_weapons_use() =>
        Assert.Contains(TestPipeline.Extract("واكتشف الجيش السوري 10 عبوات ناسفة في مدينة حلب.", "2018-07-03").Events,
            e => e.SubEventType == "Disrupted weapons use");

    [Fact]
    public void Finding_out_is_no_event() =>
        Assert.DoesNotContain(TestPipeline.Extract("لكنه اكتشف أن الوضع في مدينة حلب عبارة عن مشاحنات مستمرة بين فصائل إسلامية مختلفة ضررهم على المدنيين السوريين أكثر من نفعهم.", "2018-07-03").Events,
            e => e.SubEventType == "Disrupted weapons use");

    [Fact]
    public void Bombs_found_and_blown_up_are_disrupted_weapons_use_of_the_force_that_found_them()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وقام الجيش السوري باكتشاف وتفجير 93 عبوة ناسفة جرت زراعتها في مدينة حلب.", "2018-03-19").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }
}
