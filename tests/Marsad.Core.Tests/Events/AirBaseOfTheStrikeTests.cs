using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ثلاث مقاتلات أقلعت من قاعدة في ديار بكر … وقصفت مقرين لداعش": the base the aircraft took off from is no scene of
/// what they struck.
/// </summary>
public class AirBaseOfTheStrikeTests
{
    [GazetteerFact]
    public void The_base_aircraft_took_off_from_is_no_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال مكتب رئيس الوزراء التركي في بيان ان ثلاث مقاتلات إف-16 أقلعت من قاعدة في ديار بكر بجنوب شرق تركيا في الساعات الاولى من صباح اليوم وقصفت مقرين لمتشددي داعش قبل ان تعود الي قاعدتها.", "2015-07-24").Events;
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name is "Diyarbakır");
    }

    [GazetteerFact]
    public void The_target_named_after_the_base_stays_the_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وشنت طائرات أمريكية من دون طيار أقلعت من قاعدة إنجرليك في جنوب تركيا غارات على مواقع لتنظيم داعش في مدينة الرقة.", "2015-07-24").Events;
        Assert.Contains(events, e => e.Location?.Place?.Name is "Ar Raqqah");
    }

    [GazetteerFact]
    public void A_march_that_set_out_from_a_place_is_there()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وانطلقت مسيرة احتجاجية من مدينة الرمادي للمطالبة بإطلاق سراح المعتقلين.", "2015-07-24").Events;
        Assert.Contains(events, e => e.Location?.Place?.Name is "Ramadi" or "Ar Ramadi");
    }
}
