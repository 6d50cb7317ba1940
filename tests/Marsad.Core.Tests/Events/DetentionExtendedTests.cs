using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وبتمديد احتجاز المشتبه بارتكابهم جرائم إرهابية": detention extended — by a law's power or a court — is no arrest told;
/// an arrest told by its verb still is.
/// </summary>
public class DetentionExtendedTests
{
    [GazetteerFact]
    public void A_law_that_extends_detention_arrests_no_one() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وركزت المنظمات في تحفظاتها تجاه القانون لمنحه قوات الأمن سلطات واسعة للقيام بالرقابة علي الأشخاص وبتمديد احتجاز المشتبه بارتكابهم جرائم إرهابية في تونس.",
            "2015-07-31").Events);

    [GazetteerFact]
    public void An_arrest_by_its_verb_still_is_one()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("اعتقلت الشرطة التونسية أمس خمسة أشخاص في مدينة سوسة.", "2015-07-31").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }
}
