using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "بلدتي نبل والزهراء والمحاصرتين": a dual cue names two places; a third word joined after them
/// — its dual adjective here — is no village the gazetteer lacks.
/// </summary>
public class DualListTests
{
    [GazetteerFact]
    public void The_dual_adjective_after_two_towns_is_no_third()
    {
        var places = TestPipeline.ExtractWithRealGazetteer(
            "سقطت قذائف على بلدتي نبل وحريتان والمحاصرتين من قبل الفصائل.", "2015-07-26").Places;
        Assert.DoesNotContain(places, p => p.Surface.Contains("المحاصرتين"));
        Assert.Contains(places, p => p.Place?.Name == "Nubl");
        Assert.Contains(places, p => p.Surface.Contains("حريتان"));
    }
}
