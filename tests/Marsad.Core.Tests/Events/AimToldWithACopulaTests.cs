using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الهدف هو التقدم نحو حوتة (مركز محافظة لحج شمال عدن) وتطويق الحوثيين في قاعدة العند": what the aim is, every act
/// it lists, is not done — the bracketed aside does not end the aim; a comma does.
/// </summary>
public class AimToldWithACopulaTests
{
    [GazetteerFact]
    public void The_acts_an_aim_lists_are_not_done() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح حسن أن \"الهدف هو التقدم نحو حوتة (مركز محافظة لحج شمال عدن) وتطويق الحوثيين في قاعدة العند\".", "2015-07-27").Events);

    [GazetteerFact]
    public void An_act_after_the_aims_clause_is_done() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح حسن أن الهدف هو التقدم نحو حوتة، وقد سيطرت المقاومة على قاعدة العند أمس.", "2015-07-27").Events);
}
