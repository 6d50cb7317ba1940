using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في منطقة الجاح التابعة لمديرية بيت الفقيه": the district a place belongs to locates it; it is no scene of its own —
/// and when nothing else is named before it ("في مزارع تابعة لمديرية التحيتا") it is the scene, no backer.
/// </summary>
public class DistrictItBelongsToTests
{
    [GazetteerFact]
    public void The_district_the_area_belongs_to_is_no_second_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "شنت مقاتلات التحالف العربي غارات جوية على مواقع الحوثيين في الساحل الغربي. وأسفرت الغارات الجوية عن تدمير مواقع في منطقة الجاح التابعة لمديرية بيت الفقيه.",
            "2018-03-30").Events;
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name == "Bayt al Faqīh");
        Assert.Contains(events, e => e.Location?.Place?.Name == "Al Jah");
    }

    [GazetteerFact]
    public void Farms_belonging_to_a_district_are_in_it() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "شنت مقاتلات التحالف العربي غارات جوية على مواقع الحوثيين في الساحل الغربي. وأسفرت الغارات الجوية عن تدمير مواقع في منطقة الجاح، إضافة إلى استهداف تجمعات لميليشيات الحوثي في مزارع تابعة لمديرية التحيتا.",
            "2018-03-30").Events, e => e.Location?.Place?.Name == "At Tuhayta");
}
