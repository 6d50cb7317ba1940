using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تظاهر المئات في مدينة الأهواز احتجاجا على نقص المياه، ووقعت مصادمات مع الشرطة": a protest whose sentence tells of
/// clashes with a state force after it, none killed, was a violent demonstration against that force — not when the
/// demonstrations are only the time of the clash ("إصابة رجل خلال مظاهرات فيرغسون في اشتباكات مع الشرطة").
/// </summary>
public class ProtestThatClashedWithTheForceTests
{
    [GazetteerFact]
    public void A_protest_that_clashed_with_the_police_was_violent()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تظاهر المئات في مدينة الأهواز أمس احتجاجا على نقص المياه، ووقعت مصادمات مع الشرطة أسفرت عن إصابة عدد من المحتجين.", "2018-07-06").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.StartsWith("Police Forces of Iran", e.Actor2?.Name);
    }
}
