using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وطالبوا بذلك خلال وقفة احتجاجية في مدينة أربيل أمس": a demand made at a protest puts the protest where it was made — it
/// is no protest called for ("وطالبوا بتنظيم وقفة احتجاجية غدا" is). The body whose building the crowd stands by ("قرب مبنى
/// الأمم المتحدة") says where it was; it is no party facing the crowd.
/// </summary>
public class DemandMadeAtAProtestTests
{
    [GazetteerFact]
    public void A_demand_made_at_a_protest_is_the_protest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وطالبوا بذلك خلال وقفة احتجاجية قرب مبنى الأمم المتحدة في مدينة أربيل أمس.", "2015-08-07").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Null(e.Actor2);
    }

    [GazetteerFact]
    public void A_protest_demanded_is_not_held() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وطالبوا بتنظيم وقفة احتجاجية في مدينة أربيل غدا.", "2015-08-07").Events);
}
