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
        Assert.Empty(TestPipeline.Extract("وقال المرصد إن الغارات الجوية على مدينة حلب قتلت 40 شخصا أمس.", "2018-03-10").Events);
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
}
