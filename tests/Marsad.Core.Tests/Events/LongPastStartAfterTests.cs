using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A day long past in a "بعدما" clause after the act ("بعدما بدأ في 20 يناير الماضي حملة عسكرية") dates the campaign's
/// start, not the capture the sentence gives a recent day ("السبت"); with no other day, the clause still tells a story
/// long past.
/// </summary>
public class LongPastStartAfterTests
{
    [GazetteerFact]
    public void The_capture_keeps_its_own_day()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلن الجيش التركي، السبت، السيطرة الكاملة على مدينة عفرين، بعدما بدأ في 20 يناير الماضي حملة عسكرية لطرد المقاتلين الأكراد.", "2018-03-27").Events);
        Assert.Equal(new DateOnly(2018, 3, 24), e.Date.Date);
    }

    [GazetteerFact]
    public void With_no_day_of_its_own_the_story_stays_past() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقتل المئات خلال المواجهات في ميدان رابعة في القاهرة خلال تفريق اعتصام لمناصري مرسي بعد أن أطاح به الجيش المصري في 2013.", "2018-04-23").Events);
}
