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

    [Fact]
    public void Those_who_came_along_are_not_the_target()
    {
        // ("غارة جوية أجرتها الولايات المتحدة برفقة فرنسا وبريطانيا": accompanied by, a co-attacker)
        var e = Assert.Single(TestPipeline.Extract(
            "دافع الرئيس الأمريكي عن تغريدته بعد غارة جوية أجرتها الولايات المتحدة برفقة فرنسا وبريطانيا على منشآت كيماوية في مدينة حمص.", "2018-04-14").Events);
        Assert.StartsWith("Military Forces of the United States", e.Actor1?.Name);
        Assert.False(e.Actor2?.Name.StartsWith("Military Forces of France") ?? false);
    }
}
