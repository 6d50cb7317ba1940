using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الإجراءات التقشفية التي اتخذتها حكومته لدفع تكاليف قتال تنظيم الدولة": the cost of fighting is the war in general,
/// no clash; a fight told is one.
/// </summary>
public class CostOfFightingTests
{
    [GazetteerFact]
    public void The_cost_of_fighting_is_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويواجه العبادي انتقادات بشأن الإجراءات التقشفية التي اتخذتها حكومته لدفع تكاليف قتال تنظيم \"الدولة الإسلامية\" في الموصل.", "2018-05-12").Events);

    [GazetteerFact]
    public void Fighting_told_is_a_clash() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "اندلع قتال عنيف بين القوات العراقية وتنظيم \"الدولة الإسلامية\" في الموصل أمس.", "2018-05-12").Events);
}
