using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل مدني بقذائف عدة": a word of number right after a noun of acts or things counts that noun (the shells), not the
/// dead; "قتل عدة مدنيين", where it stands before the people, still counts them.
/// </summary>
public class NumberAfterItsNounTests
{
    [GazetteerFact]
    public void Several_shells_kill_one_civilian()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل مدني بقذائف عدة أطلقتها قوات النظام على مدينة حماة.", "2015-07-26").Events);
        Assert.Equal(1, e.Fatalities);
    }

    [GazetteerFact]
    public void Several_civilians_are_still_several()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل عدة مدنيين بقذائف أطلقتها قوات النظام على مدينة حماة.", "2015-07-26").Events);
        Assert.Equal(10, e.Fatalities);
    }
}
