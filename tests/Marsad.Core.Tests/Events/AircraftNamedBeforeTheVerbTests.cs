using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "طائرات التحالف دمرت أرتالا عسكرية": what aircraft named right before a verb of destroying destroyed they struck from
/// the air; "وهاجمت طائرات حربية مواقع" is an air strike too. A force named so that also flies ("الجيش الإسرائيلي دمر
/// منازل") wrecked property on the ground.
/// </summary>
public class AircraftNamedBeforeTheVerbTests
{
    [GazetteerFact]
    public void Aircraft_that_destroyed_struck()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر قبلية أن طائرات التحالف دمرت أرتالا عسكرية كانت مخبأة في حرض.", "2015-08-01").Events);
        Assert.Equal(("Air/drone strike", "Coalition (Saudi-led)"), (e.SubEventType, e.Actor1?.PlainName));
    }

    [GazetteerFact]
    public void Warplanes_that_attacked_struck()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وهاجمت طائرات حربية مواقع للإسلاميين في أجدابيا.", "2015-08-01").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [GazetteerFact]
    public void An_army_that_destroyed_homes_did_not_strike()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ودمر الجيش الإسرائيلي منازل في قرية دوما.", "2015-08-01").Events);
        Assert.Equal("Looting/property destruction", e.SubEventType);
    }
}
