using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "القوات الموالية للرئيس اليمني عبد ربه منصور هادي", "القوات الموالية لحكومة هادي": the forces loyal to the president,
/// by his title and full name, are Yemen's army — and the quarter that was "the last stronghold of the rebels in Aden" is
/// the scene, Aden only placing it.
/// </summary>
public class ForcesLoyalToHadiTests
{
    [GazetteerFact]
    public void Forces_loyal_to_the_president_by_his_full_name_are_the_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أكدت القوات الموالية للرئيس اليمني عبد ربه منصور هادي أنها بسطت سيطرتها على حي كريتر أمس.", "2015-08-10").Events);
        Assert.Equal(("Government regains territory", "Military Forces of Yemen (2012-)"), (e.SubEventType, e.Actor1?.Name));
    }

    [GazetteerFact]
    public void The_town_a_last_stronghold_is_in_only_places_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "بسطت القوات الموالية لهادي سيطرتها أمس على حي كريتر آخر معاقل المتمردين في عدن.", "2015-08-10").Events);
        Assert.Equal("Crater", e.Location?.Place?.Name);
    }
}
