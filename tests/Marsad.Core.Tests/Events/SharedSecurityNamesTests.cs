using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Names many states give their forces — "قوات الأمن الخاصة" (special security forces), "جهاز الأمن العام" (general
/// security) — are the force of the country where the act is, not of one state that also uses them (Yemen, Syria's
/// post-2024 government).
/// </summary>
public class SharedSecurityNamesTests
{
    [GazetteerFact]
    public void Special_security_forces_attacked_in_Saudi_Arabia_are_Saudi_police()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة من قوات الأمن الخاصة في هجوم مسلح استهدف دوريتهم في مدينة القطيف أمس.",
            "2015-08-07").Events);
        Assert.Equal("Police Forces of Saudi Arabia", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void General_security_in_a_2018_arrest_is_not_Syrias_post_2024_police()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واعتقل جهاز الأمن العام أمس ثلاثة مشتبه بهم في مدينة الخليل.",
            "2018-08-14");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name == "Police Forces of Syria (2024-)");
    }
}
