namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بمقتل القيادي الحوثي … في غارة للطيران على منطقة كيلو 16": an armed group that does not fly, given an air strike
/// when the article shows an air force flying that is not its ally, was what the strike hit — the flier is actor 1.
/// </summary>
public class GroundedStrikerTests
{
    [Fact]
    public void An_air_strike_given_to_a_group_that_does_not_fly_is_the_flier_s()
    {
        // ("تكثيف الغارات الجوية يسعى إلى الضغط على المعارضة، كي تقبل بإخراج هيئة تحرير الشام": the group to be driven out)
        var doc = TestPipeline.Extract("وتقدمت قوات سوريا الديمقراطية أمس نحو مدينة الرقة بدعم من مقاتلات التحالف الدولي.\n" +
            "وقالت مصادر إن تكثيف الغارات الجوية على مدينة حلب أمس يسعى إلى الضغط على المعارضة كي تقبل بإخراج تنظيم داعش.", "2018-09-12");
        var strike = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal("Coalition (US-led)", strike.Actor1?.PlainName);
        Assert.Equal("Islamic State", strike.Actor2?.PlainName);
    }
}
