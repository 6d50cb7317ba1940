using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شنت إسرائيل غارات جوية على سوريا": an act placed in nothing finer than a country has no place ACLED could code; a
/// town named keeps it.
/// </summary>
public class NowhereButACountryTests
{
    [GazetteerFact]
    public void A_strike_on_a_country_alone_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وشنت الطائرات الإسرائيلية، الأحد، غارات جوية على مواقع عسكرية في سوريا.", "2018-05-06").Events);

    [GazetteerFact]
    public void A_strike_on_a_town_of_that_country_is_one() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer("وشنت الطائرات الإسرائيلية، الأحد، غارات جوية على مواقع عسكرية في مدينة حمص السورية.", "2018-05-06").Events);
}
