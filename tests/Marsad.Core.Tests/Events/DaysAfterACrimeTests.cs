using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وبعد يومين من جريمة إحراق منزل عائلة دوابشة": an act told as "two days after the crime of …" happened two days
/// before the day the sentence tells — the crime, incident or massacre named between.
/// </summary>
public class DaysAfterACrimeTests
{
    [GazetteerFact]
    public void The_crime_two_days_before_is_dated_two_days_back()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وبعد يومين من جريمة قتل مستوطنين شابا فلسطينيا في قرية دوما قرب نابلس، عقد نتنياهو جلسة حكومته الأسبوعية.", "2015-08-03").Events;
        var burned = Assert.Single(events, e => e.SubEventType == "Attack");
        Assert.Equal(new DateOnly(2015, 8, 1), burned.Date.Date);
    }
}
