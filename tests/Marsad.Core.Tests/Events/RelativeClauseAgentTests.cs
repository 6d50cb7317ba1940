using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حملة القصف العنيفة التي يشنها النظام السوري على مخيم اليرموك": the subject of a relative clause whose verb takes the
/// trigger back as its object pronoun is the trigger's agent, past the trigger's adjectives.
/// </summary>
public class RelativeClauseAgentTests
{
    [GazetteerFact]
    public void The_subject_of_the_clause_that_carries_the_strike_out_is_its_agent()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تستمر حملة القصف العنيفة التي يشنها النظام السوري وحلفاؤه على مخيم اليرموك جنوب دمشق، بعد بدء انسحاب مقاتلي المعارضة.", "2018-04-22").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }

    [Fact]
    public void The_side_an_act_is_waged_against_in_a_relative_clause_is_its_target()
    {
        // ("وحدات حماية الشعب الكردية، التي يشن عليها الجيش التركي حملة عسكرية": against it, the subject after)
        var e = Assert.Single(TestPipeline.Extract(
            "تعهدت تركيا بضرب كل من يساعد وحدات حماية الشعب الكردية، التي يشن عليها الجيش التركي حملة عسكرية في مدينة حلب.", "2018-02-21").Events);
        Assert.StartsWith("Military Forces of Turkey", e.Actor1?.Name);
        Assert.Equal("People's Protection Units", e.Actor2?.Name);
    }

    [Fact]
    public void A_side_named_in_a_clause_on_another_side_is_no_party_to_the_act()
    {
        // ("المقاتلون الأكراد الذين أثبتوا فعالية في قتال تنظيم الدولة، معارك …": the clause tells who the fighters are)
        var e = Assert.Single(TestPipeline.Extract(
            "وخاض المقاتلون الأكراد الذين أثبتوا فعالية في قتال تنظيم الدولة الإسلامية، معارك عنيفة مع القوات التركية في مدينة حلب.", "2018-03-18").Events);
        Assert.Equal("People's Protection Units", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2?.Name);
    }
}
