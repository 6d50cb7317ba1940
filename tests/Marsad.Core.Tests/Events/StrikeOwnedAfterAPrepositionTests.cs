using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل طفلان في قصف للحوثيين على مدينة نجران": a strike word the lexicon lists among verbs ("قصف") reads as its verbal
/// noun after a preposition or a cause word, so the side named with لـ right after it owns the strike; and the dead
/// named before "في" are whom it hit ("مقتل مدنيين في قصف جديد للنظام السوري على دوما").
/// </summary>
public class StrikeOwnedAfterAPrepositionTests
{
    [GazetteerFact]
    public void The_side_after_a_strike_told_with_fi_owns_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل طفلان في قصف للحوثيين على مدينة نجران أمس.", "2015-08-01").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.PlainName);
        Assert.Equal("Civilians (Saudi Arabia)", e.Actor2?.PlainName);
        Assert.Equal(2, e.Fatalities);
    }

    [GazetteerFact]
    public void The_side_after_a_strike_told_as_a_cause_owns_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة أطفال جراء قصف لميليشيا الحوثي على مدينة نجران أمس.", "2015-08-01").Events);
        Assert.Equal("Houthi Movement", e.Actor1?.PlainName);
        Assert.Equal(3, e.Fatalities);
    }

    [GazetteerFact]
    public void The_dead_before_fi_are_whom_the_strike_hit_with_an_adjective_between()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "مقتل مدنيين في قصف جديد للنظام السوري على دوما في الغوطة الشرقية.", "2018-04-07").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.PlainName);
        Assert.Equal("Civilians (Syria)", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void A_verb_with_its_subject_is_still_read_as_a_verb()
    {
        // "قصف الحوثيون" — no preposition before it: the side after the verb is its subject, as before
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قصف الحوثيون مدينة نجران بالصواريخ أمس.", "2015-08-01").Events);
        Assert.Equal("Houthi Movement", e.Actor1?.PlainName);
    }
}
