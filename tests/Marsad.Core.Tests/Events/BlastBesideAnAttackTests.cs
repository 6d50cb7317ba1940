using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهدف الانفجار مطعما قرب قضاء بيجي، في هجوم لم تعلن أي جهة المسؤولية عنه": the strong word "هجوم" with no side
/// named gives no event, so the blast the sentence tells — a weak word beside it — still does.
/// </summary>
public class BlastBesideAnAttackTests
{
    [GazetteerFact]
    public void A_blast_told_beside_an_attack_that_gives_no_event_is_still_one()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استهدف الانفجار مطعما قرب قضاء بيجي، في هجوم لم تعلن أي جهة المسؤولية عنه حتى الآن.", "2018-09-12").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Bayjī", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void An_attack_that_gives_its_event_speaks_for_the_sentence()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "شن مسلحو داعش هجوما على قوات الشرطة في قضاء بيجي بعد الانفجار.", "2018-09-12");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
