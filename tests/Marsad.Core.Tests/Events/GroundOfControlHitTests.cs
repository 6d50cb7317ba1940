using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "على مواقع سيطرة الفصائل" (on the positions the factions control): the side whose ground an act falls on is the one
/// hit, not its agent.
/// </summary>
public class GroundOfControlHitTests
{
    [GazetteerFact]
    public void Shelling_on_the_positions_the_rebels_control_hits_the_rebels()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وتشن القوات الحكومية منذ صباح الأحد حملة قصف عنيف على مواقع سيطرة الفصائل المعارضة في محافظة القنيطرة.", "2018-07-16").Events;
        var shelling = Assert.Single(events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.StartsWith("Military Forces of Syria", shelling.Actor1?.Name);
        Assert.Equal("Opposition Rebels (Syria)", shelling.Actor2?.Name);
    }
}
