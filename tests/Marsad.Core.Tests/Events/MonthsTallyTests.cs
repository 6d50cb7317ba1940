using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "المدنيين الذين قتلوا نتيجة قصف القوات الحكومية خلال رمضان بلغوا 1452": a tally over a month (Ramadan, "the current
/// month") is no one act, as a tally over a year is not; the same shelling told of a day stays news.
/// </summary>
public class MonthsTallyTests
{
    [GazetteerFact]
    public void A_tally_over_ramadan_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وذكر معارضون سوريون أن المدنيين الذين قتلوا نتيجة قصف القوات الحكومية على الزبداني خلال رمضان بلغوا 1452 سوريا.", "2015-07-21").Events);

    [GazetteerFact]
    public void A_strike_earlier_in_the_current_month_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "والغارات الجوية الأجنبية على الجنوب الليبي ليست جديدة، إذ أعلن البنتاغون عن غارة مماثلة في جنوب الجفرة خلال الشهر الجاري، استهدفت موقعا لداعش.", "2018-04-21").Events);

    [GazetteerFact]
    public void Dead_counted_this_month_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("قتل 30 مدنيا في قصف القوات الحكومية على الزبداني خلال هذا الشهر.", "2015-07-21").Events);

    [GazetteerFact]
    public void The_same_shelling_told_of_a_day_is_news() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وذكر معارضون سوريون أن المدنيين الذين قتلوا نتيجة قصف القوات الحكومية على الزبداني أمس بلغوا 14 سوريا.", "2015-07-21").Events);
}
