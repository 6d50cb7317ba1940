using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The soldiers an attack left dead, told after it by a verb of consequence ("وأدى الهجوم … إلى مقتل 25 شخصا بينهم 12
/// جنديا"), are whom it hit: with no one named carrying it out, a clash of an unidentified armed group with those forces —
/// not an attack of the forces on the civilians among the dead.
/// </summary>
public class AttackLeftForcesDeadTests
{
    [GazetteerFact]
    public void Forces_among_the_dead_an_attack_left_are_its_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأدى الهجوم على عرض عسكري في مدينة الأهواز إلى مقتل 25 شخصا بينهم 12 جنديا وطفل واحد، وإصابة 25 على الأقل.", "2018-09-23").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Iran)", e.Actor1?.Name);
        Assert.Equal("IR", e.Actor2?.Country);
        Assert.Equal(1, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void An_attack_someone_carried_out_keeps_its_doer()
    {
        // (the doer named: "هجوم شنه مسلحون … أسفر عن مقتل …" is theirs, no unnamed group's)
        var events = TestPipeline.ExtractWithRealGazetteer("وأسفر هجوم شنه مسلحو حركة الشباب على قاعدة عسكرية في مدينة كيسمايو عن مقتل 25 شخصا بينهم 12 جنديا.", "2018-09-23").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.Name?.StartsWith("Unidentified Armed Group", StringComparison.Ordinal) == true);
    }
}
