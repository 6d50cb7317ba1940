using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل عدد من القادة الميدانيين لميليشيات الحوثي في مواجهات مع قوات المقاومة اليمنية المشتركة": the side whose dead
/// are counted before the clash fell to the side it fought "مع" — that side is actor 1.
/// </summary>
public class FellToTheSideFoughtWithTests
{
    [GazetteerFact]
    public void The_side_counted_dead_before_a_clash_with_another_is_actor_2()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقتل عدد من القادة الميدانيين لميليشيات الحوثي في مواجهات مع قوات المقاومة اليمنية المشتركة في مديرية الدريهمي.", "2018-06-10").Events,
            x => x.SubEventType == AcledTaxonomy.ArmedClash);
        Assert.Equal("Joint Resistance Forces", e.Actor1?.Name);
        Assert.StartsWith("Houthi", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void With_no_dead_counted_the_order_of_the_text_stays()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واندلعت مواجهات عنيفة لميليشيات الحوثي مع قوات المقاومة اليمنية المشتركة في مديرية الدريهمي.", "2018-06-10").Events,
            x => x.SubEventType == AcledTaxonomy.ArmedClash);
        Assert.NotNull(e.Actor1);
    }
}
