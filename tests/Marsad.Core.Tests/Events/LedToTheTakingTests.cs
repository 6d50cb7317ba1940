using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A taking a past deed led to ("وأدى ذلك إلى استعادة قوات التحالف مدينة عدن") happened, its taker named right after
/// it; one a deed will lead to ("سيؤدي إلى استعادة") has not.
/// </summary>
public class LedToTheTakingTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void A_taking_a_past_deed_led_to_is_a_taking() =>
        Assert.Contains(Extract("وفشلت المحادثات في جنيف، وأدى ذلك إلى استعادة قوات التحالف مدينة عدن من الحوثيين في منتصف يوليو الماضي.", "2015-08-09").Events,
            e => e.SubEventType == "Government regains territory" && e.Actor1?.Name == "Coalition (Saudi-led)");

    [GazetteerFact]
    public void A_taking_a_deed_will_lead_to_is_none() =>
        Assert.DoesNotContain(Extract("وقال المتحدث إن الحصار سيؤدي إلى استعادة قوات التحالف مدينة عدن من الحوثيين.", "2015-08-09").Events,
            e => e.SubEventType == "Government regains territory");
}
