using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلن الجيش الإسرائيلي أن ناشطين فلسطينيين أطلقوا قذائف هاون": "activists" who fire, no one else named for them,
/// are gunmen — the unidentified armed group of their country; activists who speak of a strike strike no one.
/// </summary>
public class ActivistsWhoFireTests
{
    [GazetteerFact]
    public void Activists_who_fire_mortars_are_an_armed_group()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الإسرائيلي أن ناشطين فلسطينيين أطلقوا قذائف هاون الثلاثاء من قطاع غزة على جنوب إسرائيل.", "2018-05-29");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Unidentified Armed Group (Palestine)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Gunmen_from_a_place_are_of_its_country()
    {
        // ("قذائف الهاون أطلقها ناشطون من قطاع غزة … سقطت جنوبي إسرائيل": Palestinians, though their shells fell in Israel)
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال الجيش الإسرائيلي الثلاثاء إن عددا من قذائف الهاون أطلقها ناشطون من قطاع غزة صباح اليوم قد سقطت جنوبي إسرائيل.", "2018-05-29").Events);
        Assert.Equal("Unidentified Armed Group (Palestine)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Activists_who_tell_of_an_attack_did_not_make_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقال ناشطون إن هجوما بغاز الكلور استهدف بلدة الشيفونية في الغوطة الشرقية.", "2018-02-27");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name.StartsWith("Unidentified Armed Group") == true && e.SubEventType != "Chemical weapon");
    }
}
