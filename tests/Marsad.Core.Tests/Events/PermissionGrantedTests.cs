using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a state allows another to do ("سمحت للطائرات الأميركية بشن هجمات … انطلاقا من قاعدة إنجرليك") is a permission, no
/// strike; and the base aircraft set out from is no scene of an attack beside the place the sentence says it hit.
/// </summary>
public class PermissionGrantedTests
{
    [GazetteerFact]
    public void Attacks_a_state_allowed_are_none() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "واعلنت انقرة في يوليو انها سمحت للطائرات العسكرية الاميركية بشن هجمات على تنظيم داعش انطلاقا من قاعدة انجرليك الجوية في جنوب تركيا.",
            "2015-08-06").Events);

    [GazetteerFact]
    public void The_base_set_out_from_is_no_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "شنت الطائرات العسكرية الاميركية هجمات على تنظيم داعش في الرقة انطلاقا من قاعدة انجرليك الجوية.", "2015-08-06").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Ar Raqqah", e.Location?.Place?.Name));
    }
}
