using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Lists of towns each placed by a compass word ("شرق حيس وشمال زبيد وغرب بيت الفقيه"): every town is a scene of its
/// own, as ACLED codes a strike on each. A compass phrase without و after a town still only says where that town is.
/// (Real gazetteer: the test one lacks the towns of Hodeidah.)
/// </summary>
public class CompassListTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    private static string[] StrikePlaces(Document doc, string subEventType) =>
        doc.Events.Where(e => e.SubEventType == subEventType).Select(e => e.Location!.Place!.Name).Order(StringComparer.Ordinal).ToArray();

    [GazetteerFact]
    public void Each_town_of_a_list_placed_by_compass_words_is_struck()
    {
        var doc = Extract("واستهدفت مقاتلات التحالف السبت مواقع الحوثيين في مناطق شرق حيس وشمال زبيد وغرب بيت الفقيه بالساحل الغربي لليمن.", "2018-06-09");
        Assert.Equal(new[] { "Bayt al Faqīh", "Zabīd", "Ḩays" }, StrikePlaces(doc, "Air/drone strike"));
    }

    [GazetteerFact]
    public void A_compass_word_the_segmenter_leaves_joined_to_wa_still_opens_the_next_town()
    {
        // (the clitic segmenter keeps و on "وشرق")
        var doc = Extract("قصفت قوات التحالف مواقع للمتمردين في التحيتا وشرق حيس.", "2018-07-31");
        Assert.Equal(new[] { "At Tuhayta", "Ḩays" }, StrikePlaces(doc, "Air/drone strike"));
    }

    [GazetteerFact]
    public void Towns_listed_with_compass_words_before_the_act_are_each_its_scene()
    {
        var doc = Extract("وأفاد مراسل أن عملية التمشيط التي تنفذها قوات المقاومة الوطنية المشتركة، في المناطق الواقعة غربي زبيد وشرقي وغربي التحيتا، " +
                          "متواصلة، تتخللها اشتباكات وقصف مدفعي لقوات التحالف على مواقع للمتمردين.", "2018-07-31");
        Assert.Equal(new[] { "At Tuhayta", "Zabīd" }, StrikePlaces(doc, "Armed clash"));
    }

    [GazetteerFact]
    public void A_town_near_a_site_and_its_surroundings_only_says_where_the_site_is()
    {
        var doc = Extract("وأفاد المرصد بأن القصف الصاروخي طال مطار التيفور ومحيطه قرب مدينة تدمر في محافظة حمص.", "2018-07-09");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Tadmur");
    }

    [GazetteerFact]
    public void Husayniyah_of_hodeidah_is_a_district_of_the_west_coast()
    {
        var doc = Extract("وأغارت مقاتلات التحالف على مواقع ميليشيات الحوثي في أطراف الجراحي والتحيتا والحسينية.", "2018-06-05");
        Assert.Contains(doc.Events, e => e.Location?.Place is { CountryCode: "YE", Name: "Al Husayniyah (Hodeidah)" });
    }
}
