namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن المعسكر الروسي المتمركز جنوبي مدينة حلفايا استهدف مدينة اللطامنة بصواريخ شديدة الانفجار": a nation's camp is its
/// army, firing from the ground (shelling, not an air strike); "شديدة الانفجار" is the missiles' adjective, no blast.
/// </summary>
public class CampFiredTests
{
    [Fact]
    public void A_camp_that_fires_missiles_shells_and_high_explosive_is_no_blast()
    {
        var doc = TestPipeline.Extract("وقالت مصادر محلية إن المعسكر الروسي المتمركز جنوبي مدينة حماة استهدف مدينة حلب أمس بصواريخ شديدة الانفجار، ما أدى لسقوط قتلى.", "2018-06-12");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Military Forces of Russia", e.Actor1?.PlainName);
    }
}
