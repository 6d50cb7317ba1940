namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ضربات جوية ومدفعية": the gun adjective joined to the air one describes that strike (an air strike and a shelling), no
/// third act of its own; and "مناطق تمتد من" — a verb of where places lie after the place noun — names no place.
/// </summary>
public class AirAndArtilleryStrikesTests
{
    [Fact]
    public void Air_and_artillery_strikes_are_one_air_strike_and_one_shelling()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأكد العميد أن تنفيذ القطعات العسكرية ضربات جوية ومدفعية ساهمت في تقدم القوات الأمنية صوب مدينة الرمادي أمس.", "2015-07-26");
        Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Single(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [Fact]
    public void Areas_that_stretch_somewhere_are_no_place_named()
    {
        var places = TestPipeline.PlaceNames("وتقدمت القوات صوب مناطق تمتد من الرمادي إلى الفلوجة.", "2015-07-26");
        Assert.Equal(2, places.Count);
        Assert.DoesNotContain(null, places);
    }
}
