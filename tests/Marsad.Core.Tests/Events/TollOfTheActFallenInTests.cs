using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كثفت طائرات التحالف غاراتها …، حيث قتل 40 متمردا في معارك عنيفة": a toll told, in a clause "حيث" opens, as fallen
/// in the acts named after it is theirs whole — the strikes told before it share none of it.
/// </summary>
public class TollOfTheActFallenInTests
{
    [GazetteerFact]
    public void The_dead_fell_in_the_battles_not_the_strikes_before()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وكثفت طائرات التحالف غاراتها أمس على مواقع الحوثيين في مدينة تعز، حيث قتل 40 متمردا في معارك عنيفة مع القوات الحكومية.", "2015-08-02").Events;
        Assert.Equal(40, Assert.Single(events, e => e.SubEventType == "Armed clash").Fatalities);
        Assert.Null(Assert.Single(events, e => e.SubEventType == "Air/drone strike").Fatalities);
    }

    [GazetteerFact]
    public void A_toll_told_for_both_acts_is_still_shared()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقتل 40 متمردا من ميليشيات الحوثي أمس في مواجهات مع القوات الحكومية وغارات للتحالف في مدينة تعز.", "2015-08-02").Events;
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(20, e.Fatalities));
    }
}
