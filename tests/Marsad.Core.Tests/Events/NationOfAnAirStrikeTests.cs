using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل 15 عسكريا روسيا أثناء غارة جوية إسرائيلية على اللاذقية": the nationality after "غارة جوية" / "ضربة جوية"
/// names the striker, for Israel as for every other state — not the soldiers killed or the country of the place.
/// </summary>
public class NationOfAnAirStrikeTests
{
    [GazetteerFact]
    public void The_nation_after_an_air_raid_is_the_striker_not_the_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أسفرت غارة جوية إسرائيلية على اللاذقية عن مقتل 15 عسكريا روسيا.", "2018-10-03").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_nation_after_an_air_strike_is_the_striker_not_the_places_country()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 15 جنديا في ضربة جوية إسرائيلية على اللاذقية.", "2018-10-03").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Another_nation_after_an_air_raid_is_the_striker_too()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 15 مدنيا في غارة جوية تركية على عفرين.", "2018-10-03").Events);
        Assert.StartsWith("Military Forces of Turkey", e.Actor1?.Name);
    }
}
