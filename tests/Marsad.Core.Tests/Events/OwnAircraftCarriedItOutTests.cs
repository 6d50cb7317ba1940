using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قال الجيش التركي إن ضربة جوية نفذتها طائراته الحربية استهدفت ستة مسلحين": a strike the speaker's own aircraft carried
/// out, told right after it, is the speaker's — not the target's.
/// </summary>
public class OwnAircraftCarriedItOutTests
{
    [GazetteerFact]
    public void The_army_whose_aircraft_struck_is_the_actor()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "والأربعاء، قال الجيش التركي على تويتر، إن ضربة جوية نفذتها طائراته الحربية استهدفت ستة مسلحين على الأقل من حزب العمال الكردستاني في منطقة قنديل شمالي العراق.",
            "2018-06-08").Events);
        Assert.StartsWith("Military Forces of Turkey", strike.Actor1?.Name);
    }
}
