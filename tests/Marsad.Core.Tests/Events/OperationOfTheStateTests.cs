using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل 52 عنصرا من داعش بعمليات عسكرية نفذت أمس": military operations run by no one named, whose dead are an armed
/// group's, are the state's — its military fought the group where they were run. Not where a state is named running one.
/// </summary>
public class OperationOfTheStateTests
{
    [GazetteerFact]
    public void Military_operations_with_no_agent_against_a_group_are_the_army_s()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "مؤكدا مقتل 52 عنصرا من داعش بعمليات عسكرية نفذت أمس في مدينة الرمادي.", "2015-08-07").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1?.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
        Assert.Equal(52, e.Fatalities);
    }

    [GazetteerFact]
    public void A_named_state_runs_its_own_operation()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش التركي مقتل 8 من جنوده في منطقة عفرين شمالي سوريا، حيث تشن أنقرة عملية عسكرية ضد المقاتلين الأكراد.", "2018-03-01");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name.StartsWith("Military Forces of Syria") == true);
    }
}
