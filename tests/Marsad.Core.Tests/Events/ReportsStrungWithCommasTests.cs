using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت المقاومة الشعبية سيطرتها على معسكر لبوزة …، على صعيد متصل أكد مصدر أمني … في غارة جوية لطيران التحالف": a
/// run-on sentence that turns to another report after a comma is two sentences, so the strike told in the second does
/// not stand for the ground taken in the first (a weak trigger gives way to a strong one of its own sentence only).
/// </summary>
public class ReportsStrungWithCommasTests
{
    [GazetteerFact]
    public void Ground_taken_before_the_turn_is_kept_beside_the_strike_after_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "من جهتها أعلنت المقاومة الشعبية سيطرتها على معسكر لبوزة شمال لحج، ما أدى إلى هروب المئات من مليشيات الحوثي تجاه تعز، على صعيد متصل أكد مصدر أمني يمني رفيع أن القائد الميداني لمليشيات الحوثي في قاعدة العند لقي مصرعه مع 40 آخرين في غارة جوية لطيران التحالف.",
            "2015-08-07").Events;
        Assert.Contains(events, e => e.SubEventType == "Government regains territory");
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike");
    }
}
