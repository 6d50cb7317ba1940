using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لقي شاب مصرعه بنيران مسلحين مجهولين": "بنيران" (by the fire of) is gunfire that killed its victim, as "برصاص" is —
/// an attack on a civilian, or a clash when soldiers fell.
/// </summary>
public class KilledByGunfireTests
{
    [GazetteerFact]
    public void A_civilian_killed_by_the_fire_of_gunmen_is_an_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ولقي شاب مصرعه بنيران مسلحين مجهولين في بغداد.", "2015-08-09").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
        Assert.Equal(1, e.Fatalities);
    }

    [GazetteerFact]
    public void Soldiers_killed_by_the_fire_of_a_sniper_fell_in_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقتل جنديان بنيران قناص في الرمادي.", "2015-08-09").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", e.Actor2?.Name);
    }
}
