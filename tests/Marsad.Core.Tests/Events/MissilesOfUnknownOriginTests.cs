using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "صواريخ مجهولة المصدر استهدفت عدة مواقع عسكرية لقوات النظام": missiles no one is named for are ACLED's unidentified
/// military forces, as unknown aircraft are — not the opposition the sources that report them belong to.
/// </summary>
public class MissilesOfUnknownOriginTests
{
    [GazetteerFact]
    public void Missiles_of_unknown_origin_are_an_unidentified_forces()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قالت مصادر في المعارضة السورية، إن صواريخ مجهولة المصدر استهدفت عدة مواقع عسكرية لقوات النظام السوري في ريف حمص.", "2018-04-17").Events);
        Assert.Equal("Unidentified Military Forces", strike.Actor1?.PlainName);
        Assert.Equal("Military Forces of Syria", strike.Actor2?.PlainName);
    }
}
