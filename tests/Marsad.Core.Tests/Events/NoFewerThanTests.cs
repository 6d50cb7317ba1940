using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ما لا يقل عن 6 غارات": "no fewer than" counts the strikes, its "لا" denies nothing. But a count of strikes in the
/// thousands ("ما لا يقل عن 12053 غارة") is a war's tally, no day's event.
/// </summary>
public class NoFewerThanTests
{
    [GazetteerFact]
    public void No_fewer_than_six_strikes_were_strikes()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وفي محافظة إدلب، نفذ الطيران الحربي النظامي ما لا يقل عن 6 غارات على مدينة أريحا.", "2015-07-26").Events;
        var e = Assert.Single(events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Military Forces of Syria (2000-2024)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Thousands_of_strikes_are_a_tally()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح المرصد أن مقاتلات النظام نفذت ما لا يقل عن 9120 غارة على مدينة أريحا ومناطق أخرى.", "2015-07-26").Events);
    }
}
