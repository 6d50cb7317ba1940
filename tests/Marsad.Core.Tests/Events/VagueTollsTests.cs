namespace Marsad.Core.Tests.Events;

/// <summary>
/// Dead told with no figure — "خسائر كبيرة في الأرواح" (heavy losses in lives), "مقتل عدد منهم" (a number of them) —
/// are several, ACLED's lowest plural reading (3); a figure told after for the same fight replaces that estimate.
/// </summary>
public class VagueTollsTests
{
    [Theory]
    [InlineData("تصدت قوات الجيش السوري لهجوم شنه تنظيم داعش في مدينة دير الزور، ما كبد التنظيم خسائر كبيرة في الأرواح والعتاد.")]
    [InlineData("تصدت قوات الجيش السوري لهجوم شنه تنظيم داعش في مدينة دير الزور، وتكبد المهاجمون خسائر فادحة بالأرواح.")]
    [InlineData("قصفت طائرات التحالف الدولي مواقع تنظيم داعش في مدينة البوكمال، ما أسفر عن مقتل عدد منهم.")]
    public void Dead_with_no_figure_are_several(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-06-27").Events);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void A_figure_told_after_replaces_the_estimate()
    {
        var doc = TestPipeline.Extract(
            "سيطرت قوات الجيش السوري على مدينة دير الزور خلال عملية عسكرية واسعة كبدت تنظيم داعش خسائر فادحة بالأرواح.\n" +
            "وأسفرت العملية العسكرية عن مقتل 20 مسلحا من التنظيم.", "2018-06-27");
        Assert.Equal(20, Assert.Single(doc.Events, e => e.SubEventType == "Government regains territory").Fatalities);
    }
}
