using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A threat governs what it threatens ("هدد حزب العمال بشن هجمات"), not the act it answers, told after a word of cause:
/// "هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة إثر الضربات الجوية التي شنها الجيش التركي … في شمال العراق" tells of
/// the strikes.
/// </summary>
public class ActAThreatAnswersTests
{
    [GazetteerFact]
    public void The_strikes_the_threat_answers_are_told()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت على معسكرات للمتمردين في شمال العراق.",
            "2015-07-26").Events);
        Assert.Equal(("Air/drone strike", "Kurdistan Workers' Party"), (e.SubEventType, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void The_attacks_threatened_are_not()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وهدد حزب العمال الكردستاني بشن هجمات على مراكز الشرطة في مدينة ديار بكر ردا على الغارات.", "2015-07-26").Events);
    }
}
