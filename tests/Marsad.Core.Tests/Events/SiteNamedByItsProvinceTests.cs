using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A site named by its province ("جامعة الانبار") that the text says lies in a town ("الواقعة في مدينة الرمادي") is in
/// that town: no province lies in a town, so the town, not the province, is the act's scene.
/// </summary>
public class SiteNamedByItsProvinceTests
{
    [GazetteerFact]
    public void The_town_a_site_named_by_its_province_lies_in_is_the_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تمكنت القوات العراقية الاحد من تحرير جامعة الانبار الواقعة في مدينة الرمادي (غرب بغداد)، من قبضة تنظيم داعش.", "2015-07-27").Events);
        Assert.Equal("Ramadi", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_town_located_in_a_province_keeps_its_province_as_no_scene()
    {
        // (the other way round, the province says where the town is: "بلدة هيت الواقعة في محافظة الأنبار")
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "سيطرت القوات العراقية الاحد على بلدة هيت الواقعة في محافظة الانبار بعد معارك مع تنظيم داعش.", "2015-07-27").Events);
        Assert.Equal("Hīt", e.Location?.Place?.Name);
    }
}
