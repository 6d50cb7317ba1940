using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A past verb joined by و ("وسيطرت", "واعتقلت") opens the next clause: the purpose word or the negation that governed
/// the verbal noun before it does not reach it. A verb after a verb in the past still shares its condition.
/// </summary>
public class JoinedPastVerbTests
{
    [GazetteerFact]
    public void A_capture_after_an_operation_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("أطلقت القوات التركية عملية عسكرية وسيطرت على قرية راجو.", "2018-03-19").Events,
            e => e.SubEventType == "Non-state actor overtakes territory");

    [GazetteerFact]
    public void Arrests_after_a_campaign_meant_to_arrest_are_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("شنت قوات الأمن حملة بهدف اعتقال المطلوبين واعتقلت خمسة أشخاص في الرمادي.", "2018-03-19").Events,
            e => e.SubEventType == "Arrests");

    [GazetteerFact]
    public void A_capture_in_a_condition_stays_supposed() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("إذا هاجموا مدينة الرمادي وسيطروا عليها فسنرد.", "2018-03-19").Events);
}
