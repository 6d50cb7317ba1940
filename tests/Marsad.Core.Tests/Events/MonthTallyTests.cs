using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 174 مدنيا جراء القتال الدائر … خلال شهر يوليو": what a whole named month counts is a tally, no event — but "غارة
/// مماثلة خلال الشهر الجاري" may date one strike.
/// </summary>
public class MonthTallyTests
{
    [GazetteerFact]
    public void A_months_toll_is_no_event()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال إن 174 من المدنيين قتلوا واصيب 453 آخرون بجروح جراء القتال الدائر بين القوات الامنية وعناصر تنظيم داعش في الانبار خلال شهر يوليو.",
            "2015-08-01").Events;
        Assert.Empty(events);
    }
}
