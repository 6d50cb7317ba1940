using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأغلقت قوات الأمن منطقة الهجوم": the site of the act ("منطقة", "مكان", "موقع", "مسرح" before the act's noun), after
/// an earlier sentence told an act, is that act's site — no act of its own (before it was an attack by the police).
/// </summary>
public class SiteOfAnActToldTests
{
    [GazetteerFact]
    public void The_site_of_the_attack_told_before_is_no_attack() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة أشخاص في تفجير انتحاري استهدف سوقا في مدينة مروة أمس.\nوأغلقت قوات الأمن منطقة الهجوم في مروة أمس واعتقلت عددا من الأشخاص.",
            "2015-07-26").Events, e => e.SubEventType == "Attack");

    [GazetteerFact]
    public void An_attack_told_first_stays() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("هاجم مسلحون سوقا في مدينة مروة أمس وقتلوا ثلاثة مدنيين.", "2015-07-26").Events,
            e => e.EventType == "Violence against civilians");
}
