using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "نجحت قوات المقاومة اليمنية، السبت، في السيطرة على مواقع": a day set off by commas between the verb of achieving and
/// the control it achieved is no word of the clause — the control was taken.
/// </summary>
public class AchievedPastADayTests
{
    [GazetteerFact]
    public void Control_achieved_with_the_day_between()
    {
        var taking = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "نجحت قوات المقاومة اليمنية، السبت، في السيطرة على مواقع جديدة في مركز مديرية الدريهمي.", "2018-08-18").Events);
        Assert.Equal("Government regains territory", taking.SubEventType);
        Assert.Equal("Joint Resistance Forces", taking.Actor1!.Name);
        Assert.Equal("2018-08-18", taking.Date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
