using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلن الجيش الإسرائيلي أن طائرة حربية استهدفت موقعين في شمال قطاع غزة": the aircraft before the verb is its subject,
/// and a strike by aircraft no one is named for, which an air power's own forces announce, was theirs. Aircraft that
/// struck the announcer's own base were not its own.
/// </summary>
public class AircraftTheForceAnnouncesTests
{
    [GazetteerFact]
    public void A_strike_by_its_aircraft_that_an_army_announces_is_its_own()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الإسرائيلي أن طائرة حربية استهدفت موقعين في شمال قطاع غزة، ردا على إطلاق البالونات الحارقة.", "2018-06-18").Events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Military Forces of Israel", strike.Actor1?.Name);
    }

    [GazetteerFact]
    public void Drones_that_struck_the_announcers_base_were_not_its_own()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال الجيش الروسي إن طائرات مسيرة استهدفت قاعدة حميميم ليلا، من دون أن تسفر عن أضرار.", "2018-06-18").Events);
        Assert.DoesNotContain("Russia", strike.Actor1?.Name ?? "");
    }
}
