using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Protests told as lasting "عدة أسابيع" before an election sum up a past wave, as "استمر لأسابيع" does: no protest of
/// the report's day.
/// </summary>
public class ProtestsThatLastedWeeksTests
{
    [GazetteerFact]
    public void Protests_that_lasted_several_weeks_before_the_vote_are_background() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأعلن مسؤول في بوروندي فوز الرئيس بولاية ثالثة.\n" +
            "ويشير ضعف الإقبال على التصويت في العاصمة بوجمبورا، التي شهدت احتجاجات استمرت عدة أسابيع ضد الرئيس قبل موعد الانتخابات، إلى أن المعارضة لا تزال قوية.",
            "2015-07-25").Events);
}
