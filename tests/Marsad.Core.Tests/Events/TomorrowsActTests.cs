using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "غدا الجمعة" is tomorrow, named with its weekday — not the last Friday before the report — and what is to happen
/// tomorrow is a plan, even when the paper's date runs a day behind its clock.
/// </summary>
public class TomorrowsActTests
{
    [GazetteerFact]
    public void A_protest_called_for_tomorrow_is_no_event()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("ويستعد ناشطون للخروج غدا الجمعة في مظاهرة حاشدة وسط بغداد.", "2015-08-06");
        Assert.Empty(doc.Events);
    }
}
