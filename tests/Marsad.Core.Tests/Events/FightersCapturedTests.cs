using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأسرت قوات المقاومة اليمنية عددا من مسلحي الميليشيات": fighters an armed force captured were taken in a battle —
/// ACLED's armed clash, not an abduction of civilians; "لأسر الضحايا" (to the victims' families) is no capture at all.
/// </summary>
public class FightersCapturedTests
{
    [GazetteerFact]
    public void Fighters_captured_by_a_force_are_a_clash()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأسرت قوات المقاومة اليمنية عددا من مسلحي ميليشيات الحوثي خلال عمليات تطهير في مديرية الدريهمي.", "2018-06-10").Events;
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Civilians_taken_by_an_armed_group_are_still_an_abduction()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأسرت ميليشيات الحوثي عددا من المدنيين في مديرية الدريهمي.", "2018-06-10").Events);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
    }

    [GazetteerFact]
    public void Condolences_to_the_victims_families_are_no_capture()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وعبر الملك عن تعازيه لأسر ضحايا قوات الأمن في مدينة السلط.", "2018-08-12").Events;
        Assert.DoesNotContain(events, e => e.EventType == "Battles" || e.SubEventType == "Abduction/forced disappearance");
    }
}
