using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 15 مدنيا جراء الغارات التي شنها التحالف الدولي على بلدة هجين، آخر معاقل تنظيم داعش": the civilians the toll
/// counts are whom the strike hit; the group whose stronghold the town is only describes the town.
/// </summary>
public class CiviliansNotTheStrongholdTests
{
    [GazetteerFact]
    public void The_civilians_counted_are_hit_not_the_group_holding_the_town() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "قتل 15 مدنيا بينهم نساء وأطفال جراء الغارات التي شنها التحالف الدولي بقيادة واشنطن على بلدة هجين، آخر معاقل تنظيم داعش شرق الفرات.", "2018-06-02").Events,
            e => e is { SubEventType: "Air/drone strike", Actor2.Name: "Civilians (Syria)", Fatalities: 15 });
}
