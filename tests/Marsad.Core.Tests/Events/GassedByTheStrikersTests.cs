using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A chemical attack no one is named for, where and when the article tells of the country's own forces striking, was
/// theirs; a foreign state's strikes then (a reprisal) name no one for it; a government the article names beside the
/// chemical weapons (the accused) is the attacker ACLED's coders code.
/// </summary>
public class GassedByTheStrikersTests
{
    [GazetteerFact]
    public void The_country_s_own_strikers_there_that_day_gassed_the_town()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أدانت السعودية الهجوم الكيماوي المروع الذي تعرضت له مدينة دوما السبت.\n\nوالسبت قتل وأصيب العشرات في دوما، جراء قصف جوي نفذته طائرات القوات الحكومية السورية.", "2018-04-08");
        var gas = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.StartsWith("Military Forces of Syria", gas.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_government_named_beside_the_chemical_weapons_is_the_accused_attacker()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وبدأت واشنطن خطوات باتجاه توجيه ضربة عسكرية للنظام السوري على خلفية هجوم كيماوي مفترض أسفر عن مقتل عشرات في بلدة دوما.", "2018-04-12");
        var gas = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.StartsWith("Military Forces of Syria", gas.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_foreign_reprisal_names_no_one_for_the_attack()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أدانت السعودية الهجوم الكيماوي المروع الذي تعرضت له مدينة دوما السبت.\n\nوالسبت شنت طائرات أمريكية غارات على مواقع في دوما.", "2018-04-08");
        var gas = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.DoesNotContain("United States", gas.Actor1?.Name ?? "");
    }
}
