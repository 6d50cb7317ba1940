using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A side named under "من مواقع" after a strike ("القصف العنيف الذي تعرض له من مواقع قوات الأسد") is where the fire came
/// from — its shooter, not its target; "عددا من الآليات الحوثية", a part of them, is still what was hit.
/// </summary>
public class FiredFromPositionsTests
{
    [GazetteerFact]
    public void The_forces_whose_positions_the_shelling_came_from_fired_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتلى وجرحى مدنيون في بلدة بصرى الشام جراء القصف الكثيف الذي تعرضت له من مواقع قوات الأسد",
            "2015-07-25").Events);
        Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
    }
}
