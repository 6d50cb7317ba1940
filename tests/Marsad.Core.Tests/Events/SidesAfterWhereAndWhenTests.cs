using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في حين دارت اشتباكات عنيفة أمس في قرية المشيك بريف حماة بين قوات النظام والفصائل المقاتلة": "في حين" (whereas) joins
/// a report, it states no aim as "إلى حين" does; and "بين X و Y" after where and when the clash was still names its sides.
/// </summary>
public class SidesAfterWhereAndWhenTests
{
    [GazetteerFact]
    public void A_clash_told_after_whereas_has_both_sides_named_after_its_place()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("في حين دارت اشتباكات عنيفة أمس في قرية المشيك بريف حماة بين قوات النظام والفصائل المقاتلة.", "2015-08-08");
        var clash = Assert.Single(doc.Events);
        Assert.Equal(("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)"), (clash.SubEventType, clash.Actor1?.PlainName, clash.Actor2?.PlainName));
    }

    [GazetteerFact]
    public void Until_an_aim_is_reached_is_no_act()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقال إن الجيش سيواصل القتال في ريف حماة إلى حين استعادة مدينة مورك.", "2015-08-08");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
    }
}
