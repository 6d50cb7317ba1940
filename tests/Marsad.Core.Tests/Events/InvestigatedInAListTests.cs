using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في إطار التحقيقات الجارية بالجرائم التي استهدفت المصلين، واستهداف دورية الأمن": the verb of a relative clause on the
/// crimes an inquiry is into, and a verbal noun joined to them by و, are cases named, no acts reported; outside such a
/// list they stay acts.
/// </summary>
public class InvestigatedInAListTests
{
    [GazetteerFact]
    public void The_crimes_under_inquiry_and_a_targeting_joined_to_them_are_no_strikes()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأكد المتحدث الأمني أن الجهات الأمنية وفي إطار التحقيقات الجارية بالجرائم الإرهابية التي استهدفت المصلين بقرية القديح، واستهداف دوريات الأمن بشرق مدينة الرياض، تمكنت من الإطاحة بتنظيم إرهابي ينتمي لتنظيم داعش، يضم 300 شخص.",
            "2015-07-22").Events;
        Assert.DoesNotContain(events, e => e.EventType == "Explosions/Remote violence");
    }

    [GazetteerFact]
    public void A_relative_clause_on_an_act_of_the_day_stays_a_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقتل خمسة مدنيين في الغارات التي استهدفت مدينة إدلب أمس.", "2018-05-10").Events;
        Assert.Contains(events, e => e.EventType == "Explosions/Remote violence");
    }

    [GazetteerFact]
    public void A_targeting_joined_to_an_act_of_the_day_stays_a_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقصفت الطائرات السورية مدينة إدلب أمس، واستهداف مواقع المعارضة في ريفها بالصواريخ.",
            "2018-05-10").Events;
        Assert.Contains(events, e => e.EventType == "Explosions/Remote violence");
    }
}
