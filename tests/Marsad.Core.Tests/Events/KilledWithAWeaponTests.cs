using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الجيش الإسرائيلي يقتل شابا فلسطينيا بالرصاص": the weapon after a verb of killing and its object is the subject's
/// act on the object; a Palestinian shot where the article tells of confrontations at that town fell in a violent
/// demonstration, as ACLED's coders code the clashes with Israel's army.
/// </summary>
public class KilledWithAWeaponTests
{
    [GazetteerFact]
    public void The_subject_of_the_verb_of_killing_fired_the_weapon_at_its_object()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("داعش يقتل 25 شخصا بهجمات متفرقة في كركوك", "2018-03-12").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.Equal(7, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void A_palestinian_shot_where_the_article_tells_of_confrontations_fell_in_a_violent_demonstration()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "الجيش الإسرائيلي يقتل شابا فلسطينيا بالرصاص في مدينة الخليل. وقالت الوزارة إن الشاب قتل، مساء الجمعة، خلال مواجهات اندلعت في مدينة الخليل.",
            "2018-03-09");
        var e = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Hebron");
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Military Forces of Israel (2009-2021)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Without_a_crowd_at_the_town_the_shooting_stays_an_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("الجيش الإسرائيلي يقتل شابا فلسطينيا بالرصاص في مدينة الخليل.", "2018-03-09").Events);
        Assert.Equal("Attack", e.SubEventType);
    }
}
