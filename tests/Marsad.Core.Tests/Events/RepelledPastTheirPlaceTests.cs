using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "صدت المقاومة الشعبية في محافظة مأرب، شرقي اليمن، عدة هجمات شنتها الميليشيات المتمردة": the subject of a verb of
/// repelling, its place set off by commas, held off the attacks — and "الميليشيات المتمردة", as the Yemeni press calls
/// them, are the Houthis.
/// </summary>
public class RepelledPastTheirPlaceTests
{
    [GazetteerFact]
    public void The_resistance_held_off_the_houthis()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "صدت المقاومة الشعبية في محافظة مأرب، شرقي اليمن، عدة هجمات شنتها الميليشيات المتمردة على مواقع متفرقة في جبهتي الجفينة وصرواح.",
            "2015-07-22").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(("Armed clash", "Houthi Movement"), (e.SubEventType, e.Actor1?.Name)));
        Assert.All(events, e => Assert.StartsWith("Popular Resistance", e.Actor2?.Name));
    }
}
