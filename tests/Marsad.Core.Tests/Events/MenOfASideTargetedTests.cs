using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في غارة استهدفت مسلحين من تنظيم داعش": the side whose men a verb of targeting takes as its object is the side the
/// act hit, never its agent — as the side named right after the verb is, and the side whose units a count names.
/// </summary>
public class MenOfASideTargetedTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-06-08");

    [GazetteerFact]
    public void The_side_whose_men_were_targeted_was_hit()
    {
        var strike = Assert.Single(Extract("قتل 5 أشخاص في غارة استهدفت مسلحين من تنظيم داعش قرب الموصل.").Events);
        Assert.Equal("Islamic State", strike.Actor2?.Name);
        Assert.NotEqual("Islamic State", strike.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_side_named_right_after_the_verb_still_is() =>
        Assert.Equal("Islamic State", Assert.Single(Extract("قتل 5 أشخاص في غارة استهدفت تنظيم داعش قرب الموصل.").Events).Actor2?.Name);

    // (a count and the side's units between the verb and the side: "استهدفت العديد من وحدات مسلحي تنظيم داعش")
    [GazetteerFact]
    public void The_side_whose_units_a_count_names_was_hit()
    {
        var strike = Assert.Single(Extract("وفي العراق نفذت 21 ضربة جوية بالقرب من مدينة بيجي استهدفت العديد من وحدات مسلحي تنظيم داعش ومبانيه.").Events);
        Assert.Equal("Islamic State", strike.Actor2?.Name);
        Assert.NotEqual("Islamic State", strike.Actor1?.Name);
    }
}
