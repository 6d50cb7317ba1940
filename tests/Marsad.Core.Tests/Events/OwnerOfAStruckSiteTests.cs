using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The owner of a checkpoint, camp or tank an attack struck is the side it hit: "استهدف نقطة تفتيش تابعة للحوثيين"
/// names the Houthis, and so does the adjective of a Houthi tank ("دبابة حوثية").
/// </summary>
public class OwnerOfAStruckSiteTests
{
    [GazetteerFact]
    public void A_checkpoint_belonging_to_the_houthis()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وشهدت العاصمة صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش تابعة للحوثيين في منطقة عصر.", "2015-07-23").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Popular Resistance (Yemen)", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_houthi_tank()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "فيما استهدفت غارة لطيران التحالف دبابة حوثية في مدينة صعدة.", "2015-07-23").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }
}
