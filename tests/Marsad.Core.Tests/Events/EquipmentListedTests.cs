using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>A gun named in a list of arms and vehicles is what a force has, not fire it opened.</summary>
public class EquipmentListedTests
{
    [Theory]
    [InlineData("وعززت قوات النظام السوري انتشار الدبابات والمدفعية في محيط مدينة حلب أمس.")]
    [InlineData("وتقدمت قوات النظام السوري باتجاه مدينة حلب أمس مدعومة بالدبابات والمدافع.")]
    public void Guns_listed_with_vehicles_fire_nothing(string text) =>
        Assert.DoesNotContain(TestPipeline.Extract(text, "2018-03-10").Events, e => e.SubEventType == AcledTaxonomy.Shelling);

    [Fact]
    public void Artillery_that_shells_is_still_shelling() =>
        Assert.Contains(TestPipeline.Extract("واستهدفت المدفعية السورية مواقع تنظيم داعش في مدينة حلب أمس.", "2018-03-10").Events,
            e => e.SubEventType == AcledTaxonomy.Shelling);
}
