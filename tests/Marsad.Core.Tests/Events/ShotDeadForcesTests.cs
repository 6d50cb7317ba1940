using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل شرطيان برصاص مسلحين مجهولين": police or soldiers shot dead by gunmen are a clash with them (ACLED's armed clash);
/// the dead must be named before the weapon word in its clause — "60 فلسطينيا برصاص القوات الإسرائيلية في … الاحتجاجات
/// التي تشارك فيها حركة حماس" is no clash with Hamas, named later.
/// </summary>
public class ShotDeadForcesTests
{
    [GazetteerFact]
    public void Police_shot_dead_by_gunmen_are_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل شرطيان برصاص مسلحين مجهولين في مدينة العريش أمس.", "2015-08-01").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.PlainName);
        Assert.Equal(2, e.Fatalities);
    }

    [GazetteerFact]
    public void A_soldier_shot_with_the_day_between_is_still_the_dead_of_the_clause()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال مسؤول إن جنديا تركيا قتل وأصيب آخر اليوم الخميس برصاص مسلحين من تنظيم داعش على الحدود قرب بلدة كلس التركية.", "2015-07-23").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.PlainName);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void A_side_named_after_the_shooting_is_not_whom_it_hit()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقتل الاثنين 60 فلسطينيا برصاص القوات الإسرائيلية في الأسبوع السابع للاحتجاجات على الحدود، التي تشارك فيها حركة حماس مع فصائل فلسطينية أخرى.",
            "2018-05-16").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }

    [GazetteerFact]
    public void Civilians_shot_dead_stay_an_attack_on_civilians()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل مدني برصاص قوات الأمن في مدينة العريش أمس.", "2015-08-01").Events);
        Assert.Equal("Attack", e.SubEventType);
    }
}
