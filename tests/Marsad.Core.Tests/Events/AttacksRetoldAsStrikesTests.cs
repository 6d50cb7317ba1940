using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الهجمات" (the attacks), with the article and no agent of their own, right after air strikes were told, are those
/// strikes at the places their sentence gives; attacks a relative clause gives an agent ("الهجمات التي تنفذها
/// الميليشيات") are not.
/// </summary>
public class AttacksRetoldAsStrikesTests
{
    private const string Strikes = "قالت قوة المهام المشتركة في بيان اليوم السبت إن التحالف الذي تقوده الولايات المتحدة نفذ 19 غارة جوية على أهداف لتنظيم داعش في سوريا أمس الجمعة. ";

    [GazetteerFact]
    public void The_attacks_after_the_strikes_are_strikes_at_their_places()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(Strikes + "وأضاف البيان أن الهجمات في سوريا تركزت قرب مدينة الحسكة حيث تم تدمير تسعة مواقع قتالية. واستهدفت الهجمات أيضا وحدات تكتيكية بالإضافة إلى أهداف لداعش قرب حلب والرقة ودير الزور.", "2015-08-08").Events;
        foreach (var town in new[] { "Aleppo", "Ar Raqqah", "Deir ez-Zor" })
            Assert.Contains(events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == town && e.Actor1?.Name == "Coalition (US-led)");
    }
}
