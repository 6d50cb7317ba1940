using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى": a series told over recent times sums acts up;
/// no one bombing in Baghdad is reported.
/// </summary>
public class RecentSeriesTests
{
    [GazetteerFact]
    public void A_series_over_recent_times_is_no_act() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وقتل 12 شخصا في تفجير انتحاري في طوز خورماتو أمس. ونفذ متشددو تنظيم داعش في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى.",
                "2015-07-26").Events,
            e => e.Location?.Place?.Name == "Baghdad");
}
