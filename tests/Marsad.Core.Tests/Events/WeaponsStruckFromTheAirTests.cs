namespace Marsad.Core.Tests.Events;

// Weapons that aircraft destroyed were struck from the air, not seized.
public class WeaponsStruckFromTheAirTests
{
    [Fact]
    public void A_weapons_store_aircraft_destroyed_is_an_air_strike()
    {
        var doc = TestPipeline.Extract("ودمرت المقاتلات الروسية مخازن أسلحة للتنظيم في مدينة الرقة أمس.", "2018-06-03");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Disrupted weapons use");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
    }

    [Fact]
    public void Weapons_destroyed_on_the_ground_are_no_air_strike()
    {
        var doc = TestPipeline.Extract("ودمرت قوات الجيش السوري مخازن أسلحة للتنظيم في مدينة الرقة أمس.", "2018-06-03");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
    }
}
