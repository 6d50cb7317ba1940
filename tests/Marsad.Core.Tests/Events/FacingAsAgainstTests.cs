using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في مواجهة" with a noun in construct after it is "against" ("لدعم الحكومة في مواجهة المتمردين", "للدفاع عن المقاتلين في
/// مواجهة أي مهاجمين"), no confrontation told — whatever sides the article gives; "قتل شرطي في مواجهة مع مسلحين" still tells one.
/// </summary>
public class FacingAsAgainstTests
{
    [GazetteerFact]
    public void Defending_fighters_against_any_attackers_is_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قال مسؤولون أمريكيون يوم الأحد إن الولايات المتحدة قررت السماح بشن غارات جوية للدفاع عن مقاتلي المعارضة السورية الذين دربهم الجيش الأمريكي في مواجهة أي مهاجمين حتى لو كانوا من القوات الموالية للرئيس السوري بشار الأسد.\n" +
            "وتعرضت أول دفعة من القوات التي دربتها الولايات المتحدة ونشرتها في شمال سوريا للنيران يوم الجمعة من متشددين آخرين.",
            "2015-08-03").Events);

    [GazetteerFact]
    public void Backing_a_government_against_rebels_is_no_clash() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن قوات الأمن الصومالية صدت هجوما لحركة الشباب على مقديشو أمس.\n" +
            "وتنضم القوات الكينية إلى قوة أميصوم العسكرية التي شكلها الاتحاد الأفريقي لدعم الحكومة الصومالية الضعيفة في مواجهة المتمردين.",
            "2015-08-03").Events, e => e.Actor2?.Name == "African Union");

    [GazetteerFact]
    public void A_confrontation_with_gunmen_is_a_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل شرطي في مواجهة مع مسلحين في مدينة العريش أمس.", "2015-08-03").Events,
            e => e.SubEventType == "Armed clash");
}
