using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتمكنت قوات المقاومة اليمنية المشتركة … من تأمين منطقة الفازة": an area a side managed to secure is ground taken; a
/// stretch of coast secured ("تأمين الخط الساحلي الممتد من …") names no one place.
/// </summary>
public class AreaSecuredTests
{
    [GazetteerFact]
    public void An_area_a_side_managed_to_secure_is_ground_taken()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتمكنت قوات المقاومة اليمنية المشتركة مسنودة من قوات التحالف، الأربعاء، من تأمين منطقة الفازة التابعة لمديرية التحيتا وكامل مزارعها.", "2018-06-27").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Joint Resistance Forces", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Securing_supplies_is_no_ground()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وتعمل السلطات المحلية في تأمين احتياجات المواطنين في مدينة عدن.", "2018-06-27");
        Assert.Empty(doc.Events);
    }
}
