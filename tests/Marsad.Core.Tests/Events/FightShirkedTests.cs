using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The fighting men are punished for shirking ("لتخاذلهم عن القتال") or fled ("فرارهم من مواجهات … في المعارك") is no battle
/// of the report: what it tells is the punishment — here a group putting its own men to death.
/// </summary>
public class FightShirkedTests
{
    [GazetteerFact]
    public void Men_executed_for_shirking_the_fight_are_an_execution_not_a_battle()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأفاد مصدر أمني بأن داعش أعدم 12 شخصا من عناصره في الموصل، لتخاذلهم عن القتال الدائر بينهم وبين الجيش.",
            "2015-08-01");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Islamic State", e.Actor1?.PlainName);
    }

    [GazetteerFact]
    public void The_battles_the_fled_clashes_were_part_of_are_no_battle() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأعدم التنظيم عناصره بسبب فرارهم من مواجهات القوات الحكومية في المعارك الدائرة بمدينة الرمادي.",
            "2015-08-01").Events, e => e.SubEventType == "Armed clash");
}
