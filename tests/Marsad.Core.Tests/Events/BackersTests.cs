namespace Marsad.Core.Tests.Events;

// Forces "backed by" others fight; the backers, however they are joined, are associates.
public class BackersTests
{
    [Fact]
    public void A_name_joined_by_bi_right_after_a_backer_is_part_of_the_backing()
    {
        var doc = TestPipeline.Extract("وشنت قوات الجيش السوري المدعومة من القوات الروسية بالتحالف الدولي هجوما على مواقع تنظيم داعش في مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void Aircraft_backing_a_ground_attack_do_not_make_it_an_air_strike()
    {
        var doc = TestPipeline.Extract("وشنت قوات الجيش السوري مدعومة بطائرات روسية هجوما على مواقع تنظيم داعش في مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.EventType == "Battles");
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }
}
