using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A condition reaches over what it supposes ("في حال ثبوت ضلوع السعودية باغتيال خاشقجي"): no act is told; and whom an
/// act was coordinated with, and where they sit ("بالتنسيق مع حكومة الوفاق الوطني الليبية في طرابلس"), is no scene of it.
/// </summary>
public class ConditionsAndCoordinationTests
{
    [GazetteerFact]
    public void An_act_supposed_by_a_condition_is_not_told() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال ترامب في مقابلة تلفزيونية عند سؤاله عن الخيارات المطروحة أمامه في حال ثبوت ضلوع السعودية باغتيال خاشقجي في إسطنبول، إن هناك وسائل أخرى.",
            "2018-10-14").Events);

    [GazetteerFact]
    public void Where_the_partner_sits_is_no_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكانت القوات الأميركية قد نفذت غارة جوية قرب مدينة أوباري بجنوب ليبيا وقتلت إرهابيين، بالتنسيق مع حكومة الوفاق الوطني الليبية في طرابلس.",
            "2018-03-28").Events);
        Assert.Equal("Ubari", e.Location?.Place?.Name);
    }
}
