using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وكان أربعة عمال أجانب قد اختطفوا يوم الأحد الماضي قرب مدينة زوارة": an abduction told by its verb with no kidnapper,
/// the day and the place in its sentence, is an unidentified armed group's; abductions as a kind are none.
/// </summary>
public class AbductedByNoOneNamedTests
{
    [GazetteerFact]
    public void Workers_abducted_on_a_day_near_a_town_were_taken_by_an_unidentified_group()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكان أربعة عمال أجانب يعملون في شركة إنشاءات قد اختطفوا يوم الأحد الماضي قرب مدينة زوارة غرب طرابلس.", "2015-07-22").Events);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Libya)", e.Actor1?.Name);
        Assert.Equal(new DateOnly(2015, 7, 19), e.Date.Date);
    }

    [GazetteerFact]
    public void Abductions_as_a_kind_are_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتزايدت عمليات الخطف في مدينة زوارة منذ مطلع العام، بحسب سكان محليين.", "2015-07-22").Events);
    }
}
