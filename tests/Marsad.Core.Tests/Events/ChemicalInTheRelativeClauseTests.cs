using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الهجوم الذي يشتبه أن النظام السوري شنه بأسلحة كيماوية": the weapon of the relative clause that describes an attack
/// makes it a chemical attack; chemical sites or a programme struck ("ضد أهداف بالبرنامج الكيماوي") do not.
/// </summary>
public class ChemicalInTheRelativeClauseTests
{
    [GazetteerFact]
    public void An_attack_described_as_made_with_chemical_weapons_is_chemical()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وذكر اتحاد منظمات الرعاية الطبية أن الهجوم الذي يشتبه أن النظام السوري شنه بأسلحة كيماوية على مدينة دوما في وقت متأخر السبت الماضي، أسفر عن مقتل ما لا يقل عن 60 شخصا.", "2018-04-10");
        Assert.Contains(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Attack");
    }

    [GazetteerFact]
    public void Strikes_on_a_chemical_programme_are_no_chemical_attack()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "لا توجد إشارات على عمليات انتقامية للنظام السوري بعد الغارات التي نفذتها أمريكا وبريطانيا وفرنسا ضد أهداف بالبرنامج الكيماوي السوري في حمص، فجر السبت.", "2018-04-14");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Chemical weapon");
    }
}
