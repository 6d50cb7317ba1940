namespace Marsad.Core.Tests.Events;

/// <summary>"واصلت القوات عمليات تمشيط الجيوب وانتزاع الألغام والعبوات الناسفة التي زرعتها الميليشيات": mine clearance is work going on, not a mine that went off.</summary>
public class MineClearanceTests
{
    [Theory]
    [InlineData("وواصلت القوات الروسية أمس عمليات تمشيط الجيوب وانتزاع الألغام والعبوات الناسفة التي زرعها تنظيم داعش في مدينة حلب.")]
    [InlineData("وواصلت القوات الروسية أمس عمليات نزع الألغام التي زرعها تنظيم داعش في مدينة حلب.")]
    public void Mine_clearance_is_no_explosion(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-06-16");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
