using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مصادر النيران" are where the fire came from, not informants: a sentence that names them reports on no one's word.
/// </summary>
public class SourcesOfFireTests
{
    [GazetteerFact]
    public void Sources_of_fire_claim_nothing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وردت قوات الجيش على مصادر النيران بقصف مواقع المسلحين في مدينة العريش.", "2015-08-10").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Null(e.Claim);
    }

    [GazetteerFact]
    public void Sources_that_speak_still_claim()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن الجيش قصف مواقع المسلحين في مدينة العريش.", "2015-08-10").Events);
        Assert.NotNull(e.Claim);
    }
}
