using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "جنوب غربي ليبيا", "جنوب غرب سوريا": a quarter named by two compass words is a region of its own
/// (data/geo/places-extra.tsv), not the second word's quarter seen from the first — the strike on Ubari's outskirts is
/// in Libya's south-west, some 700 km from Tripoli, where "غربي ليبيا" alone is placed.
/// </summary>
public class TwoWayQuartersTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerTheory]
    [InlineData("أعلن الجيش الأمريكي مقتل اثنين من الإرهابيين في غارة جوية على مدينة جنوب غربي ليبيا.", "2018-03-25", "LY", 26.59, 12.78)]
    [InlineData("قصفت الطائرات الروسية مواقع للمعارضة في جنوب غرب سوريا.", "2018-06-25", "SY", 32.62, 36.10)]
    [InlineData("قصفت طائرات التحالف مواقع للحوثيين في شمال غربي اليمن.", "2018-06-25", "YE", 16.94, 43.76)]
    public void A_quarter_between_two_compass_points_is_placed_there(string text, string published, string country, double lat, double lon)
    {
        var strike = Assert.Single(Extract(text, published).Events);
        var place = strike.Location?.Place;
        Assert.NotNull(place);
        Assert.Equal(country, place.CountryCode);
        Assert.True(Marsad.Core.Geo.GeoDistance.Km(place.Latitude, place.Longitude, lat, lon) < 25, $"{place.Name} at {place.Latitude},{place.Longitude}");
        Assert.Equal(3, strike.Location?.GeoPrecision);
    }
}
