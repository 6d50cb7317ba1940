using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بقذيفة هاون أطلقتها ميليشيات الحوثي": an indefinite weapon noun takes a relative clause with no pronoun, and the
/// subject of its verb of firing is who fired it — even when a verb of killing before the weapon would read the side it
/// killed as its subject.
/// </summary>
public class FiredByTests
{
    [GazetteerFact]
    public void The_side_after_the_verb_of_firing_fired_the_shell()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل جندي من قوات الجيش اليمني وجرح ثلاثة آخرون أمس بقذيفة هاون أطلقتها ميليشيات الحوثي على موقعهم في محافظة مأرب.",
            "2015-07-28").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Yemen", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_shell_a_group_fired_at_civilians_is_that_groups()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة مدنيين بقذيفة أطلقها مسلحو تنظيم داعش على سوق شعبي في مدينة الرمادي.", "2015-07-28").Events);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_word_of_number_may_stand_between_the_shells_and_the_verb()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل جندي من قوات الجيش اليمني وجرح ثلاثة آخرون أمس بقذائف عدة أطلقتها ميليشيات الحوثي على موقعهم في محافظة مأرب.",
            "2015-07-28").Events);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Yemen", e.Actor2?.Name);
    }
}
