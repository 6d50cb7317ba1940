namespace Marsad.Core.Tests.Events;

/// <summary>
/// "المساعدة العاجلة للعراق، الذي يشهد منذ أيام موجة احتجاجات": the place a relative clause of witnessing hangs on is the
/// scene of what the clause tells — a country too, before a town the sentence named earlier.
/// </summary>
public class WitnessingPlaceTests
{
    [Fact]
    public void The_place_that_witnessed_the_act_is_its_scene()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "ووجه العاهل السعودي في الرياض بتقديم المساعدة العاجلة لسوريا، التي تشهد منذ أيام موجة احتجاجات على تردي الخدمات.", "2018-07-22").Events);
        Assert.Equal("SY", e.Location!.Place!.CountryCode);
    }
}
