using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>Where goods were smuggled from ("تهريب متفجرات من إيران") is no scene of the arrest, as where someone came from is none.</summary>
public class SmuggledFromTests
{
    [GazetteerFact]
    public void The_arrest_is_not_where_the_explosives_came_from()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وألقت الأجهزة الأمنية البحرينية القبض على مواطنين اثنين بتهمة تهريب متفجرات من إيران.", "2015-07-26").Events);
        Assert.Equal("BH", e.Location?.Place?.CountryCode);
        Assert.Equal("Civilians (Bahrain)", e.Actor2?.Name);
    }
}
