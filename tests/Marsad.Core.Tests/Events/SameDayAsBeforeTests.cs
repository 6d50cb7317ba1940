using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وفي وقت سابق من ذلك اليوم", "وفي اليوم نفسه": an act told on the same day as the one the sentence before gave took
/// place on that day, not on the day of the report.
/// </summary>
public class SameDayAsBeforeTests
{
    [GazetteerFact]
    public void Earlier_that_day_is_the_day_told_before()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر أمنية إن مسلحين أطلقوا صاروخا مساء أول من أمس على سيارة مصفحة في بلدة سيلوبي فقتلوا ضابط شرطة. "
            + "وفي وقت سابق من ذلك اليوم قتل ثلاثة أشخاص في اشتباكات بين الشرطة وحزب العمال الكردستاني ببلدة سيلوبي.", "2015-08-09").Events;
        var clash = Assert.Single(events, e => e.SubEventType == "Armed clash");
        Assert.Equal(new DateOnly(2015, 8, 7), clash.Date.Date);
    }

    [GazetteerFact]
    public void With_no_day_before_the_act_keeps_the_report_day()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وفي وقت سابق من ذلك اليوم قتل ثلاثة أشخاص في اشتباكات بين الشرطة وحزب العمال الكردستاني ببلدة سيلوبي.", "2015-08-09").Events;
        var clash = Assert.Single(events, e => e.SubEventType == "Armed clash");
        Assert.Equal(new DateOnly(2015, 8, 9), clash.Date.Date);
    }
}
