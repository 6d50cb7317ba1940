using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بلدتي نبل والزهراء المحاصرتين من قبل جبهة النصرة": the hand named after a passive participle besieges, backs or
/// occupies the places — it is not the agent of the sentence's act.
/// </summary>
public class HandOfAParticipleTests
{
    [GazetteerFact]
    public void The_besieger_is_not_the_striker()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت قوات النظام مدينة إدلب المحاصرة من قبل جبهة النصرة.", "2015-07-26").Events;
        var e = Assert.Single(events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
        Assert.Equal("Al Nusra Front", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_hand_of_the_act_itself_still_acts()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصفت مدينة إدلب من قبل قوات النظام.", "2015-07-26").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }
}
