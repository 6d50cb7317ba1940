using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>An air strike that names only whom it hit was flown by an air force the article shows, not by that side's foe on the ground.</summary>
public class StrikeWithOnlyItsTargetTests
{
    [Fact]
    public void Strikes_naming_only_their_target_go_to_the_air_force_flying_there()
    {
        var doc = TestPipeline.Extract(
            "وقال مصدر إن الطائرات الروسية تحلق في سماء المنطقة.\n" +
            "واشتبكت قوات النظام السوري مع فصائل المعارضة في مدينة حماة أمس.\n" +
            "واستهدفت الغارات تجمعات لفصائل المعارضة في مدينة الرقة أمس.", "2018-03-10");
        var raqqa = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ar Raqqah");
        Assert.Equal(AcledTaxonomy.AirStrike, raqqa.SubEventType);
        Assert.StartsWith("Military Forces of Russia", raqqa.Actor1!.Name);
    }

    [Fact]
    public void Air_defences_fly_no_strikes()
    {
        var doc = TestPipeline.Extract(
            "وتصدت الدفاعات الجوية الإسرائيلية لصاروخ أطلقته فصائل المعارضة أمس.\n" +
            "واشتبكت قوات النظام السوري مع فصائل المعارضة في مدينة حماة أمس.\n" +
            "واستهدفت الغارات تجمعات لفصائل المعارضة في مدينة الرقة أمس.", "2018-03-10");
        var raqqa = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ar Raqqah");
        Assert.DoesNotContain("Israel", raqqa.Actor1!.Name);
    }

    [Fact]
    public void An_armed_group_that_does_not_fly_named_with_a_flying_foe_was_hit_by_it()
    {
        var doc = TestPipeline.Extract(
            "وشنت الطائرات الروسية غارات على مدينة حلب أمس.\n" +
            "ودمرت الغارات أمس ثلاث مركبات تقل مسلحين من فصائل المعارضة قرب القوات الروسية في مدينة الرقة.", "2018-03-10");
        var raqqa = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ar Raqqah");
        Assert.StartsWith("Military Forces of Russia", raqqa.Actor1!.Name);
        Assert.Equal("Opposition Rebels (Syria)", raqqa.Actor2?.Name);
    }
}
