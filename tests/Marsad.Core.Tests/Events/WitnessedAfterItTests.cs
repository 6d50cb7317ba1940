using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وانفجرت مظاهرات غاضبة، في واحدة من أكبر الاحتجاجات التي يشهدها الأردن": the place a relative clause after the act
/// says witnesses it is its scene — not the town the article opened with, in another country.
/// </summary>
public class WitnessedAfterItTests
{
    private const string Meeting = "دعت السعودية إلى اجتماع استثنائي في مكة لبحث سبل دعم الأردن اقتصاديا.\n";

    [GazetteerFact]
    public void The_country_that_witnesses_the_protests_is_their_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            Meeting + "وانفجرت مظاهرات غاضبة، في واحدة من أكبر الاحتجاجات التي يشهدها الأردن منذ سنوات، ضد قرارات الحكومة برفع أسعار الوقود.", "2018-06-09").Events);
        Assert.Equal("JO", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_town_named_for_the_protests_stays_their_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            Meeting + "وانفجرت مظاهرات غاضبة في العاصمة عمان، وهي الاحتجاجات التي يشهدها الأردن منذ أيام.", "2018-06-09").Events);
        Assert.Equal("Amman", e.Location?.Place?.Name);
    }
}
