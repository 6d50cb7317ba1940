using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أحبطت A محاولة تسلل لـB", "تمكنت A من التصدي لمحاولة تسلل نفذتها B": an infiltration a side held off is a battle
/// between the two, the infiltrator its actor 1.
/// </summary>
public class FoiledInfiltrationTests
{
    [GazetteerFact]
    public void An_infiltration_foiled_by_the_verbs_subject_is_a_clash_with_the_infiltrators()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أحبطت ألوية العمالقة محاولة تسلل لميليشيا الحوثي في منطقة الفازة.", "2018-06-15").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal("Giants Brigades", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_side_before_a_verbal_noun_of_repelling_held_the_infiltration_off()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتمكنت قوات المقاومة اليمنية المشتركة من التصدي لمحاولة تسلل بائسة نفذتها ميليشيات الحوثي غرب مديرية بيت الفقيه.", "2018-06-09").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal("Joint Resistance Forces", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_backer_named_before_the_noun_is_not_the_side_that_repelled()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قالت مصادر ميدانية إن ألوية العمالقة نجحت، بدعم التحالف العربي، من صد محاولة تسلل للحوثيين في منطقة الفازة.", "2018-10-18").Events);
        Assert.Equal("Giants Brigades", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Where_the_infiltrators_were_heading_is_no_second_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وتمكنت قوات المقاومة اليمنية المشتركة من التصدي لمحاولة تسلل نفذتها ميليشيات الحوثي غرب مديرية بيت الفقيه نحو منطقة الجاح.", "2018-06-09").Events;
        var e = Assert.Single(events);
        Assert.Equal("Bayt al Faqīh", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_front_a_place_is_on_only_places_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أحبطت القوات اليمنية المشتركة محاولة تسلل لميليشيات الحوثي في منطقة الفازة غربي مديرية التحيتا في جبهة الحديدة، الجمعة.", "2018-06-15").Events);
        Assert.Equal("Al Faza", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_road_leading_to_a_town_is_a_scene_still()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "دارت اشتباكات بين ألوية العمالقة وميليشيات الحوثي في شمال مديرية حيس، وأخرى في الطريق المؤدي نحو مديرية التحيتا.", "2018-05-10").Events;
        Assert.Contains(events, e => e.SubEventType == AcledTaxonomy.ArmedClash && e.Location?.Place?.Name == "At Tuhayta");
    }
}
