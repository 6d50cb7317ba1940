namespace Marsad.Core.Tests.Events;

// "القوات" standing alone refers back to the forces last named by that word.
public class AnaphoricForcesTests
{
    [Fact]
    public void The_forces_are_the_ones_last_named()
    {
        var doc = TestPipeline.Extract("أعلنت قوات الجيش السوري تقدمها في ريف حلب.\nوشنت القوات هجوما واسعا على مسلحي تنظيم داعش، تمكنت خلاله من استعادة السيطرة على مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.EventType == "Battles" && e.SubEventType != "Armed clash");
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [Fact]
    public void Forces_the_next_words_describe_are_new_ones()
    {
        var doc = TestPipeline.Extract("أعلنت قوات سوريا الديمقراطية تقدمها في ريف حلب.\nوشنت القوات الموالية للأسد هجوما على مسلحي تنظيم داعش في مدينة الرقة أمس.", "2018-06-03");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name == "Syrian Democratic Forces" || e.Actor2?.Name == "Syrian Democratic Forces");
    }
}
