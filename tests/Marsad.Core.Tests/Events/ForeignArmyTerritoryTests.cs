using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// ACLED's "non-state actor overtakes territory" covers "a non-state actor or foreign state actor": a foreign army that
/// takes ground (Turkey's in northern Syria) is coded so, unless it fights on the side of the country's own government.
/// </summary>
public class ForeignArmyTerritoryTests
{
    [Fact]
    public void A_foreign_army_taking_a_town_is_a_non_state_overtaking()
    {
        var e = Assert.Single(TestPipeline.Extract("سيطر الجيش التركي على مدينة الباب شمال حلب أمس.", "2018-03-10").Events);
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.StartsWith("Military Forces of Turkey", e.Actor1!.Name);
    }

    [Fact]
    public void The_country_s_own_army_regains_it() =>
        Assert.Equal("Government regains territory",
            Assert.Single(TestPipeline.Extract("سيطر الجيش السوري على مدينة الباب شمال حلب أمس.", "2018-03-10").Events).SubEventType);

    // (Sudan's army fought in Yemen in the Saudi-led coalition, on the government's side: sides.tsv)
    [GazetteerFact]
    public void A_foreign_army_on_the_government_s_side_regains_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وسيطرت القوات السودانية المشاركة في التحالف على مدينة المخا أمس بعد معارك مع الحوثيين.", "2018-05-03").Events,
            e => e.EventType == "Battles");
        Assert.Equal("Government regains territory", e.SubEventType);
    }
}
