using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلت المقاومة الشعبية ستة حوثيين": men of one armed group that another killed fell in a clash between them (ACLED's
/// armed clash), as a state force's dead do — whether the killer is the verb's subject or named after "على يد" with the
/// dead before the passive ("قتل ستة حوثيين على يد المقاومة", "إن ستة حوثيين … قتلوا … على يد عناصر المقاومة"). A killing
/// only ascribed to a group ("نسب إلى تنظيم داعش") names no hands.
/// </summary>
public class ArmedGroupsKilledEachOtherTests
{
    [GazetteerFact]
    public void Men_of_an_armed_group_another_killed_fell_in_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتلت المقاومة الشعبية ستة حوثيين في مدينة تعز.", "2015-08-09").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
        Assert.Equal(6, e.Fatalities);
    }

    [GazetteerFact]
    public void The_killer_named_after_at_the_hands_of_fought_the_dead_named_before()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل ستة حوثيين على يد المقاومة الشعبية في مدينة تعز.", "2015-08-09").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void The_dead_before_the_verb_with_a_leader_among_them_fell_to_the_hands_after_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر محلية ان ستة حوثيين بينهم القيادي ابو عقيل السالمي قتلوا امس السبت على يد عناصر المقاومة الشعبية في مدينة تعز.", "2015-08-09").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
        Assert.StartsWith("Popular Resistance", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_group_a_bombing_is_ascribed_to_killed_no_one_with_its_own_hands() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية ردا على الهجوم الانتحاري الدموي الذي نسب إلى تنظيم داعش.", "2015-07-23").Events,
            e => e.Actor1?.Name == "Islamic State");
}
