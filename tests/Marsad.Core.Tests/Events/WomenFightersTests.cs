using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "المقاتلات الكرديات اللواتي شاركن في معارك شمال سوريا": fighters in the feminine plural with a feminine plural adjective
/// or relative are women who fight, not jets; the jets' adjective is the singular of things ("المقاتلات الروسية").
/// </summary>
public class WomenFightersTests
{
    [GazetteerTheory]
    [InlineData("وشاركت المقاتلات الكرديات في المعارك ضد تنظيم داعش في مدينة الرقة أمس.")]
    [InlineData("وقاتلت المقاتلات اللواتي انضممن إلى وحدات حماية المرأة تنظيم داعش في مدينة الرقة أمس.")]
    public void Women_fighters_fly_no_strike(string sentence)
    {
        var events = TestPipeline.ExtractWithRealGazetteer(sentence, "2018-10-09").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike");
    }

    [GazetteerFact]
    public void Jets_with_the_singular_adjective_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وقصفت المقاتلات الروسية مواقع تنظيم داعش في مدينة الرقة أمس.", "2018-10-09").Events;
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike");
    }
}
