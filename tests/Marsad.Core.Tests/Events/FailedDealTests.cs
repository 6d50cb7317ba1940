using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وكانت صفقة تبادل للأسرى … قد فشلت في اللحظة الأخيرة": a deal its clause says failed is no agreement, as one broken
/// ("انهيار اتفاق وقف إطلاق النار") already was; a deal done still is.
/// </summary>
public class FailedDealTests
{
    [GazetteerFact]
    public void A_prisoner_swap_that_failed_is_no_agreement()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكانت صفقة تبادل للأسرى بين المقاومة الجنوبية والحوثيين في عدن قد فشلت في اللحظة الأخيرة أول من أمس.", "2015-08-06").Events);
    }

    [GazetteerFact]
    public void A_prisoner_swap_done_is_one()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتمت صفقة تبادل للأسرى بين المقاومة الجنوبية والحوثيين في عدن أول من أمس.", "2015-08-06").Events);
        Assert.Equal("Agreement", e.SubEventType);
    }
}
