using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A year after the act, past a comma and a verb of result with ل ("، لتزيد سخونة البلاد هذا العام"), dates what the
/// result clause tells — not the protests, which are of the day of the report, not background of a past year.
/// </summary>
public class ResultClauseDateTests
{
    [GazetteerFact]
    public void Protests_stay_news_of_the_day_past_a_result_clause_with_a_year()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("خرجت مظاهرات في البصرة والناصرية ضد الحكومة، لتزيد سخونة البلاد هذا العام.", "2015-08-06");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Peaceful protest"));
    }
}
