using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقصفت قوات النظام مواقع سيطر عليها تنظيم داعش": a verb of holding with its resumptive pronoun after a bare plural of
/// places is a relative clause with an indefinite antecedent — who held what was shelled, not a taking of it; and an
/// armed group that flies nothing is no striker of the aircraft a phrase names ("كما هاجمت الطائرات مواقع سيطر عليها
/// المتشددون"), whether named in the relative clause or dead in the clause before.
/// </summary>
public class PlacesHeldByTheFoeTests
{
    [GazetteerFact]
    public void Shelled_sites_the_group_held_are_no_capture()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقصفت قوات النظام مواقع سيطر عليها تنظيم داعش في دير الزور.", "2018-04-18").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_group_that_held_the_sites_is_no_striker()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أسفرت غارات النظام السوري المكثفة عن مقتل 13 من عناصر تنظيم داعش في دير الزور، كما هاجمت الطائرات مواقع سيطر عليها المتشددون.", "2018-04-18").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Name == "Islamic State");
        Assert.DoesNotContain(events, e => e.SubEventType.Contains("territory"));
    }
}
