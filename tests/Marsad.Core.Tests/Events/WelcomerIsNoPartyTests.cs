using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "رحبت حماس بعملية الطعن": who welcomes, blesses or praises an act reacts to it, as who condemns it does — no party
/// to it.
/// </summary>
public class WelcomerIsNoPartyTests
{
    [GazetteerFact]
    public void The_movement_that_welcomed_the_stabbing_did_not_do_it()
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "رحبت حماس بعملية الطعن التي أصيب فيها جنديان إسرائيليان في الخليل أمس.", "2015-08-08").Events);
        Assert.NotEqual("Hamas Movement", attack.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", attack.Actor2?.Name);
    }
}
