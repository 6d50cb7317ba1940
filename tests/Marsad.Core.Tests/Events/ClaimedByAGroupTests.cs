using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وكان تنظيم داعش أعلن مسؤوليته عن التفجيرين … في طرابلس": an attack no one is named for, that an armed group claimed,
/// is that group's — at the place the claim names; a claim that names no place takes the article's one unclaimed attack,
/// and the group is the verb's subject, not the network it is tied to.
/// </summary>
public class ClaimedByAGroupTests
{
    [GazetteerFact]
    public void An_attack_a_group_claimed_at_its_place_is_that_group_s()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "دانت السعودية، الأربعاء، الهجوم الانتحاري على مقر المفوضية الوطنية العليا للانتخابات في العاصمة الليبية طرابلس. "
            + "وكان تنظيم داعش أعلن مسؤوليته عن التفجيرين الدمويين اللذين استهدفا مفوضية الانتخابات في العاصمة الليبية طرابلس.", "2018-05-02");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb");
        Assert.StartsWith("Islamic State", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_claimer_is_the_subject_of_the_claim_not_its_affiliation()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "فجر انتحاري نفسه في معسكر ببلدة جالكعيو الصومالية، السبت، مما أسفر عن مقتل 4 عسكريين. وأعلنت حركة الشباب المرتبطة بالقاعدة، مسؤوليتها عن الهجوم.", "2018-04-28");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal("Al Shabaab", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_claim_at_another_place_claims_nothing_here()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "دانت السعودية، الأربعاء، الهجوم الانتحاري على مقر المفوضية الوطنية العليا للانتخابات في العاصمة الليبية طرابلس. "
            + "وكان تنظيم داعش أعلن مسؤوليته عن هجوم سابق في مدينة سرت.", "2018-05-02");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb" && e.Location?.Place?.Name == "Tripoli");
        Assert.True(e.Actor1?.IsUnidentified);
    }
}
