using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تصدت المقاومة اليمنية المشتركة لهجوم من قبل ميليشيات الحوثي", "المقاومة اليمنية تتصدى لهجوم حوثي": the attack a
/// side stood up to is no purpose ("لهجوم" after a verb of confronting): it is a battle, the attacker its actor 1.
/// </summary>
public class HeldOffAttackTests
{
    private static ExtractedEvent Clash(string text) =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-06").Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);

    [GazetteerFact]
    public void An_attack_held_off_with_its_attacker_named_by_min_qibal_is_a_battle_of_the_attacker()
    {
        var e = Clash("تصدت المقاومة اليمنية المشتركة لهجوم من قبل ميليشيات الحوثي الإيرانية في منطقة الجاح بمديرية بيت الفقية بمحافظة الحديدة.");
        Assert.StartsWith("Houthi", e.Actor1?.Name);
        Assert.Equal("Joint Resistance Forces", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_headline_subject_before_its_verb_held_the_attack_off()
    {
        var e = Clash("المقاومة اليمنية تتصدى لهجوم حوثي على التحيتا");
        Assert.StartsWith("Houthi", e.Actor1?.Name);
        Assert.Equal("Joint Resistance Forces", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void An_attack_as_a_purpose_is_still_none()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وحشدت ميليشيات الحوثي تعزيزات كبيرة لهجوم على مواقع المقاومة في منطقة الجاح.", "2018-06-06");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
    }

    [GazetteerFact]
    public void An_attempted_attack_held_off_was_made_and_naval_is_no_place()
    {
        var e = Clash("وتمكنت قوات الجيش اليمني من صد محاولة هجوم بحري من قبل ميليشيات الحوثي بثلاث زوارق قرب ميناء الحديدة.");
        Assert.StartsWith("Houthi", e.Actor1?.Name);
        Assert.Equal("YE", e.Location?.Place?.CountryCode);
    }
}
