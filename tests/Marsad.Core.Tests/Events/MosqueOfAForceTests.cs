using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفت الطائرات جامع قوات الأمن", "استهدف مسجدا لقوات الطوارئ": the force whose mosque was struck is the side hit, never
/// the striker.
/// </summary>
public class MosqueOfAForceTests
{
    [GazetteerFact]
    public void The_force_whose_mosque_was_struck_is_hit()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قصفت الطائرات جامع قوات الأمن في مدينة درنة أمس.", "2015-08-07").Events);
        Assert.Equal(("Air/drone strike", "Police Forces of Libya"), (e.SubEventType, e.Actor2?.Name));
    }
}
