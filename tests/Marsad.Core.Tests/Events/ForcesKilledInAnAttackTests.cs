using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقتل شرطي أردني في هجوم استهدف حافلة لقوات الدرك": forces counted dead right after the verb of killing, before an
/// attack no one is said to have carried out, were its target — an unidentified armed group's attack. Not when the verb
/// has a definite subject ("وقتلت الشرطة المهاجم في مكان الهجوم": the police killed), nor when someone carried it out.
/// </summary>
public class ForcesKilledInAnAttackTests
{
    [GazetteerFact]
    public void The_forces_killed_were_the_target_of_someone_unnamed()
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقتل شرطي أردني في هجوم استهدف حافلة لقوات الدرك في مدينة الفحيص غرب عمان.", "2018-08-12").Events);
        Assert.True(attack.Actor1?.IsUnidentified);
        Assert.Equal("Police Forces of Jordan", attack.Actor2?.PlainName);
        Assert.Equal(1, attack.Fatalities);
    }

    [GazetteerFact]
    public void A_definite_subject_after_the_verb_killed()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقتلت الشرطة المهاجم بالرصاص في مكان الهجوم في البلدة القديمة في القدس.", "2018-03-18");
        Assert.DoesNotContain(doc.Events, e => e.Actor2?.PlainName?.StartsWith("Police Forces", StringComparison.Ordinal) == true && e.Actor1?.IsUnidentified == true);
    }
}
