namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هاجم مسلحون دورية للشرطة": a verb of attacking, weak alone (a minister attacks in words), with an armed subject and an
/// armed object after it is an attack — no toll needed.
/// </summary>
public class ArmedMenAttackTests
{
    [Fact]
    public void Gunmen_attacking_a_police_patrol_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("هاجم مسلحون أمس دورية للشرطة في مدينة بعقوبة.", "2015-07-24").Events,
            e => e.SubEventType == "Armed clash" && e.Actor2?.Name.StartsWith("Police Forces of Iraq") == true);

    [Fact]
    public void A_president_attacking_a_party_in_words_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("هاجم الرئيس التركي حزب العمال الكردستاني في خطاب في أنقرة أمس.", "2015-07-24").Events);
}
