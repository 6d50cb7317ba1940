using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقتل سبعة أشخاص وأصيب 25 في تفجير شرقي بعقوبة": people counted dead before a bombing they died by, no one named
/// setting it off, were whom it hit — an unidentified armed group's bombing, as ACLED codes an unclaimed one; a group named
/// carrying it out is its agent.
/// </summary>
public class PeopleKilledInABlastTests
{
    [GazetteerFact]
    public void People_killed_in_an_unclaimed_bombing_were_its_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقتل سبعة أشخاص وأصيب 25 في تفجير شرقي مدينة بعقوبة.", "2015-08-11").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group (Iraq)", e.Actor1!.Name);
        Assert.StartsWith("Civilians (Iraq)", e.Actor2!.Name);
        Assert.Equal(7, e.Fatalities);
    }

    [GazetteerFact]
    public void The_people_may_come_before_their_verb()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وأضافت المصادر أن سبعة أشخاص قتلوا في تفجير شرقي مدينة بعقوبة.", "2015-08-11").Events);
        Assert.StartsWith("Civilians (Iraq)", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void A_group_named_setting_it_off_is_its_agent()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقتل سبعة أشخاص في تفجير نفذه تنظيم داعش شرقي مدينة بعقوبة.", "2015-08-11").Events);
        Assert.Equal("Islamic State", e.Actor1!.Name);
    }
}
