namespace Marsad.Core.Tests.Events;

/// <summary>"دمرت منصات إطلاق صواريخ": launch pads destroyed are things hit, no launch.</summary>
public class LaunchPadsTests
{
    [Fact]
    public void Launch_pads_destroyed_are_no_launch()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقصفت طائرات التحالف مواقع الحوثيين في صعدة اليوم، كما دمرت منصات إطلاق صواريخ في مدينة عدن.", "2015-07-25");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Aden");
    }
}
