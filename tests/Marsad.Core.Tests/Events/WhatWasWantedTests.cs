using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فئة غير شرعية، أرادت ان تخطف اليمن الى المجهول": what a side wanted to do (أراد، أرادت، أرادوا أن) is its aim, not
/// an act done — here not even an abduction of anyone.
/// </summary>
public class WhatWasWantedTests
{
    [GazetteerFact]
    public void A_country_a_faction_wanted_to_hijack_is_no_abduction() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "اليـــــوم...تستضيف وفدا إعلاميا من الجزائر الشقيقة.. وحوار هادف حول «عاصفة الحزم»\n"
            + "شهد اللقاء حوارا موسعا بين الاعلاميين السعوديين والجزائريين حول دور المملكة في عاصفة الحزم، ووقوفها الى جانب الحكومة الشرعية بدولة اليمن الشقيقة وقيادة دول التحالف العربي، "
            + "وذهب الجميع الى ان خطوة المملكة تجاه اليمن كانت في سبيل المحافظة على وحدته واستقراره وسلامة شعبه ضد جميع التدخلات الايرانية التي تدعم فئة غير شرعية، "
            + "أرادت ان تخطف اليمن الى المجهول بمساعدة الرئيس المخلوع علي عبدالله صالح الذي ساعدته المملكة كثيرا.", "2015-07-31").Events);
}
