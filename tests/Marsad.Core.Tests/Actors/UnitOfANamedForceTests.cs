using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "قوة أمنية تابعة لقوات البيشمركة": a unit named by its kind, then the force it belongs to, is that force — not the
/// country's police beside an ally.
/// </summary>
public class UnitOfANamedForceTests
{
    [Fact]
    public void A_security_force_of_the_peshmerga_is_the_peshmerga() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "شنت قوة أمنية تابعة لقوات البيشمركة الكردية أمس هجوما على مسلحي داعش في جبال حمرين وقتلت 11 منهم.", "2015-07-24").Events,
            e => e.EventType == "Battles" && e.Actor1?.Name.StartsWith("Peshmerga") == true);

    [Fact]
    public void The_unit_is_not_the_countrys_police() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "شنت قوة أمنية تابعة لقوات البيشمركة الكردية أمس هجوما على مسلحي داعش في جبال حمرين وقتلت 11 منهم.", "2015-07-24").Events,
            e => e.Actor1?.Name.StartsWith("Police Forces") == true);
}
