using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وشن محبو الحيوانات حملة احتجاج دولية ضد الصيد": a campaign of protest across the world is a cause taken up, no
/// demonstration at a place. A protest campaign in a town stays one.
/// </summary>
public class WorldwideCampaignOfProtestTests
{
    [GazetteerFact]
    public void An_international_campaign_of_protest_is_no_demonstration()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وشن محبو الحيوانات حملة احتجاج دولية ضد الصيد منذ قتل صياد أمريكي الأسد سيسل في متنزه قرب مدينة هراري.", "2015-08-06").Events;
        Assert.DoesNotContain(events, e => e.EventType == "Protests");
    }
}
