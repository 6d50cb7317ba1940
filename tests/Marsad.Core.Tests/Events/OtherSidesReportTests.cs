using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "… جراء القصف المكثف لطيران التحالف، من جهتها أكدت مصادر إخبارية أن … باتجاه مدينة شقرة": after a comma, "من جهتها",
/// "من جانبه" opens another side's report — the towns it names are no scenes of the strike before it.
/// </summary>
public class OtherSidesReportTests
{
    [GazetteerFact]
    public void Towns_of_the_next_report_are_no_scenes_of_the_strike() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وسمعت انفجارات عنيفة في زنجبار أمس جراء القصف المكثف لطيران التحالف، من جهتها أكدت مصادر إخبارية أن مسلحين فروا من المدينة باتجاه مدينة شقرة ومنطقة لودر.",
            "2015-08-07").Events, e => e.Location?.Place?.Name is "Shuqrah" or "Lawdar");
}
