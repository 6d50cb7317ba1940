using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن الاتفاق يقتصر على قتال تنظيم الدولة", "إن الغارات تهدف إلى منع التنظيم …": what an accord is limited to, or what
/// a campaign is said to aim at, tells of no act.
/// </summary>
public class ScopeOrAimTests
{
    [GazetteerTheory]
    [InlineData("وقال المتحدث إن الاتفاق يقتصر على قتال تنظيم الدولة الإسلامية في شمال سوريا.")]
    [InlineData("وقال المتحدث إن الاتفاق يختص فقط بقتال تنظيم الدولة الإسلامية في شمال سوريا.")]
    [InlineData("ويقول مسؤولون أميركيون إن الغارات تهدف إلى منع تنظيم داعش من الانطلاق من مدينة الرقة.")]
    public void A_scope_or_an_aim_is_no_event(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-27").Events);

    [GazetteerFact]
    public void Fighting_through_which_a_side_aims_at_something_is_still_fighting() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وتدور في محيط بلدة عين ترما بالغوطة الشرقية معارك تهدف قوات النظام من خلالها لطرد فيلق الرحمن منها.", "2018-03-20").Events,
            e => e.SubEventType == "Armed clash");
}
