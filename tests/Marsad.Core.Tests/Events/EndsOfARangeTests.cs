using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وسلسلة الجبال المطلة على الساحل من المضاربة في لحج إلى حيس في الحديدة": the ends of a range a feature overlooks or
/// stretches over, after the towns taken, are no scenes of the taking; a range after a region only is where in it.
/// </summary>
public class EndsOfARangeTests
{
    [GazetteerFact]
    public void The_ends_of_the_mountain_range_are_not_taken()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ونجحت المقاومة في طرد الحوثيين من مديرية موزع غربي تعز وإحكام سيطرتها على منطقة البرح وسلسلة الجبال المطلة على الساحل من المضاربة في لحج إلى حيس في الحديدة.",
            "2018-05-11").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name is "Ḩays" or "Laḩij" or "Lahj");
    }

    [GazetteerFact]
    public void A_range_in_a_region_places_the_strikes()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وشنت مقاتلات التحالف غارات جوية على مواقع الحوثيين في محافظة حجة، مستهدفة تجمعاتهم على الشريط الساحلي الممتد من ميدي إلى ساحل بحيص.",
            "2018-06-30").Events;
        Assert.Contains(events, e => e.Location?.Place?.Name == "Mīdī");
    }
}
