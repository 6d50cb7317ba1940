using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"ما زال الصحفي مختفيا منذ زيارته القنصلية": someone still missing since a visit disappeared that day.</summary>
public class StillMissingTests
{
    [GazetteerFact]
    public void Still_missing_since_a_day_is_a_disappearance_on_that_day()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ما زال الكاتب والإعلامي السعودي جمال خاشقجي مختفياً منذ زيارته إلى قنصلية المملكة العربية السعودية في إسطنبول، الثلاثاء الماضي.", "2018-10-04");
        var gone = Assert.Single(doc.Events);
        Assert.Equal("Abduction/forced disappearance", gone.SubEventType);
        Assert.Equal(new DateOnly(2018, 10, 2), gone.Date.Date);
    }
}
