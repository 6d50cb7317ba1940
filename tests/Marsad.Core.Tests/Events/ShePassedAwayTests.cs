using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"فارقت الحياة" (she passed away), the feminine of "فارق الحياة", counts a death as the masculine does.</summary>
public class ShePassedAwayTests
{
    [GazetteerFact]
    public void A_girl_who_passed_away_in_the_strike_is_its_dead()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("قصفت طائرات إسرائيلية منزلا في مدينة رفح أمس، وفارقت الحياة طفلة جراء القصف.", "2018-06-03");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal(1, strike.Fatalities);
    }
}
