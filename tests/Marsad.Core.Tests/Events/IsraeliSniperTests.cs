using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"برصاص قناص إسرائيلي", "قناصة الاحتلال": an Israeli sniper is Israel's military, as "جندي إسرائيلي" is.</summary>
public class IsraeliSniperTests
{
    [GazetteerFact]
    public void A_man_shot_by_an_israeli_sniper_was_shot_by_the_army()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("قتل فلسطيني برصاص قناص إسرائيلي شرق خان يونس أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }
}
