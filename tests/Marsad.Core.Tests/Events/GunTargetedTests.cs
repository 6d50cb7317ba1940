using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A gun or a launcher right after a verb of targeting or destroying ("استهدفت مدفع وعناصر مقاتلة") is what the strike hit,
/// not a gun that fired: no shelling by its owners.
/// </summary>
public class GunTargetedTests
{
    [GazetteerFact]
    public void A_gun_the_coalition_targeted_fired_no_shells() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح المتحدث أن طائرات التحالف استهدفت مدفع وعناصر مسلحة من المليشيات الحوثية في مديرية حيس بمحافظة الحديدة.",
            "2018-10-08").Events, e => e.SubEventType == "Shelling/artillery/missile attack" && e.Actor1?.PlainName == "Houthi Movement");
}
