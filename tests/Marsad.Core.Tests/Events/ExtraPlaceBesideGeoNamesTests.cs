using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Zinjibar has two gazetteer entries at one point — GeoNames' "Zinjibār" and a row of Marsad's extra places, kept so
/// that "مدينة زنجبار" is not Zanzibar. A report that spells it both ways tells of one town: one strike there on a day
/// is one event, not two.
/// </summary>
public class ExtraPlaceBesideGeoNamesTests
{
    [GazetteerFact]
    public void Strikes_on_Zinjibar_spelt_two_ways_are_one_event()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصفت طائرات التحالف أمس مواقع الحوثيين في مدينة زنجبار بأبين. وأشار قائد ميداني إلى أن مروحيات التحالف قصفت أمس مواقع الحوثيين في زنجبار.",
            "2015-08-10").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("YE", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void Two_towns_a_few_kilometres_apart_stay_two()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت قوات النظام السوري أمس بلدتي سقبا وحزة في الغوطة الشرقية بالمدفعية الثقيلة.", "2018-02-20").Events;
        Assert.Equal(2, events.Count);
    }
}
