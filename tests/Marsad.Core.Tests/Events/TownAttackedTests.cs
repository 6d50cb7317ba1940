using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هاجم جيش الفتح بلدة الفوعة", "أعلن جيش الفتح بدء الهجوم على قريتي الفوعة وكفريا": an armed side attacking a town (its
/// settlement word and name) fought whoever held it, a battle though the holders go unnamed. The noun counts only as what
/// was launched or led, by the side named with the word of launching — not an attack looked back on.
/// </summary>
public class TownAttackedTests
{
    [GazetteerFact]
    public void An_armed_group_that_attacked_a_town_fought_there()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("هاجم جيش الفتح بلدة الفوعة.", "2015-07-24").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Jaysh al-Fatah", e.Actor1?.Name);
        Assert.Equal("Al-Fu'ah", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_side_that_announced_the_launch_attacked_both_villages()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("أعلن جيش الفتح بدء الهجوم على قريتي الفوعة وكفريا.", "2015-07-24").Events;
        Assert.Equal(2, events.Count(e => e.SubEventType == AcledTaxonomy.ArmedClash && e.Actor1?.Name == "Jaysh al-Fatah"));
    }

    [GazetteerFact]
    public void The_side_named_after_the_word_of_launching_is_the_attacker()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("يواصل النظام قصف الغوطة، وتصعد تركيا هجومها على منطقة عفرين الحدودية.", "2018-03-18").Events;
        var clash = Assert.Single(events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
        Assert.StartsWith("Military Forces of Turkey", clash.Actor1?.Name);
    }

    [GazetteerFact]
    public void An_attack_looked_back_on_is_no_new_battle()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأوضحت أنه بعد الهجوم على منطقة عفرين أصرت المقاتلة البريطانية على أن يتم إرسالها إلى هناك.", "2018-03-18").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.Battles);
    }
}
