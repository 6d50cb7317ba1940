using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كما دمرت المقاتلات آليات ومركبات عسكرية … في مناطق الفازة": what fighter jets destroyed they struck from the air — an
/// air strike by the air force the article shows flying.
/// </summary>
public class JetsThatDestroyedTests
{
    [GazetteerFact]
    public void Jets_that_destroyed_struck()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "شنت مقاتلات التحالف العربي غارات جوية على مواقع الحوثيين في الساحل الغربي. كما دمرت المقاتلات آليات ومركبات عسكرية محملة بالذخائر في مدينة حيس.",
            "2018-03-30").Events;
        var hays = Assert.Single(events, e => e.Location?.Place?.Name == "Ḩays");
        Assert.Equal("Air/drone strike", hays.SubEventType);
        Assert.Equal("Coalition (Saudi-led)", hays.Actor1!.Name);
    }
}
