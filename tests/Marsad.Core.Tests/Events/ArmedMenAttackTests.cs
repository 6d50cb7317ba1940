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

    // A state's force is armed by its kind, not by its name's wording: the Gendarmerie and the Peshmerga are no
    // "Military Forces" by name.
    [Theory]
    [InlineData("هاجمت قوات الدرك التركية مسلحين من حزب العمال الكردستاني في بلدة سيلوبي أمس.", "Gendarmerie Forces of Turkey")]
    [InlineData("هاجمت قوات البيشمركة عناصر تنظيم داعش في بلدة مخمور أمس.", "Peshmerga")]
    public void A_state_force_of_any_name_attacking_armed_men_clashes(string text, string force) =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-02").Events,
            e => e.SubEventType == "Armed clash" && e.Actor1?.Name.StartsWith(force) == true);
}
