using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن هجوما سوريا-روسيا على إدلب واستخدام الأسلحة الكيماوية، قد يؤديان إلى عمليات نزوح": acts named as the subject of
/// what they may lead to, or will be, past the comma that sets them off, are to come; a toll that may rise is still told.
/// </summary>
public class WhatActsMayLeadToTests
{
    [GazetteerFact]
    public void Acts_that_may_lead_to_flight_are_to_come() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال إن هجوما سوريا -روسيا على إدلب واستخدام الأسلحة الكيماوية، قد يؤديان إلى عمليات نزوح كبيرة.", "2018-09-06").Events);

    [GazetteerFact]
    public void A_strike_whose_toll_may_rise_is_told() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "قتل خمسة مدنيين أمس في قصف للنظام على إدلب، قد يرتفع عددهم.", "2018-09-06").Events);
}
