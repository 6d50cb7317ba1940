using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ومنذ الإطاحة بمرسي، تخوض قوات الأمن … مواجهات": a sentence that opens with what has gone on since an event or a past
/// day tells of a stretch of time, not of one act; since this morning, or with an act it dates to a recent day, it tells
/// of that act.
/// </summary>
public class OngoingSinceTests
{
    [GazetteerFact]
    public void What_has_gone_on_since_an_event_is_no_event()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ومنذ الإطاحة بمرسي، تخوض قوات الأمن المصرية في شمال سيناء مواجهات عنيفة ضد مجموعات جهادية متطرفة بينها ولاية سيناء.", "2018-06-14").Events;
        Assert.Empty(events);
    }

    [GazetteerFact]
    public void Since_this_morning_is_today()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ومنذ صباح الخميس، تخوض قوات الأمن المصرية في العريش مواجهات عنيفة ضد مسلحي ولاية سيناء.", "2018-06-14").Events;
        Assert.Contains(events, e => e.SubEventType == "Armed clash");
    }

    [GazetteerFact]
    public void An_act_the_sentence_dates_to_a_recent_day_is_still_told()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ومنذ يوليو، شهد القطاع تبادلا لإطلاق النار، كان الأعنف الخميس الماضي عندما شنت إسرائيل سلسلة غارات جوية على غزة.", "2018-08-16").Events;
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike");
    }
}
