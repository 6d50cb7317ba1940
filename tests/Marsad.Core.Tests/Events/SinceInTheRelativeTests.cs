using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلوا جراء قصف للطيران الحربي على حي النشوة بجنوب مدينة الحسكة التي تشهد منذ 25 من شهر يونيو الماضي اشتباكات": the
/// day since which the town has seen clashes dates neither the strike before the clause nor the clashes it has seen —
/// both are told on the day of the report.
/// </summary>
public class SinceInTheRelativeTests
{
    [GazetteerFact]
    public void The_day_a_town_has_seen_fighting_since_is_no_days_act()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال المرصد السوري لحقوق الإنسان إن ما لا يقل عن 13 عنصرا من تنظيم داعش قتلوا جراء قصف للطيران الحربي على مناطق سيطرتهم في حي النشوة بجنوب مدينة الحسكة التي تشهد منذ 25 من شهر يونيو الماضي، اشتباكات عنيفة ومستمرة بين التنظيم وقوات النظام.",
            "2015-07-22").Events;
        var strike = Assert.Single(events, e => e.SubEventType == "Air/drone strike");
        Assert.True(strike.Date.Date >= new DateOnly(2015, 7, 15), strike.Date.ToString());
        Assert.All(events, e => Assert.True(e.Date.Date >= new DateOnly(2015, 7, 15), $"{e.SubEventType} {e.Date}"));
    }
}
