using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أطلقت فصائل فلسطينية مسلحة عقب الغارات عددا من القذائف": the definite act after "عقب" (إثر، بعد), beside an
/// attack of the clause's own, is one already told; the clause's subject answered it and did not fly it. Its own
/// relative clause is no second act ("عقب التفجير الآثم الذي استهدف جامع قوات الطوارئ").
/// </summary>
public class AnsweredAfterTheActTests
{
    [GazetteerFact]
    public void Factions_that_fired_after_the_strikes_did_not_fly_them()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "شن الجيش الإسرائيلي غارات جوية على مواقع لحركة حماس في قطاع غزة فجر الأربعاء. ووفقا لوكالة \"فرانس برس\"، أطلقت فصائل فلسطينية مسلحة عقب الغارات عددا من القذائف والصواريخ على جنوب إسرائيل، بحسب ما أفاد شهود عيان.",
            "2018-06-20").Events;
        Assert.All(events.Where(e => e.SubEventType == "Air/drone strike"), e => Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name));
        Assert.Contains(events, e => e.SubEventType == "Shelling/artillery/missile attack");
    }

    [GazetteerFact]
    public void The_bombing_a_funeral_followed_keeps_its_bomber()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "شيع أهالي محايل عسير بعد مغرب اليوم الجمعة جثمان الشهيد العريف عمر أحمد عمر أبو شوشه من منسوبي قوات الطوارئ الخاصة بمنطقة عسير عقب التفجير الآثم الذي استهدف جامع قوات الطوارىء خلال أداء صلاة الظهر من يوم الخميس.",
            "2015-08-07").Events);
        Assert.NotNull(e.Actor1);
    }
}
