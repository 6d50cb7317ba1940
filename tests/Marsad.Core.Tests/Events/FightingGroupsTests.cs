using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الفصائل المقاتلة المعارضة للنظام السوري": the fighting (مقاتلة) groups fly no fighter jet (مقاتلة), in their sentence
/// or in the next ones.
/// </summary>
public class FightingGroupsTests
{
    [GazetteerFact]
    public void The_fighting_groups_shell()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قصفت الفصائل المقاتلة بلدة الفوعة في ريف إدلب أمس.", "2015-07-21").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_fighter_jet_still_strikes_from_the_air() =>
        Assert.Equal("Air/drone strike", Assert.Single(TestPipeline.ExtractWithRealGazetteer("قصفت مقاتلة روسية بلدة الفوعة في ريف إدلب أمس.", "2015-07-21").Events).SubEventType);

    [GazetteerFact]
    public void The_fighting_groups_of_a_sentence_before_do_not_make_the_next_strike_flown()
    {
        // ("القصف" with nothing of its kind in its clause refers back to air strikes told just before — not to the
        // fighting groups' "المقاتلة")
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأمطرت الفصائل المقاتلة المعارضة للنظام السوري بلدات محاصرة في شمال سورية بالقذائف الصاروخية أمس.\n" +
            "وقال المرصد إن الفصائل الإسلامية وجبهة النصرة استأنفت أمس استهداف مناطق في الفوعة وكفريا، ذات الغالبية الشيعية بالقصف، بينما نفذ الطيران الحربي السوري غارات على مناطق في محيط البلدتين.",
            "2015-07-22").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name == "Opposition Rebels (Syria)");
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Syria") == true);
    }
}
