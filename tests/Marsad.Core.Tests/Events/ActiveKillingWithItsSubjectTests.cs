using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل مسلحون ثلاثة مدنيين في هجوم على سوق": verb, subject, object — the armed side between the verb and the count of
/// the dead is who killed them in the attack; the civilians are its victims, not its agent.
/// </summary>
public class ActiveKillingWithItsSubjectTests
{
    [GazetteerFact]
    public void Gunmen_between_the_verb_and_the_dead_are_the_attackers()
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل مسلحون ثلاثة مدنيين في هجوم على سوق في مدينة كانو أمس.", "2015-07-26").Events);
        Assert.Equal("Attack", attack.SubEventType);
        Assert.StartsWith("Civilians", attack.Actor2?.Name);
    }
}
