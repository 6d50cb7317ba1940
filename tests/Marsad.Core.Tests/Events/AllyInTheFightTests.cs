using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Whose ally or partner a side is in a fight ("حليفة الولايات المتحدة في قتال «داعش»") says who it sides with, as
/// "يشارك في المعارك" says who takes part: no battle.
/// </summary>
public class AllyInTheFightTests
{
    [GazetteerFact]
    public void The_ally_of_the_United_States_in_fighting_ISIS_fights_no_battle() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتسيطر قوات سوريا الديمقراطية حليفة الولايات المتحدة في قتال «داعش»، على نحو 300 كيلومتر من الأراضي الواقعة شرقي نهر الفرات قرب الرقة.",
            "2015-08-10").Events);
}
