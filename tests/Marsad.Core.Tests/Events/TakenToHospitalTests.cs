namespace Marsad.Core.Tests.Events;

/// <summary>"مشيرا إلى أن القتلى والجرحى نقلوا إلى مستشفى منبج": where the dead and wounded were taken is no scene.</summary>
public class TakenToHospitalTests
{
    [Fact]
    public void The_hospital_town_is_no_scene()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ذكر المرصد السوري أن تسعة عناصر من داعش قتلوا في الغارات الجوية التي نفذتها مقاتلات تركية فجر أمس على مواقع للتنظيم في الشريط الحدودي في الريف الشمالي الشرقي لمحافظة حلب وأصيب 12 آخرون، " +
            "مشيرا إلى أن القتلى والجرحى نقلوا إلى مستشفى منبج الذي يديره التنظيم في المحافظة.", "2015-07-25");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.NotEqual("Manbij", strike.Location?.Place?.Name);
    }
}
