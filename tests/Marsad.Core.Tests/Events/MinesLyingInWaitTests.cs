namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الألغام التي زرعها الحوثيون في معظم الطرق تحد من تقدم المقاومة": mines named with no blast and no one killed or hurt
/// lie in wait — laid, feared, cleared — and are no explosion; a mine that went off, or killed, still is one.
/// </summary>
public class MinesLyingInWaitTests
{
    [Theory]
    [InlineData("وقال القائد إن الألغام التي زرعها الحوثيون في معظم الطرق المؤدية إلى مدينة حلب تحد من تقدم المقاومة الشعبية.")]
    [InlineData("قوات الجيش تنزع مئات الألغام في مدينة حلب")]
    public void Mines_that_did_not_go_off_are_no_event(string text) =>
        Assert.DoesNotContain(TestPipeline.Extract(text, "2015-08-02").Events, e => e.SubEventType == "Remote explosive/landmine/IED");

    [Theory]
    [InlineData("قتل ثلاثة مدنيين بلغم أرضي زرعه الحوثيون في مدينة حلب أمس.")]
    [InlineData("انفجر لغم أرضي زرعه الحوثيون بسيارة في مدينة حلب أمس.")]
    public void A_mine_that_went_off_or_killed_is_one(string text) =>
        Assert.Contains(TestPipeline.Extract(text, "2015-08-02").Events, e => e.SubEventType == "Remote explosive/landmine/IED");
}
