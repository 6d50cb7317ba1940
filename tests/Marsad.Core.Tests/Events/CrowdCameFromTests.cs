using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Where a counted crowd came from ("مائتا سائق من ساو باولو") says who joined a protest, not where it was: the protest
/// told before it, in Rio, is the one they joined.
/// </summary>
public class CrowdCameFromTests
{
    [GazetteerFact]
    public void Drivers_from_another_city_join_the_protest_told_before()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "تظاهر آلاف من سائقي سيارات الأجرة في ريو دي جانيرو أمس احتجاجا على خدمة النقل الجديدة.\n" +
            "وقالت الصحيفة إنه قد تجمع مئة سائق من ساو باولو و50 من برازيليا للمشاركة في الاحتجاج.",
            "2015-07-25");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Rio de Janeiro", e.Location?.Place?.Name);
    }
}
