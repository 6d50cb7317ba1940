using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A sentence that points at "those protests" ("تلك الاحتجاجات") and names them again further on ("في وقت الاحتجاجات")
/// tells of the same protests both times: no new protest.
/// </summary>
public class ThoseProtestsAgainTests
{
    [GazetteerFact]
    public void The_protests_named_again_after_those_protests_are_no_new_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "تظاهر آلاف من سائقي سيارات الأجرة في ريو دي جانيرو أمس احتجاجا على خدمة النقل الجديدة.\n" +
            "وعلى الجانب الآخر استغلت «كريم» تلك الاحتجاجات للترويج لخدماتها، وأعلنت عبر وسائل التواصل الاجتماعي الخاصة بها، عن " +
            "تخفيض لأسعار التوصيل لكل مستخدمي مدينة ريو في وقت الاحتجاجات.",
            "2015-07-25");
        Assert.Single(doc.Events);
    }
}
