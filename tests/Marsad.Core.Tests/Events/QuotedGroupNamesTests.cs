using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A group named in quotes after its group noun ("تنظيم «داعش»", "تنظيم “داعش”") is one mention, and quotation marks
/// close no clause between a verb's subject and its object: "أعدم تنظيم “داعش” 23 شخصا" is the Islamic State's killing.
/// </summary>
public class QuotedGroupNamesTests
{
    [GazetteerFact]
    public void Captives_put_to_death_by_a_group_in_quotes_are_an_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وفي تطور آخر أعدم تنظيم “داعش” 23 شخصا في قضاء الفلوجة بمحافظة الأنبار.", "2015-07-25").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.Equal(23, e.Fatalities);
    }

    [GazetteerFact]
    public void The_group_noun_and_the_quoted_name_are_one_actor_mention()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أعدم تنظيم «داعش» 23 شخصا في قضاء الفلوجة.", "2015-07-25");
        var actor = Assert.Single(doc.Actors, a => a.Actor.Name == "Islamic State");
        Assert.Equal(1, actor.FirstToken);
    }
}
