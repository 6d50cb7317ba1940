using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أسقطت قوات الجيش الوطني طائرة مسيرة حوثية مفخخة": "مفخخة" describes the drone — the drone shot down is disrupted
/// weapons use, no car bomb.
/// </summary>
public class DroneShotDownTests
{
    [GazetteerFact]
    public void A_booby_trapped_drone_shot_down_is_no_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("أسقطت قوات الجيش الوطني طائرة مسيرة حوثية مفخخة كانت تحلق فوق مواقعها في جبهة صرواح غربي مأرب.", "2018-06-02").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Remote explosive/landmine/IED");
        Assert.Contains(events, e => e.SubEventType == "Disrupted weapons use");
    }
}
