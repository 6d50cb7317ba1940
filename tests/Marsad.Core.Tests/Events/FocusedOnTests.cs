using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>What a side says it focuses on ("نحن نركز على قتال الإرهابيين") is its aim, no fight reported.</summary>
public class FocusedOnTests
{
    [GazetteerFact]
    public void Fighting_a_side_focuses_on_is_no_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال مبعوث روسيا في الأمم المتحدة للصحفيين إنه لا يوجد بيان لأنهم يركزون على وقف القتال في درعا ونحن نركز على قتال الإرهابيين في درعا.", "2018-07-05");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
    }
}
