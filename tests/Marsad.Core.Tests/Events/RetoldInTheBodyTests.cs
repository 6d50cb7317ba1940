using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأدان … الهجوم الصاروخي الذي نفذته إيران على مقر الحزب": an act the body names as known, with no place of its own
/// (the article's main place stands in), is the act a report of the same kind and agent places — not a second event
/// at the article's place.
/// </summary>
public class RetoldInTheBodyTests
{
    private const string Condemned = "وأدان رئيس الحزب الديمقراطي الكردستاني، مسعود بارزاني، الهجوم الصاروخي الذي نفذته إيران على مقر الحزب الديمقراطي الكردستاني الإيراني، السبت.";

    private const string Article =
        "تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت، وفقا للمرصد السوري لحقوق الإنسان.\n" +
        "وقال المرصد إن القصف استهدف بلدات في ريف إدلب الجنوبي، وتعد إدلب آخر معاقل فصائل المعارضة في سوريا.\n" +
        Condemned + "\n" +
        "ولقي 12 شخصا على الأقل مصرعهم في قصف صاروخي استهدف مقر الحزب الديمقراطي الكردستاني الإيراني في مدينة كوي سنجق، وفقا لبيان صادر عن الحزب.";

    private static List<Marsad.Core.Events.ExtractedEvent> Iranian(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2018-09-08").Events.Where(e => e.Actor1?.Name.StartsWith("Military Forces of Iran") == true).ToList();

    [GazetteerFact]
    public void A_known_act_told_again_without_a_place_is_the_placed_one()
    {
        var strike = Assert.Single(Iranian(Article));
        Assert.Equal("Koysinjaq", strike.Location?.Place?.Name);
        Assert.Equal(12, strike.Fatalities);
        Assert.Equal(2, strike.EvidenceSentences.Count);
    }

    [GazetteerFact]
    public void An_indefinite_report_is_news_of_its_own() =>
        Assert.Equal(2, Iranian(Article.Replace(Condemned, "وشنت القوات الإيرانية هجمات صاروخية على مقر الحزب الديمقراطي الكردستاني الإيراني، السبت.")).Count);

    [GazetteerFact]
    public void A_report_pointing_back_at_a_town_stays_there() =>
        // ("في المدينة": the town the article named, whatever other report shares the agent)
        Assert.Equal(2, Iranian(Article.Replace("الإيراني، السبت.", "الإيراني في المدينة، السبت.")).Count);
}
