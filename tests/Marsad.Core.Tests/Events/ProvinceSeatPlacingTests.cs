using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "جبهة طور الباحة في لحج", "مواقع في حيس بالحديدة": a province's seat named by في or ب right after a town of that
/// province is the province placing the town — no scene of its own. Towns joined by و stay a list.
/// (Real gazetteer: the test one lacks the towns of Lahij and Hodeidah.)
/// </summary>
public class ProvinceSeatPlacingTests
{
    private static string[] Places(string text, string published) =>
        TestPipeline.ExtractWithRealGazetteer(text, published).Events.Select(e => e.Location!.Place!.Name).Order(StringComparer.Ordinal).ToArray();

    [GazetteerFact]
    public void A_province_seat_after_fi_places_the_town_before_it()
    {
        Assert.Equal(new[] { "Ţawr al Bāḩah" }, Places("ومن جهة أخرى، حررت قوات الجيش اليمني والمقاومة مناطق في جبهة طور الباحة في لحج.", "2018-06-27"));
    }

    [GazetteerFact]
    public void A_province_seat_joined_by_bi_places_the_town_before_it()
    {
        Assert.Equal(new[] { "Ḩays" }, Places("قصفت مقاتلات التحالف مواقع للحوثيين في حيس بالحديدة.", "2018-06-27"));
    }

    [GazetteerFact]
    public void A_province_seat_listed_with_wa_is_a_scene_of_its_own()
    {
        Assert.Equal(new[] { "Al Ḩudaydah", "Zabīd" }, Places("قصفت مقاتلات التحالف مواقع للحوثيين في زبيد وفي الحديدة.", "2018-06-27"));
    }
}
