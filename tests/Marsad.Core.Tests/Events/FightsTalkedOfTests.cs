using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "عزمها نقل 1700 من مقاتليها من المعارك ضد تنظيم داعش", "المقاتلون الأكراد الذين أثبتوا فعالية في قتال تنظيم داعش":
/// the fight fighters are moved from, or proved good at, tells where they were or what they can do — no fight reported.
/// </summary>
public class FightsTalkedOfTests
{
    [GazetteerTheory]
    [InlineData("وأعلنت قوات سوريا الديمقراطية، الاثنين الماضي، عزمها نقل 1700 من مقاتليها من المعارك ضد تنظيم داعش في شرق البلاد إلى منطقة عفرين.")]
    [InlineData("ويتصدى المقاتلون الأكراد الذين أثبتوا فعالية في قتال تنظيم داعش للهجوم التركي في عفرين.")]
    public void Is_no_clash(string text)
    {
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-03-10").Events, e => e.SubEventType == "Armed clash");
    }
}
