using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Military sites named in the plural ("مراكز عسكرية", "ثكنات عسكرية") are that country's army, hit — unless their
/// owner is named right after them ("مواقع عسكرية للميليشيات الموالية لإيران": not the army of the country named after the owner), who is then the side hit.
/// </summary>
public class PluralMilitarySitesTests
{
    [GazetteerFact]
    public void Military_centres_in_a_country_are_its_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت قوات سوريا الديمقراطية أمس استهدافها مراكز عسكرية في ولاية هاتاي التركية بالصواريخ.", "2018-02-18").Events);
        Assert.Equal("Syrian Democratic Forces", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_military_site_of_a_named_owner_is_the_owners()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال مصدر عسكري إن طائرات التحالف قصفت أمس مواقع عسكرية للميليشيات الموالية لإيران جنوب مدينة الحديدة.", "2018-04-06").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Assads_aviation_is_the_syrian_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتعرضت مدينة منبج بريف حلب أمس لغارات جوية عنيفة من قبل طيران الأسد.", "2015-07-24").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Military Forces of Syria (2000-2024)", e.Actor1?.Name);
    }
}
