using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الشهر الماضي" (last month) is a background cue; the date it names itself is no recent date of the sentence that
/// would make the act this story's.
/// </summary>
public class LastMonthIsBackgroundTests
{
    [GazetteerFact]
    public void Ground_taken_last_month_is_background() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("وسيطرت قوات تركية الشهر الماضي على منطقة عفرين السورية وطردت منها المقاتلين الأكراد.", "2018-04-04").Events,
            e => e.EventType == "Strategic developments" || e.SubEventType.Contains("territory"));

    [GazetteerFact]
    public void Ground_taken_yesterday_in_a_story_of_last_months_campaign_is_an_event() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وسيطرت قوات تركية أمس على قرية جنديرس في منطقة عفرين، ضمن حملة بدأت الشهر الماضي.", "2018-03-09").Events,
            e => e.SubEventType.Contains("territory"));
}
