using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الأكراد، الذين قاتلوا إلى جانب الأمريكيين ضد تنظيم داعش": who fought beside a side or against a foe, with no day told,
/// is described by a war — no clash of the day. A day told keeps the fight an event.
/// </summary>
public class FoughtOnASideTests
{
    [GazetteerFact]
    public void Allies_who_fought_beside_the_americans_are_described() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأثار الحديث عن انسحاب القوات الأمريكية من سوريا قلق الحليف الرئيسي لواشنطن هناك، الأكراد، الذين قاتلوا إلى جانب الأمريكيين ضد تنظيم داعش في منبج.",
            "2018-04-06").Events, e => e.SubEventType == "Armed clash");

    [GazetteerFact]
    public void A_fight_on_a_day_is_a_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقاتلت قوات سوريا الديمقراطية ضد تنظيم داعش في منبج أمس.", "2018-04-06").Events,
            e => e.SubEventType == "Armed clash");
}
