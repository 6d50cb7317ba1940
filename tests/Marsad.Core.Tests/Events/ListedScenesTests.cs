namespace Marsad.Core.Tests.Events;

// Towns listed together where an act happened are each its scene; explosives defused and then blown up are disposed of.
public class ListedScenesTests
{
    [Fact]
    public void Towns_listed_before_the_act_are_each_a_scene()
    {
        var doc = TestPipeline.Extract("شهدت مدينتا حلب وحماة مواجهات عنيفة بين قوات الجيش السوري وتنظيم داعش أمس.", "2018-06-03");
        var places = doc.Events.Where(e => e.SubEventType == "Armed clash").Select(e => e.Location?.Place?.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "Aleppo", "Hama" }, places);
    }

    [Fact]
    public void The_ends_of_a_line_are_no_scenes()
    {
        var doc = TestPipeline.Extract("وعلى الطريق الرابط بين مدينتي حلب وحماة دارت مواجهات عنيفة بين قوات الجيش السوري وتنظيم داعش أمس.", "2018-06-03");
        Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
    }

    [Fact]
    public void Explosives_defused_then_blown_up_are_disposed_of_in_each_town()
    {
        var doc = TestPipeline.Extract("كما أحبطت قوات الجيش السوري محاولة تفجير 4 عبوات ناسفة في حلب وحماة، وتم تفجيرها بالذخيرة الحية دون إصابات.", "2018-06-03");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Disrupted weapons use"));
    }
}
