using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فيما تبنى تنظيم ولاية سيناء الهجوم", "وتبنت حركة الشباب الهجوم في بيان": a group that adopts the attack claims it,
/// as one that "أعلن مسؤوليته" does — the bombing no one was named for is its.
/// </summary>
public class AttackAdoptedTests
{
    [GazetteerTheory]
    [InlineData("استهدفت عبوة ناسفة مدرعة تابعة للجيش المصري جنوب مدينة رفح بشمال سيناء، ما أدى إلى مقتل ضابط وثلاثة مجندين، فيما تبنى تنظيم ولاية سيناء الهجوم.", "Wilayat Sinai")]
    [InlineData("قتل خمسة جنود صوماليين في انفجار لغم أرضي استهدف مركبتهم في ضواحي مدينة مقديشو، وتبنت حركة الشباب الهجوم في بيان.", "Al Shabaab")]
    public void The_group_that_adopts_the_attack_carried_it_out(string text, string group) =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-02").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED" && e.Actor1!.Name == group);
}
