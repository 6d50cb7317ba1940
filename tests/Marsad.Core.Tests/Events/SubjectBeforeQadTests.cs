using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"وكانت قوات الأمن المصرية قد اعتقلت الناشط": the side right before "قد" and the verb is the verb's subject.</summary>
public class SubjectBeforeQadTests
{
    [GazetteerFact]
    public void The_side_before_qad_and_the_verb_did_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكانت قوات الأمن المصرية قد اعتقلت ليل السبت الناشط حازم عبد العظيم في القاهرة.", "2018-05-30").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Egypt", e.Actor1?.Name);
    }
}
