using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اشتباكات بين الكتائب المقاتلة وجبهة النصرة من طرف، وقوات النظام من طرف آخر": the marker "من طرف" (or "من جهة") ends the
/// first side, whatever the lists know of its members' alliances; the side after it is the other one — the rebels
/// and the regime's forces fought, not the Nusra Front and the regime.
/// </summary>
public class SidesMarkedBetweenTests
{
    [GazetteerFact]
    public void The_side_after_the_marker_is_the_other_one()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ودارت أمس اشتباكات بين الكتائب المقاتلة وجبهة النصرة من طرف، وقوات النظام من طرف آخر، في مدينة حلب.", "2015-08-03").Events;
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
        var sides = new[] { e.Actor1?.Name ?? "", e.Actor2?.Name ?? "" };
        Assert.Contains(sides, n => n.StartsWith("Military Forces of Syria", StringComparison.Ordinal));
        Assert.Contains("Opposition Rebels (Syria)", sides);
    }
}
