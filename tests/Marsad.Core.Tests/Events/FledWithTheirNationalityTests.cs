using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "للهاربين السوريين من براميل النظام": refugees fleeing barrel bombs, their nationality between the flight and its
/// cause, tell of no strike of the report, as "الهاربين من القصف" does not.
/// </summary>
public class FledWithTheirNationalityTests
{
    [GazetteerFact]
    public void A_haven_for_Syrians_fleeing_barrel_bombs_is_no_strike() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "تريد تركيا منطقة آمنة في شمال سوريا توفر ملاذا للهاربين السوريين من براميل النظام.",
            "2015-07-31").Events);
}
