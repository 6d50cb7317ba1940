using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A state's strike with no side hit named takes the article's usual opponent — but not another country's state the
/// article quotes abroad: "واتهمت الولايات المتحدة روسيا …" does not make the Russian strike on an Idlib village one on
/// the United States; nor is a foreign force's (Hezbollah, a coalition) aimed at a state of another story, or a state's at a
/// foreign coalition. An exchange of fire whose two nations follow it ("تبادل القصف الإسرائيلي الإيراني") was between them.
/// </summary>
public class ForeignStatesAsFoesTests
{
    [GazetteerFact]
    public void A_state_quoted_abroad_is_not_the_side_a_strike_hit()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واتهمت الولايات المتحدة روسيا بدعم النظام، وقالت واشنطن إن على موسكو وقف التصعيد. وشنت طائرات روسية غارات جوية على بلدة الهبيط في ريف إدلب الأحد.",
            "2018-09-09").Events);
        Assert.Equal("Military Forces of Russia", strike.Actor1?.PlainName);
        Assert.NotEqual("US", strike.Actor2?.Country);
        Assert.Equal("SY", strike.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_foreign_coalitions_strike_is_not_aimed_at_a_state_of_another_story()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "شنت مقاتلات التحالف العربي غارات على مواقع في صعدة اليمنية، وقال التحالف إن الغارات دقيقة. وشن الطيران الإسرائيلي غارات على موقع عسكري غرب مدينة غزة.",
            "2018-08-09");
        var coalition = Assert.Single(doc.Events, e => e.Actor1?.PlainName == "Coalition (Saudi-led)");
        Assert.NotEqual("IL", coalition.Actor2?.Country);
    }

    [GazetteerFact]
    public void An_exchange_of_fire_is_between_the_two_nations_after_it()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "بعد ليلة تبادل القصف الإسرائيلي الإيراني في الجولان، تناثرت بقايا صواريخ على جنوبي لبنان.", "2018-05-12").Events);
        Assert.Equal("Military Forces of Israel", clash.Actor1?.PlainName);
        Assert.Equal("Military Forces of Iran", clash.Actor2?.PlainName);
    }
}
