using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

// A strike told by whom it killed, with no one named for it: the dead are its victims, the article's air force its agent.
public class StrikeVictimsTests
{
    [Fact]
    public void The_people_a_strike_killed_are_its_victims_and_the_article_s_air_force_flew_it()
    {
        var doc = TestPipeline.Extract("وتواصل الطائرات الروسية التحليق فوق مدينة الرقة.\nوقال المرصد إن الغارات الجوية على مدينة حلب قتلت 40 شخصا أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events, x => x.Location?.Place?.Name == "Aleppo");
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
        Assert.Equal(7, e.Actor2!.Inter);
        Assert.Equal(40, e.Fatalities);
    }

    [Fact]
    public void With_no_air_force_in_the_article_no_one_is_made_up()
    {
        // no air force named anywhere: the strike stays, flown by unidentified forces, not by one the rules would guess
        var e = Assert.Single(TestPipeline.Extract("وقال المرصد إن الغارات الجوية على مدينة حلب قتلت 40 شخصا أمس.", "2018-03-10").Events);
        Assert.Equal("Unidentified Military Forces", e.Actor1?.Name);
    }

    [Fact]
    public void The_dead_before_the_cause_word_were_hit_by_the_strikes_owner()
    {
        // "جراء ضربات قوات التحالف": the owner in construct after the strike noun struck; the dead named before were hit
        var e = Assert.Single(TestPipeline.Extract("وقالت مصادر طبية إن 22 من المسلحين الحوثيين قتلوا جراء ضربات قوات التحالف في مدينة الحديدة.", "2018-06-15").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
        Assert.Equal(22, e.Fatalities);
    }

    [Fact]
    public void Who_underwent_the_act_is_whom_it_hit()
    {
        // "إثر تعرضه للطعن على يد مهاجم": the guard named before "تعرضه" was stabbed
        var e = Assert.Single(TestPipeline.Extract("قالت الشرطة إن حارس أمن إسرائيليا أصيب إثر تعرضه للطعن على يد مهاجم في مدينة القدس أمس.", "2018-03-18").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.NotNull(e.Actor2);
    }

    [Fact]
    public void A_strike_told_by_its_dead_with_no_air_force_named_is_an_unidentified_state_s()
    {
        var e = Assert.Single(TestPipeline.Extract("قتل 16 طفلا الأربعاء في غارة نفذتها طائرات لم يعرف ما إذا كانت سورية أو روسية قرب مدرسة في مدينة إدلب.", "2018-03-21").Events);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
        Assert.Equal("Unidentified Military Forces", e.Actor1?.Name);
        Assert.Equal(16, e.Fatalities);
    }

    [Fact]
    public void A_strike_by_no_one_known_at_a_named_strikes_place_and_day_is_that_strike()
    {
        var doc = TestPipeline.Extract("وشنت الطائرات الروسية غارات على مدينة إدلب أمس.\nوقتل 16 طفلا في غارة على مدينة إدلب أمس.", "2018-03-21");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
    }

    [Fact]
    public void A_foreign_nations_dead_where_its_forces_fight_are_those_forces()
    {
        // ("مقتل 11 إيرانيا" in Israel's strikes on "الأهداف الإيرانية" in Syria: the Iranian forces, not Iranian civilians)
        var doc = TestPipeline.Extract(
            "وأسفرت الغارات الإسرائيلية على مدينة حلب أمس عن مقتل 11 إيرانيا. وتنتشر القوات الإيرانية في مدينة حلب منذ سنوات.", "2018-05-12");
        var e = Assert.Single(doc.Events, x => x.Fatalities == 11);
        Assert.StartsWith("Military Forces of Iran", e.Actor2?.Name);
    }
}
