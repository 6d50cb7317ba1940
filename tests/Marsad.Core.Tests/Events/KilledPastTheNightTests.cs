using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلت قوات الأمن التونسي الليلة الماضية ثلاثة مسلحين": a day between the force and the count it killed is no word of
/// the clause — the force killed the militants, a clash, as with "أمس" between.
/// </summary>
public class KilledPastTheNightTests
{
    [GazetteerFact]
    public void Militants_the_police_killed_last_night_make_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتلت قوات الأمن التونسي الليلة الماضية ثلاثة مسلحين بمحافظة القصرين.",
            "2015-08-10").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Police Forces of Tunisia", e.Actor1?.PlainName);
    }
}
