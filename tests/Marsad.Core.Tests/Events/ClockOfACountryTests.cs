using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"بتوقيت تركيا", "بتوقيت إيران": a country that names a clock's time is no side of the act told beside it.</summary>
public class ClockOfACountryTests
{
    [GazetteerFact]
    public void A_countrys_time_names_no_side()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل شخص وجرح 3 آخرين بهجوم مسلح استهدف حافلة إيرانية لدى دخولها الأراضي التركية قرب مدينة فان التركية. وأفادت وكالة الأنباء الإيرانية أن الحافلة الإيرانية التي كانت تقل ركابا تعرضت للهجوم المسلح على الطريق الواصل بين مدينتي دوغوبايزيد وفان عند الساعة العاشرة من صباح الجمعة بتوقيت تركيا (الحادية والنصف بتوقيت إيران).",
            "2015-08-08").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Name.StartsWith("Military Forces") == true || e.Actor2?.Name.StartsWith("Military Forces") == true);
    }
}
