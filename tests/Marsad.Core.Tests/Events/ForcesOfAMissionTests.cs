using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "نفت بعثة الاتحاد الإفريقي في الصومال … إن القوات قتلت المدنيين في مدينة مركة": "القوات" standing alone may refer
/// back to a foreign mission named before — its troops.
/// </summary>
public class ForcesOfAMissionTests
{
    [GazetteerFact]
    public void The_forces_are_the_missions()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد. وقالت مصادر طبية ومصدر برلماني أمس الأربعاء إن القوات قتلت المدنيين في مدينة مركة الساحلية الجنوبية.",
            "2015-07-23").Events);
        Assert.Equal(("Attack", "Civilians (Somalia)"), (e.SubEventType, e.Actor2?.Name));
        Assert.StartsWith("AMISOM", e.Actor1?.Name);
    }
}
