using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The Arabic press reports West Africa's and South Asia's armed groups too (SaudiNewsNet, 2015: Boko Haram at Lake
/// Chad, Abu Sayyaf): the catalog names them, and the people they kill by trade are civilians.
/// </summary>
public class ArmedGroupsBeyondTheRegionTests
{
    [GazetteerFact]
    public void Boko_haram_kills_civilians()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتلت جماعة بوكو حرام عشرة مدنيين قرب مدينة مايدوغوري.", "2015-08-03").Events);
        Assert.Equal("Boko Haram", e.Actor1?.Name);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(10, e.Fatalities);
    }

    [GazetteerFact]
    public void Fishermen_of_a_place_are_civilians() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل مسلحون عشرة من صيادي السمك قرب مدينة مايدوغوري.", "2015-08-03").Events,
            e => e.Actor2?.Name == "Civilians (Nigeria)");

    [GazetteerFact]
    public void A_lake_is_not_beheira() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("قتل مسلحون عشرة صيادين على ضفاف بحيرة تشاد.", "2015-08-03").Places,
            p => p.Place?.Name == "Beheira");

    [GazetteerFact]
    public void One_terrorist_element_killed_by_the_police_is_a_clash()
    {
        // "عنصرا إرهابيا": the singular of the militants a force kills
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتلت قوات الأمن التونسية عنصرا إرهابيا أثناء عملية أمنية في مدينة سجنان.", "2015-07-25").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Tunisia)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Separatists_abroad_are_not_yemens()
    {
        // "الانفصاليين" alone names the Southern Transitional Council only in an article about Yemen
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل جندي أوكراني في مواجهات مع الانفصاليين قرب مدينة دونيتسك شرق أوكرانيا.", "2015-08-08").Events);
        Assert.NotEqual("Southern Transitional Council", e.Actor2?.Name);
        Assert.NotEqual("Southern Transitional Council", e.Actor1?.Name);
    }
}
