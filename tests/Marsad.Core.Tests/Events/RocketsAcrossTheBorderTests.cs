using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أطلقوا قذائف هاون من قطاع غزة على جنوب إسرائيل": rockets and mortars fired across a border are coded where they
/// fall ("جنوب إسرائيل" is Israel's Southern District), not where they were fired from; the strikes that answer them
/// fall on the other side.
/// </summary>
public class RocketsAcrossTheBorderTests
{
    [GazetteerFact]
    public void Mortars_fired_from_Gaza_onto_southern_Israel_fall_in_the_Southern_District()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الإسرائيلي أن ناشطين فلسطينيين أطلقوا قذائف هاون الثلاثاء من قطاع غزة على جنوب إسرائيل.", "2018-05-29").Events);
        Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType);
        Assert.Equal(("IL", "Southern"), (e.Location?.Place?.CountryCode, e.Location?.Place?.Name));
    }

    [GazetteerFact]
    public void Where_they_fell_follows_where_they_were_fired_from()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال الجيش الإسرائيلي الثلاثاء إن عددا من قذائف الهاون أطلقها ناشطون من قطاع غزة صباح اليوم قد سقطت جنوبي إسرائيل.", "2018-05-29").Events);
        Assert.Equal("IL", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_states_strikes_do_not_fall_in_its_own_southern_district()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "شن الجيش الإسرائيلي السبت غارات جوية على أهداف لحركة حماس في قطاع غزة.\n\nوبعيد الغارات الإسرائيلية، تحدث الجيش الإسرائيلي عن عملية إطلاق يرجح أنها لصاروخ على جنوب إسرائيل من قطاع غزة.",
            "2018-02-17");
        Assert.Contains(doc.Events, x => x.Actor1?.Name.StartsWith("Military Forces of Israel") == true);
        Assert.DoesNotContain(doc.Events, x => x.Actor1?.Name.StartsWith("Military Forces of Israel") == true && x.Location?.Place?.CountryCode == "IL");
    }
}
