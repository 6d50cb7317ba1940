using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Bombs and mines a force destroyed, lifted or defused — "دمرت القوات ثلاث عجلات مفخخة", "فجرت قوات الأمن سبع عبوات
/// ناسفة", "نزع أكثر من 40 لغما" — are ACLED's disrupted weapons use by that force (with no one named, by the forces of
/// the place's state when the devices are counted); not a blast that destroyed something, nor things a strike destroyed.
/// </summary>
public class BombsDestroyedOrLiftedTests
{
    [GazetteerFact]
    public void Car_bombs_a_force_destroyed_were_stopped_by_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "كما دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش شرقي الرمادي.", "2015-07-28").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void Bombs_the_forces_blew_up_past_their_subject_and_count_were_stopped_by_them()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "في المقابل، فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها جنوب الشيخ زويد.", "2015-08-09").Events;
        var e = Assert.Single(events, x => x.SubEventType == "Disrupted weapons use");
        Assert.StartsWith("Police Forces of Egypt", e.Actor1!.Name);
        Assert.DoesNotContain(events, x => x.SubEventType == "Remote explosive/landmine/IED");
    }

    [GazetteerFact]
    public void Mines_lifted_with_no_one_named_were_lifted_by_the_state_of_the_place()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وتمكن الفريق الهندسي من نزع أكثر من 40 لغما في مدينة عدن.", "2015-08-07").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Yemen", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_bomb_squad_that_defused_a_bomb_is_the_police()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال مصدر أمني إن خبراء المفرقعات أبطلوا مفعول عبوة بدائية الصنع في مدينة الإسكندرية.", "2015-08-10").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Police Forces of Egypt", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_blast_that_destroyed_a_quarter_stays_a_blast()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("ودمر انفجار شاحنة مفخخة حيا سكنيا في وسط كابول.", "2015-08-08").Events;
        Assert.Contains(events, x => x.SubEventType == "Remote explosive/landmine/IED");
        Assert.DoesNotContain(events, x => x.SubEventType == "Disrupted weapons use");
    }

    [GazetteerFact]
    public void Missile_sites_destroyed_are_no_bombs_defused() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "أعلن التحالف العربي، الأحد، تدمير مواقع صواريخ باليستية تابعة لمليشيات الحوثي في محافظة صعدة.", "2018-07-29").Events,
            x => x.SubEventType == "Disrupted weapons use");

    [GazetteerFact]
    public void Demining_as_a_heading_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("إزالة الألغام في أبين.", "2015-08-10").Events);
}
