using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Barrel bombs are dropped by the air force of the country they fall in: Syria's in Syria, Iraq's in Iraq ("ما جرى في
/// منطقة الرطبة العراقية … باستخدامهم البراميل المتفجرة") — the weapon names no one state.
/// </summary>
public class BarrelBombsOfTheCountryTests
{
    [GazetteerFact]
    public void Barrel_bombs_in_iraq_are_the_iraqi_forces()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل خمسة مدنيين بالبراميل المتفجرة التي ألقيت على مدينة الرطبة العراقية أمس.", "2015-08-09").Events);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Barrel_bombs_in_syria_are_the_syrian_forces()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل خمسة مدنيين بالبراميل المتفجرة التي ألقيت على مدينة داريا السورية أمس.", "2015-08-09").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }
}
