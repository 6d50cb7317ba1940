using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The side named after "مع" following a word of fighting ("بعد معارك مع وحدات حماية الشعب") is whom the taker fought,
/// not the taker; a verb joined by و shares the country that opens the sentence as its subject; and the men counted after
/// a verb of killing ("وقتلت ثلاثة مسلحين") are the dead, who do not push that country aside.
/// </summary>
public class SideFoughtWithTests
{
    [GazetteerFact]
    public void The_side_fought_with_is_no_taker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وذكرت المصادر أن مقاتلي المقاومة سيطروا، بعد اشتباكات مع المسلحين الحوثيين، على مواقع غرب مدينة تعز.", "2015-07-22").Events);
        Assert.Equal("Popular Resistance (Yemen)", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_joined_verb_takes_the_opening_country_as_subject()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "شنت تركيا عملية عسكرية في عفرين واستولت على مدينة عفرين بعد معارك مع وحدات حماية الشعب الكردية.", "2018-03-19").Events);
        Assert.Equal("Military Forces of Turkey (2016-)", e.Actor1?.Name);
        Assert.Equal("People's Protection Units", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_dead_counted_do_not_push_the_striking_country_aside()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("شنت إسرائيل غارات على مواقع لحماس في غزة وقتلت ثلاثة مسلحين.", "2018-03-19").Events);
        Assert.Equal("Military Forces of Israel (2009-2021)", e.Actor1?.Name);
    }
}
