using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل خمسة مدنيين وأصيب آخرون برصاص قناصة من الحوثيين": the wounded joined to the dead by و were hit by the same
/// weapon, and the side named after the weapon with من fired it — it is not one more side among the casualties.
/// </summary>
public class WoundedJoinedToTheDeadTests
{
    [GazetteerFact]
    public void Snipers_of_a_side_killed_the_civilians_before_the_wounded()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "الى ذلك قتل خمسة مدنيين واصيب اخرون برصاص قناصة من الحوثيين في تعز.", "2015-08-07").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal("Civilians (Yemen)", e.Actor2?.Name);
        Assert.Equal(5, e.Fatalities);
    }

    [GazetteerFact]
    public void A_soldier_killed_and_another_wounded_by_a_mine()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "كما قتل جندي تركي وأصيب آخر إثر انفجار لغم في مركبة عسكرية في محافظة ماردين جنوب شرقي تركيا.", "2015-08-03").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2?.Name);
        Assert.Equal(1, e.Fatalities);
    }
}
