using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"بدأ المزارعون … تحركا احتجاجيا": a protest move, in the accusative too, is a protest.</summary>
public class ProtestMoveTests
{
    [GazetteerFact]
    public void Farmers_starting_a_protest_move_protest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "بدأ المزارعون في مدينة ليون، عصر أمس الأربعاء، تحركا احتجاجيا بإغلاق بعض الطرق بالجرارات الزراعية.",
            "2015-07-31").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
    }
}
