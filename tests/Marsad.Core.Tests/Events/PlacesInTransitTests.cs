using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "السيطرة على مدينة قعطبة … وقطع الإمدادات عن الحوثية القادمة من صنعاء إلى تعز وإب": where supplies or fighters come
/// from and go to is no scene of the act; and "الحصار الخانق" is a stifling siege, no village called Al Khaniq.
/// </summary>
public class PlacesInTransitTests
{
    [GazetteerFact]
    public void Where_supplies_come_from_and_go_is_no_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "نجح الجيش الوطني والمقاومة الشعبية في السيطرة على مدينة قعطبة بمحافظة الضالع، متوقعة التقدم نحو يريم وقطع الإمدادات عن الحوثية القادمة من صنعاء إلى تعز وإب.",
            "2015-08-08").Events);
        Assert.Equal("Qa‘ţabah", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_stifling_siege_is_no_village() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وقال الإعلامي في المقاومة لـ «عكاظ» الضالع حرة ونجاحات المقاومة تحظى بارتياح كبير في أوساط المدنيين الذين تخلصوا من الكثير من الإشكاليات والحصار الخانق الذي فرضه الحوثي لأربعة أشهر.",
                "2015-08-08").Events,
            e => e.Location?.Place?.Name == "Al Khāniq");
}
