using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 13 شخصا على الأقل في هجوم", "قتل 13 شخصا بينهم جنديان أمس في هجوم": the dead a verb counts — "at least", who
/// was among them and the day between — were killed by the attack after them; with no one named doing it, an
/// unidentified armed group of the country did. Who the attackers "belonged to" ("ينتمون لجماعة") did it.
/// </summary>
public class KilledAtLeastInAnAttackTests
{
    [GazetteerFact]
    public void People_killed_at_least_in_an_attack_no_one_claimed()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل 13 شخصا على الأقل في هجوم على فندق في سيفاري أمس.", "2015-08-08").Events);
        Assert.Equal(("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"), (e.SubEventType, e.Actor1?.Name, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void Soldiers_among_the_dead_make_a_clash_with_the_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل 13 شخصا بينهم جنديان أمس في هجوم على فندق في سيفاري.", "2015-08-08").Events);
        Assert.Equal(("Armed clash", "Military Forces of Mali"), (e.SubEventType, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void The_group_the_attackers_belonged_to_did_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 21 شخصًا على الأقل في هجوم يرجح أن منفذيه ينتمون لجماعة بوكو حرام الإسلامية المتطرفة في قرية بولاية بورنو شمال شرق نيجيريا، بحسب ما ذكر الأهالي أمس السبت.",
            "2015-07-26").Events);
        Assert.Equal(("Boko Haram", "Civilians (Nigeria)"), (e.Actor1?.Name, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void The_owner_of_the_shelling_after_it_is_still_its_agent()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("والجمعة قتل 43 مدنيا على الأقل بقصف للقوات التركية على مدينة عفرين.", "2015-08-08").Events);
        Assert.Equal(("Military Forces of Turkey (2002-2016)", 43), (e.Actor1?.Name, e.Fatalities));
    }
}
