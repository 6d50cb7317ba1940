using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تبين أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه" after "تفجيرا وقع يوم الخميس في مسجد …": a suicide
/// bombing the article tells again with no day of its own, at the place of one it dated in the week before, is that one.
/// </summary>
public class SuicideBombingRetoldUndatedTests
{
    [GazetteerFact]
    public void The_bomber_told_later_without_a_day_is_the_dated_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلن المتحدث الأمني بوزارة الداخلية أن تفجيرا انتحاريا وقع يوم الخميس في مسجد مقر قوة الطوارئ الخاصة بمنطقة عسير أثناء صلاة الظهر، ما أسفر عن استشهاد 15 شخصا. "
            + "وأوضح أن التحقيقات بينت أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه بحزام ناسف وسط المصلين.",
            "2015-08-09").Events;
        var e = Assert.Single(events);
        Assert.Equal("Suicide bomb", e.SubEventType);
        Assert.Equal(new DateOnly(2015, 8, 6), e.Date.Date);
        Assert.Equal(15, e.Fatalities);
    }

    [GazetteerFact]
    public void An_undated_suicide_bombing_elsewhere_stays_its_own()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلن المتحدث الأمني بوزارة الداخلية أن تفجيرا انتحاريا وقع يوم الخميس في مسجد مقر قوة الطوارئ الخاصة بمنطقة عسير أثناء صلاة الظهر، ما أسفر عن استشهاد 15 شخصا. "
            + "وفي العراق، فجر انتحاري نفسه بحزام ناسف وسط سوق مدينة بعقوبة، ما أدى إلى مقتل 20 شخصا.",
            "2015-08-09").Events;
        Assert.Equal(2, events.Count(e => e.SubEventType == "Suicide bomb"));
    }
}
