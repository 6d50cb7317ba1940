using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Iraq's regional operations commands ("قيادة عمليات بغداد", "قيادة عمليات الأنبار") are its army, not an unknown group.
/// </summary>
public class IraqiOperationsCommandsTests
{
    [GazetteerFact]
    public void The_baghdad_operations_command_is_the_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت خلية الإعلام الحربي إن قيادة عمليات بغداد قصفت مواقع تنظيم داعش في منطقة الكرمة.", "2015-07-26").Events);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1?.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }
}
