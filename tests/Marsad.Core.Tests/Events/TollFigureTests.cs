namespace Marsad.Core.Tests.Events;

/// <summary>Where a toll's figure stands against its word of killing.</summary>
public class TollFigureTests
{
    [Fact]
    public void A_day_set_off_by_commas_between_the_killing_and_its_figure_is_passed_over()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وفي سياق المعارك، قتل، الأربعاء، 16 عنصرا من تنظيم داعش في مواجهات مع الجيش السوري في مدينة حلب.", "2018-08-09").Events);
        Assert.Equal(16, e.Fatalities);
    }
}
