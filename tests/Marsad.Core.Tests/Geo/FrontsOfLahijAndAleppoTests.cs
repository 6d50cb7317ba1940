using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Places of the 2015 fronts the Arabic press names and cities500 lacks or gives to another country
/// (data/geo/places-extra.tsv): the town of Al Anad beside its air base, Labouza camp, Sarrin in Aleppo's countryside,
/// and Zinjibar of Abyan, which "مدينة زنجبار" in a Yemeni story means — not Zanzibar.
/// </summary>
public class FrontsOfLahijAndAleppoTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-07-23");

    [GazetteerFact]
    public void Lahijs_fronts_are_found()
    {
        var places = Places("ونفذ طيران التحالف عدة غارات جوية على مواقع الحوثيين في العند ومعسكر لبوزة بمحافظة لحج.");
        Assert.Contains("Al Anad", places);
        Assert.Contains("Labouza Camp", places);
    }

    [GazetteerFact]
    public void Sarrin_is_found() =>
        Assert.Contains("Sarrin", Places("سيطرت وحدات حماية الشعب الكردية على بلدة صرين في ريف حلب الشمالي الشرقي."));

    [GazetteerFact]
    public void Zinjibar_in_a_yemeni_story_is_in_abyan() =>
        Assert.Contains("Zinjibar", Places("تقدمت المقاومة الشعبية نحو مدينة زنجبار عاصمة محافظة أبين اليمنية."));

    [GazetteerFact]
    public void Stubbornness_is_no_town() =>
        Assert.DoesNotContain("Al Anad", Places("وقال إن سمات العند لدى الأطفال تظهر مبكرا."));
}
