using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قوات البشمركة التي تقاتل تنظيم داعش": a present verb of fighting in a relative clause says who the side is, fighting
/// on; it tells no clash of its own. A fight the sentence dates is still one.
/// </summary>
public class FightersDescribedTests
{
    [GazetteerFact]
    public void Forces_that_fight_the_group_are_no_clash()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وتفقد البارزاني مواقع قوات البشمركة التي تقاتل تنظيم داعش في الموصل.", "2015-08-01").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }

    [GazetteerFact]
    public void A_dated_battle_in_a_relative_clause_is_one()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل عشرة من عناصر داعش أمس في المعارك التي يخوضها الجيش مع التنظيم في الموصل.", "2015-08-01").Events);
        Assert.Equal("Armed clash", e.SubEventType);
    }
}
