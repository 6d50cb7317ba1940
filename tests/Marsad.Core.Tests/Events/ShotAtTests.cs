using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهدفت الزوارق الحربية الإسرائيلية مراكب الصيد في غزة بنيران أسلحتها الرشاشة": fishing boats are civilians, the
/// object of a verb of targeting right after its subject is what it hit, and people targeted with gunfire were attacked,
/// not struck; "قصفت دبابة إسرائيلية" names Israel's army by its tank.
/// </summary>
public class ShotAtTests
{
    [GazetteerFact]
    public void Fishing_boats_targeted_with_gunfire_were_attacked()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استهدفت الزوارق الحربية الإسرائيلية مراكب الصيد في غزة بنيران أسلحتها الرشاشة.", "2018-04-09").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Civilians (Palestine)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_tank_with_its_nationality_is_that_countrys_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقد قصفت دبابة إسرائيلية موقعا في شمال غزة.", "2018-04-09").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
        Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType);
    }
}
