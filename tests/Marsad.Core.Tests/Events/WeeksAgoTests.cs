using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقبل أسابيع شهدت البصرة احتجاجات عارمة": weeks ago with no day is an earlier wave the article recalls, as "قبل أشهر"
/// is — but "قبل أيام" (days ago) is news.
/// </summary>
public class WeeksAgoTests
{
    [GazetteerFact]
    public void Weeks_ago_is_background() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقبل أسابيع شهدت البصرة احتجاجات عارمة بسبب نقص الخدمات الأساسية.", "2018-10-15").Events);

    [GazetteerFact]
    public void Days_ago_is_news() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer("وقبل أيام شهدت البصرة احتجاجات عارمة بسبب نقص الخدمات الأساسية.", "2018-10-15").Events);
}
