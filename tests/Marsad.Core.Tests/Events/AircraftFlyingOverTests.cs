namespace Marsad.Core.Tests.Events;

/// <summary>"حلقت طائرات (درون) إيرانية أمس في سماء المناطق": aircraft that fly over strike nothing.</summary>
public class AircraftFlyingOverTests
{
    [Fact]
    public void Drones_flying_over_are_no_strike() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وفي السياق ذاته، قال الصحافي الكردي المقرب من حزب العمال الكردستاني، دياري محمد، لـ«الشرق الأوسط»: «حلقت طائرات (درون) إيرانية أمس ولأول مرة في سماء المناطق التي توجد فيها قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني في المناطق الحدودية لإقليم كردستان، فيما حلقت الطائرات التركية المعروفة لدى مقاتلي العمال الكردستاني بطائرات التجسس في سماء المنطقة دون تنفيذ أي غارات جوية»، مشيرا إلى أن المئات من مواطني الإقليم بدأوا بالسير نحو جبال قنديل أمس تضامنا مع مقاتلي الحزب.", "2015-07-27").Events,
            e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void Drones_that_strike_do() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقصفت طائرات مسيرة إيرانية مواقع للحزب في أربيل أمس.", "2015-07-27").Events,
            e => e.SubEventType == "Air/drone strike");
}
