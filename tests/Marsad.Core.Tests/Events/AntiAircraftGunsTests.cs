using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مضادات الطيران" are anti-aircraft guns fired on the ground: shelling with them is no air strike, whatever the word
/// "الطيران" says.
/// </summary>
public class AntiAircraftGunsTests
{
    [GazetteerFact]
    public void Shelling_with_anti_aircraft_guns_is_shelling()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقصف الحوثيون الأحياء السكنية بقذائف الهاون ومضادات الطيران في مدينة تعز.", "2015-08-10").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Shelling/artillery/missile attack", e.SubEventType));
        Assert.All(events, e => Assert.Equal("Houthi Movement", e.Actor1?.Name));
    }
}
