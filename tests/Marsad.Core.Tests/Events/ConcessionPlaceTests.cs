namespace Marsad.Core.Tests.Events;

/// <summary>"الاحتجاجات في مدينة البصرة …، رغم الوعود التي قدمتها الحكومة المركزية في بغداد": what a concession sets against
/// the act is told of another place, no scene of it.</summary>
public class ConcessionPlaceTests
{
    [Fact]
    public void A_place_after_despite_is_no_scene()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وتستمر الاحتجاجات في مدينة حلب بسبب نقص الخدمات، رغم الوعود التي قدمتها السلطات في مدينة حماة.", "2018-09-07").Events);
        Assert.Equal("Aleppo", e.Location!.Place!.Name);
    }
}
