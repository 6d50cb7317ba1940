using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مسلحون قتلوا خمسة أشخاص في هجوم على حافلة للشرطة": the people killed are no side of the fight, so the police the
/// attack was aimed at are not the ones who killed them — the gunmen attacked the police.
/// </summary>
public class CiviliansKilledAreNoSideTests
{
    [GazetteerFact]
    public void The_gunmen_attacked_the_police()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال مسؤول إن مسلحين من تنظيم داعش قتلوا خمسة أشخاص أمس في هجوم على حافلة للشرطة في مدينة العريش.", "2015-07-21").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.Name);
        Assert.Equal(5, e.Fatalities);
    }
}
