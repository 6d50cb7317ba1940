namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تعرضت X … لهجوم": the subject right after the verb of undergoing is whom the act hit, even with its owner and a
/// comma between — before the attackers' own dead counted after the act.
/// </summary>
public class UndergoerTests
{
    [Fact]
    public void The_patrol_that_underwent_the_attack_is_its_target()
    {
        var doc = TestPipeline.Extract("تعرضت دورية عسكرية تابعة للجيش السوري، لهجوم شنه مسلحون مجهولون قرب مدينة حلب، تسبب في مقتل اثنين من المسلحين.", "2018-08-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);
    }
}
