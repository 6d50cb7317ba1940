using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The Syrian Observatory's "كتائب مقاتلة" / "الكتائب المقاتلة" are the armed opposition: shells they fired on a town are
/// the rebels' shelling of its people, not the wounded civilians' own.
/// </summary>
public class SyrianRebelBattalionsTests
{
    [GazetteerFact]
    public void Shells_fired_by_fighting_battalions()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أصيب 9 مواطنين بجراح جراء سقوط عدة قذائف أطلقتها كتائب مقاتلة على مناطق بمدينة حلب.", "2015-08-01").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor1?.Name);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
    }
}
