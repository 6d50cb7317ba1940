using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هجوم مسلح استهدف مركزا للأمن": an armed attack that targeted a force, no gun of the artillery or the air named, is a
/// fight with the force (ACLED's armed clash), not shelling.
/// </summary>
public class ArmedAttackTargetedTests
{
    [GazetteerFact]
    public void An_armed_attack_that_targeted_a_police_station_is_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "جرح أربعة أشخاص بينهم ثلاثة من رجال الشرطة في هجوم مسلح استهدف مخفرا للأمن في مدينة ديار بكر التركية.",
            "2015-08-10").Events);
        Assert.Equal("Armed clash", e.SubEventType);
    }
}
