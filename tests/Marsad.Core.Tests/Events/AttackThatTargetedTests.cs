using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هجوما استهدف حافلة لقوات الدرك": an attack noun the verb of targeting follows, a side named as its object, is an
/// attack on that side whoever made it — not talk of attacks in general, which "هجوم" alone so often is. Attacks
/// counted over a period are no one attack, and where an aircraft is named it may have been fired at or from.
/// </summary>
public class AttackThatTargetedTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-08-13");

    [GazetteerFact]
    public void The_side_targeted_was_attacked()
    {
        var attack = Assert.Single(Extract("وشهد الأردن، السبت، هجوما استهدف حافلة لقوات الدرك، في مدينة الفحيص غرب عمّان.").Events);
        Assert.StartsWith("Police Forces of Jordan", attack.Actor2?.Name);
        Assert.Equal("Unidentified Armed Group (Jordan)", attack.Actor1?.Name);
        Assert.Equal(new DateOnly(2018, 8, 11), attack.Date.Date);
    }

    [GazetteerFact]
    public void Attacks_counted_over_a_period_are_none() =>
        Assert.Empty(Extract("وقالت وزارة الخارجية التركية إنها رصدت 90 هجوما استهدف قوات الجيش التركي قرب عفرين في نفس الفترة.").Events);
}
