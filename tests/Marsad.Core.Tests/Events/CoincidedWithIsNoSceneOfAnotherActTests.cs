using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه … في جنوب مدينة كوباني": a place named by another act the act coincided
/// with ("the Suruç attack") is that act's, not a scene of this one.
/// </summary>
public class CoincidedWithIsNoSceneOfAnotherActTests
{
    [GazetteerFact]
    public void The_town_of_the_coinciding_attack_is_no_scene_of_the_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه امس في سيارة مفخخة في جنوب مدينة كوباني السورية، مما أدى إلى مقتل عنصرين من وحدات حماية الشعب.",
            "2015-07-21").Events;
        var bombing = Assert.Single(events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal("‘Ayn al ‘Arab", bombing.Location?.Place?.Name);
    }
}
