using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "المدنيين الذين قتلوا نتيجة قصف القوات الحكومية خلال رمضان بلغوا 1452": what happened over Ramadan, the month just
/// ended, is its tally, no one act, as a tally over a year is not; the same shelling told of a day stays news. ("خلال الشهر
/// الجاري" is left alone: one strike that month is an event, NotActsOfTheDayTests.)
/// </summary>
public class MonthsTallyTests
{
    [GazetteerFact]
    public void A_tally_over_ramadan_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وذكر معارضون سوريون أن المدنيين الذين قتلوا نتيجة قصف القوات الحكومية على الزبداني خلال رمضان بلغوا 1452 سوريا.", "2015-07-21").Events);

    [GazetteerFact]
    public void The_same_shelling_told_of_a_day_is_news() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وذكر معارضون سوريون أن المدنيين الذين قتلوا نتيجة قصف القوات الحكومية على الزبداني أمس بلغوا 14 سوريا.", "2015-07-21").Events);
}
