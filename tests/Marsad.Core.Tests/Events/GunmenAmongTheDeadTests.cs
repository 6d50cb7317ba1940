using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اشتبكت قوات البيشمركة مع عناصر داعش … ما أسفر عن مقتل 22 مسلحا": unnamed gunmen among the dead of a clash between a
/// named side and a named armed group are the group's men, not a third side; terrorists killed after an attack on a
/// patrol ("القضاء على خلية إرهابية ضالعة في هجوم استهدف دورية أمنية") stay the other side.
/// </summary>
public class GunmenAmongTheDeadTests
{
    [GazetteerFact]
    public void Dead_gunmen_of_a_clash_with_a_named_group_are_its_men()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر بالقوات إن قوات البيشمركة الكردية اشتبكت مع عناصر داعش قرب كفري ما أسفر عن مقتل 22 مسلحا.", "2015-07-22").Events);
        Assert.Equal("Peshmerga", e.Actor1?.PlainName);
        Assert.Equal("Islamic State", e.Actor2?.PlainName);
        Assert.Equal(22, e.Fatalities);
    }

    [GazetteerFact]
    public void Terrorists_killed_after_an_attack_on_a_patrol_are_the_other_side()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "نجح الأمن الأردني، السبت، في القضاء على خلية إرهابية ضالعة في هجوم استهدف دورية أمنية في غرب عمان الجمعة، إذ أفادت مصادر حكومية بمقتل 3 إرهابيين.",
            "2018-08-12").Events;
        var clash = Assert.Single(events, e => e.SubEventType == "Armed clash");
        Assert.StartsWith("Unidentified Armed Group", clash.Actor2?.PlainName);
    }
}
