using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Tyres make a riot only when a crowd burns them: not tyres named without fire, nor tyres an armed side set alight to
/// block an attack.
/// </summary>
public class TyresBurntByACrowdTests
{
    [GazetteerTheory]
    [InlineData("وتظهر صور حصرية قيام ميليشيا الحوثي الإيرانية بقطع الطرق بالكتل الإسمنتية وإضرام النيران في عدد كبير من إطارات السيارات في محاولة لصد هجوم قوات المقاومة في التحيتا.", "2018-09-12")]
    [InlineData("وأشاد رئيس جمعية حماية المستهلك في جدة بقرار الهيئة السعودية للمواصفات بتطبيق معايير جديدة لمواصفات إطارات السيارات.", "2015-08-08")]
    public void Tyres_not_burnt_by_a_crowd_are_no_riot(string text, string published) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, published).Events, e => e.EventType == "Riots");

    [GazetteerFact]
    public void Tyres_a_crowd_burns_are_a_riot() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وأفاد المراسلون أن المتظاهرين تجمعوا شرق مدينة غزة وقاموا بإشعال عشرات من إطارات السيارات وبرشق الجنود بالحجارة.", "2018-04-06").Events,
            e => e.EventType == "Riots");
}
