using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Condolences tell a bombing in passing, and name other countries: "تلقى نائب خادم الحرمين الشريفين اتصالا من الملك محمد
/// السادس ملك المغرب أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير". The bombing the
/// relative clause tells as done is an event (لـ there is "of", no purpose); the country named by its king is not where the
/// story is, so the emergency forces are Saudi Arabia's; and neither a condemning king nor a country the article names is
/// the bomber of a bomb no one is named for.
/// </summary>
public class CondolencesOfABombingTests
{
    private const string Call =
        "تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف اتصالا هاتفيا أمس من الملك محمد السادس ملك المغرب أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف أمس مسجد قوات الطوارئ بمنطقة عسير.";

    [GazetteerFact]
    public void A_bombing_told_in_a_condolence_call_is_an_event_in_Asir()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(Call, "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("SA", e.Location?.Place?.CountryCode);
        Assert.Equal(new DateOnly(2015, 8, 6), e.Date.Date);
    }

    [GazetteerFact]
    public void The_forces_hit_are_the_countrys_of_the_place_not_the_callers()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(Call, "2015-08-07").Events);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void A_king_who_condemns_the_bombing_is_not_its_bomber()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ملك المغرب يدين التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير.\n" + Call, "2015-08-07").Events);
        Assert.Equal("Unidentified Armed Group (Saudi Arabia)", e.Actor1?.PlainName);
    }

    [GazetteerFact]
    public void A_blast_for_a_purpose_is_still_no_event()
    {
        // "لتفجير" as an aim, with no relative clause telling it done
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ضبطت الشرطة مواد متفجرة كانت معدة للتفجير في مدينة أبها.", "2015-08-07").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
