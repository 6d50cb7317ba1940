using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مسيرة" alone is a march, a career, the Houthis' channel al-Masirah — in news far more than a drone; a drone is named
/// with its noun ("طائرة مسيرة") or an attack by one ("هجوم بطائرة مسيرة"), which still strike from the air.
/// </summary>
public class BareMasiraIsNoDroneTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2015-07-25");

    [GazetteerTheory]
    [InlineData("من جهة أخرى، قامت قوات الاحتلال الإسرائيلي أمس بقمع مسيرة قرية بلعين السلمية الأسبوعية المناهضة للاستيطان وجدار الفصل العنصري، وأصابت عشرات المواطنين الفلسطينيين.")]
    [InlineData("وتضمنت الاحتفالات في بريدة مسيرات للإبل والسيارات التراثية.")]
    public void A_march_is_no_air_strike(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.SubEventType == "Air/drone strike");

    [GazetteerFact]
    public void The_march_put_down_is_a_protest() =>
        Assert.Contains(Extract("من جهة أخرى، قامت قوات الاحتلال الإسرائيلي أمس بقمع مسيرة قرية بلعين السلمية الأسبوعية المناهضة للاستيطان وجدار الفصل العنصري، وأصابت عشرات المواطنين الفلسطينيين.").Events,
            e => e.SubEventType == "Protest with intervention");

    [GazetteerFact]
    public void A_drone_named_with_its_noun_still_strikes() =>
        Assert.Contains(Extract("شن الحوثيون هجوما بطائرة مسيرة على مطار أبها.").Events, e => e.SubEventType == "Air/drone strike");
}
