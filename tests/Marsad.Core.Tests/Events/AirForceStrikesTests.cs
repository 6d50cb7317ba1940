using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سلاح الجو" is the air force: its shelling of a town is an air strike ("الجو", the air itself, flies as "جوي" does).
/// </summary>
public class AirForceStrikesTests
{
    [GazetteerFact]
    public void The_air_force_struck_from_the_air()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقال إن سلاح الجو السوري قصف مناطق في مدينة الزبداني أمس.", "2015-07-22").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }
}
