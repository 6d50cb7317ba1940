using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعمال شغب في اليابان", "موجة احتجاجات في العراق": protests the sentence puts in a country alone are placed at its
/// capital (precision 3), as ACLED's coders place a national wave — as they already were when no sentence named one (and were not when the country came after the act).
/// </summary>
public class ProtestsOfACountryAloneTests
{
    [GazetteerFact]
    public void Protests_in_a_country_alone_are_at_its_capital()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل محتج برصاص الشرطة خلال احتجاج في البحرين.", "2015-08-05").Events);
        Assert.Equal("Manama", e.Location?.Place?.Name);
        Assert.Equal(3, e.Location?.GeoPrecision);
    }

    [GazetteerFact]
    public void Protests_in_a_town_stay_there()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("تظاهر المئات في مدينة البصرة في العراق احتجاجا على انقطاع الكهرباء.", "2018-07-14").Events);
        Assert.Equal("Basrah", e.Location?.Place?.Name);
    }
}
