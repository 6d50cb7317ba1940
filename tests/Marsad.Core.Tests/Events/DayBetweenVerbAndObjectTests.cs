using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهدفت القوات الجوية المصرية فجر اليوم مواقع لعناصر تنظيم ولاية سيناء": the day told between the subject and the
/// object is no word of the clause — the object still follows its subject closely.
/// </summary>
public class DayBetweenVerbAndObjectTests
{
    [GazetteerFact]
    public void A_day_between_subject_and_object_keeps_the_strike() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("استهدفت القوات الجوية المصرية فجر اليوم مواقع لعناصر تنظيم ولاية سيناء جنوب مدينة العريش.", "2018-02-10").Events,
            e => e is { SubEventType: "Air/drone strike", Actor1.Name: "Military Forces of Egypt (2014-)", Actor2.Name: "Wilayat Sinai" });
}
