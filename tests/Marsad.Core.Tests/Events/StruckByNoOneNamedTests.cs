using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استمر القصف الجوي وبالمدفعية في منطقة الغوطة الشرقية …، الثلاثاء": a strike its own sentence places and dates is an
/// event though no one is named striking — ACLED's unidentified force; undated, or dated only by the start of a span
/// ("منذ 18 شباط"), it is the war's bombardment in general.
/// </summary>
public class StruckByNoOneNamedTests
{
    [GazetteerFact]
    public void A_placed_and_dated_strike_is_an_unidentified_forces()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "استمر القصف الجوي وبالمدفعية في منطقة الغوطة الشرقية المحاصرة في سوريا، الثلاثاء، ليقاطع الهدنة.", "2018-02-27");
        var e = Assert.Single(doc.Events, x => x.SubEventType == AcledTaxonomy.AirStrike);
        Assert.Equal("Unidentified Military Forces", e.Actor1?.Name);
        Assert.Equal(new DateOnly(2018, 2, 27), e.Date.Date);
    }

    [GazetteerTheory]
    [InlineData("واستمر القصف الجوي على الغوطة الشرقية.")]
    [InlineData("وأشار مدير المرصد إلى أن القصف في حرستا وعربين أسفر عن مقتل ثمانية مدنيين، لترتفع بذلك حصيلة القتلى المدنيين منذ 18 شباط/فبراير إلى 1031.")]
    public void Undated_it_is_the_bombardment_in_general(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-02-27").Events);
}
