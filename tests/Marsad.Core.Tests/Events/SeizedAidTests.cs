using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الحوثيون يستولون على ألفي سلة غذائية": food baskets, aid shipments or convoys seized are goods, not ground taken.
/// </summary>
public class SeizedAidTests
{
    [GazetteerFact]
    public void Food_baskets_seized_are_no_ground_taken() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("الحوثيون يستولون على ألفي سلة غذائية مخصصة للمحتاجين في الدريهمي.", "2018-08-16").Events,
            e => e.SubEventType.Contains("territory"));

    [GazetteerFact]
    public void An_aid_shipment_seized_is_no_ground_taken() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("استولى الحوثيون على شحنة مساعدات غذائية في الحديدة.", "2018-08-16").Events,
            e => e.SubEventType.Contains("territory"));

    [GazetteerFact]
    public void A_town_seized_is_ground_taken() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("استولى الحوثيون على مدينة الحديدة.", "2018-08-16").Events,
            e => e.SubEventType == "Non-state actor overtakes territory");
}
