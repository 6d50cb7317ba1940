using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أفاد مراسل فرانس برس في دوما عن قصف يستهدف المدينة", "في قصف استهدف مدينة الحديدة": "قصف" after a preposition is
/// the noun, not the verb, so a strike told as hitting a town is an event though no striker is named.
/// </summary>
public class StrikeReportedOnATownTests
{
    [GazetteerFact]
    public void A_strike_the_reporter_tells_on_the_town_is_an_event()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأفاد مراسل فرانس برس في دوما عن قصف يستهدف المدينة عصر الأحد.", "2018-03-04").Events;
        var strike = Assert.Single(events);
        Assert.Equal("Dūmā", strike.Location?.Place?.Name);
    }
}
