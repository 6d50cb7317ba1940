using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تعرض مواقع عسكرية سورية … لهجوم صاروخي": what an armed side had exposed (تعرّض) to an act is the side hit; and
/// "واللواء 47 في حماة حيث تتمركز قوات إيرانية": the side stationed where a strike fell holds the place, it did not strike.
/// A civilian exposed to a beating ("تعرض مواطنة للاعتداء بالضرب على يد زوجها") is a crime's victim, no event.
/// </summary>
public class ExposedOrStationedTests
{
    [GazetteerFact]
    public void Sites_exposed_to_an_attack_are_hit()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "يذكر أن وكالة سبوتنيك الروسية كانت قد تحدثت عن تعرض مواقع عسكرية سورية في ريفي حمص وحلب، لهجوم صاروخي، الإثنين.", "2018-04-30").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);
        Assert.False(e.Actor1?.Name.StartsWith("Military Forces of Syria", StringComparison.Ordinal));
    }

    [GazetteerFact]
    public void A_commander_exposed_to_gunfire_is_the_side_shot_at()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال المصدر \"تعرض القيادي في حركة فتح العقيد طلال الاردني لاطلاق نار من مجهولين كانا يستقلان دراجة نارية، بينما كان يمر سيرا على الاقدام مع مرافقين له في الطرف الجنوبي من مخيم عين الحلوة، فقتل مع احد مرافقيه\".",
            "2015-07-26").Events);
        Assert.Equal("Fatah Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_woman_beaten_by_her_husband_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال الناطق الإعلامي باسم شرطة المنطقة الشرقية: \"ورد بلاغ إلى شرطة محافظة حفر الباطن مساء أمس يفيد بتعرض مواطنة ثلاثينية للاعتداء بالضرب على يد زوجها إثر خلاف عائلي\".",
            "2015-07-23").Events);

    [GazetteerFact]
    public void Forces_stationed_where_a_strike_fell_did_not_strike() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer(
            "وقال المرصد إن هذا القصف \"الإسرائيلي على الأرجح\" استهدف مطارا عسكريا في حلب في الشمال، واللواء 47 في حماة في الوسط حيث تتمركز قوات إيرانية.",
            "2018-05-10").Events, e => Assert.False(e.Actor1?.Name.Contains("Iran", StringComparison.Ordinal)));
}
