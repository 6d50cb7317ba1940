namespace Marsad.Core.Tests.Events;

/// <summary>The Sinai of the conflict: an act the press places only "in Sinai" is in North Sinai, where ACLED codes it.</summary>
public class SinaiTests
{
    [Fact]
    public void An_act_in_sinai_is_in_north_sinai()
    {
        var e = Assert.Single(TestPipeline.Extract("وقتل الجيش المصري 12 مسلحا في اشتباكات في سيناء أمس.", "2018-07-03").Events);
        Assert.Equal("North Sinai", e.Location?.Place?.Admin1Name);
        Assert.True(Marsad.Core.Geo.GeoDistance.Km(31.1316, 33.7984, e.Location!.Place!.Latitude, e.Location.Place.Longitude) < 25);
    }
}
