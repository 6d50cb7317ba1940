namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتمكنت القوات المشتركة من التصدي لمحاولات تسلل لعناصر الحوثي في مطار الحديدة ومنطقة المجيلس وشرق مديرية حيس":
/// the infiltrators are actor 1 of the battle the verbal noun of holding off tells, and each place of the list is a scene —
/// a compass phrase with its cue noun ("وشرق مديرية") too, a name the gazetteer lacks between them.
/// </summary>
public class HeldOffInfiltrationListTests
{
    private const string Text = "وتمكنت القوات السورية أمس من التصدي لمحاولات تسلل لعناصر تنظيم داعش في مدينة حلب ومنطقة المزيرعة وشرق مدينة حماة.";

    [Fact]
    public void The_infiltrators_are_actor_1()
    {
        var doc = TestPipeline.Extract(Text, "2018-06-23");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e =>
        {
            Assert.Equal("Armed clash", e.SubEventType);
            Assert.Equal("Islamic State", e.Actor1?.PlainName);
        });
    }

    [Fact]
    public void A_compass_phrase_with_its_cue_noun_after_a_stand_in_is_a_scene_of_the_list()
    {
        var doc = TestPipeline.Extract(Text, "2018-06-23");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Hama");
    }
}
