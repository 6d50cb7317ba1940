using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مسلحون أكراد", "المقاتلين الأكراد": Kurdish fighters in Turkey are the PKK's, as ACLED codes them; in Syria they are the
/// YPG's — the alias is shared, and the act's country tells them apart.
/// </summary>
public class KurdishFightersByCountryTests
{
    [GazetteerFact]
    public void Kurdish_gunmen_in_Turkey_are_the_pkk()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وشن مسلحون أكراد هجوما على مركز شرطة في مدينة أضنة جنوب تركيا أمس مما أسفر عن مقتل ضابطين.", "2015-08-01").Events);
        Assert.Equal("Kurdistan Workers' Party", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Kurdish_fighters_in_Syria_are_the_ypg()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وشن مقاتلون أكراد هجوما على مواقع لتنظيم داعش في مدينة الحسكة أمس مما أسفر عن مقتل عشرة منهم.", "2015-08-01").Events);
        Assert.Equal("People's Protection Units", e.Actor1?.Name);
    }
}
