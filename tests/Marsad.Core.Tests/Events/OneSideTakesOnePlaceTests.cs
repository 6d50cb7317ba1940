using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "القوات العراقية تمكنت من تحرير جامعة الانبار من عصابات داعش وفرض سيطرتها على جميع المباني": one sentence does not tell
/// both sides taking one place — the second word of control, read with the sides swapped, is the same taking.
/// </summary>
public class OneSideTakesOnePlaceTests
{
    [GazetteerFact]
    public void The_control_imposed_after_a_liberation_is_the_same_taking()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "بدوره، أكد قائممقام قضاء الرمادي أن \"القوات العراقية تمكنت من تحرير جامعة الانبار من عصابات داعش الاجرامية وفرض سيطرتها على جميع المباني\".",
            "2015-07-27").Events;
        var e = Assert.Single(events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.DoesNotContain(events, x => x.SubEventType == "Non-state actor overtakes territory");
    }
}
