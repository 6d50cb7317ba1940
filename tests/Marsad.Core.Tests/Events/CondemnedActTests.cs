using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأدان ولي العهد … التفجير الإرهابي الذي استهدف رجال الأمن داخل مسجد في مدينة أبها": a head of state or minister
/// condemning one act, told by whom it targeted, names that act — it is reported, though undated, and not the case a
/// politician makes about attacks in general.
/// </summary>
public class CondemnedActTests
{
    [GazetteerTheory]
    [InlineData("واستنكر الملك عبدالله الثاني التفجير الإرهابي الذي استهدف رجال الشرطة داخل مسجد في مدينة الكرك.", "Karak")]
    [InlineData("وأدان ولي العهد الأمير محمد بن نايف التفجير الإرهابي الذي استهدف رجال الأمن داخل مسجد في مدينة أبها.", "Abha")]
    public void A_condemned_act_told_by_its_target_is_reported(string text, string town)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2016-12-20").Events);
        Assert.Equal(("Explosions/Remote violence", town), (e.EventType, e.Location?.Place?.Name));
    }
}
