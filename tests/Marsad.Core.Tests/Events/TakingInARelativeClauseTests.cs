using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قوات الحوثيين المتحالفة مع إيران والتي سيطرت على العاصمة صنعاء": a taking told in a relative clause, its verb right
/// after the pronoun, describes the side that took — background, no act of the day; dated in its clause, it is one.
/// </summary>
public class TakingInARelativeClauseTests
{
    [GazetteerFact]
    public void The_taking_that_describes_a_side_is_background()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وتحولت الأزمة السياسية في اليمن إلى حرب أهلية عندما تقدمت قوات الحوثيين المتحالفة مع إيران والتي سيطرت على العاصمة صنعاء صوب ميناء عدن الرئيسي جنوبا.",
            "2015-08-11").Events;
        Assert.DoesNotContain(events, e => e.SubEventType.Contains("territory"));
    }

    [GazetteerFact]
    public void A_dated_taking_in_the_clause_is_told()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث إن قوات المقاومة الشعبية والتي سيطرت أمس على مدينة الحوطة بشكل كامل تواصل تقدمها نحو قاعدة العند.",
            "2015-08-11").Events;
        Assert.Contains(events, e => e.SubEventType == "Government regains territory");
    }
}
