using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أقر الأسد بعدم قدرة قواته على تحقيق الانتصار في كافة المعارك": battles counted as most or all of a war's are its
/// battles summed up, no one fight; battles told of a place and a day still are one.
/// </summary>
public class BattlesSummedUpTests
{
    [GazetteerFact]
    public void All_the_battles_are_no_one_battle()
    {
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وفي خطابه الذي ألقاه أمام رؤساء المنظمات الشعبية في دمشق، وبثه التلفزيون السوري صباح أمس الأحد، أقرّ الأسد بعدم قدرة قواته على تحقيق الانتصار في كافة المعارك، وأكد على أولوية الحفاظ على حياة الجنود.",
            "2015-07-27").Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
    }

    [GazetteerFact]
    public void The_battles_of_a_day_at_a_town_are_one()
    {
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "ودارت المعارك بين الجيش وتنظيم داعش في مدينة بعقوبة أمس.", "2018-05-09").Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
    }
}
