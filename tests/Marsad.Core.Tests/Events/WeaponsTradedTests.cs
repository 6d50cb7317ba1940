using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الصين تقيد صادرات الطائرات بدون طيار": a weapon traded — the word of trade right before it — is none used.
/// </summary>
public class WeaponsTradedTests
{
    [GazetteerFact]
    public void Drone_exports_limited_are_no_strike()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "الصين تقيد صادرات الطائرات بدون طيار وأجهزة الكمبيوتر المتطورة\n"
            + "قالت وكالة أنباء الصين الجديدة اليوم الاثنين إن بكين ستفرض قيودا على الصادرات من الطائرات بدون طيار اعتبارا من منتصف الشهر الجاري.\n"
            + "وبينما تتأخر التكنولوجيا الصينية وراء تلك التي تنتجها الولايات المتحدة وإسرائيل، فإن الصين تجذب المزيد من المشترين الأجانب وبينهم نيجيريا ومصر.",
            "2015-08-04").Events);
    }
}
