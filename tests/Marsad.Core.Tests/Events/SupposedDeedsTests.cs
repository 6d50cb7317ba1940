using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Deeds only supposed or agreed as opinions: "أن يقوم تنظيم داعش … بتنفيذ هجمات" is what experts fear a side may do;
/// "اتفق فلان وفلان على أن معسكر إيطاليا امتداد لفترة الإعداد" is a shared view, no deal.
/// </summary>
public class SupposedDeedsTests
{
    [GazetteerFact]
    public void Attacks_a_side_may_carry_out_are_not_done() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويتخوف مختصون ان يقوم تنظيم داعش بعد تحول موقفه من هجومي الى دفاعي وخاصة في مدينتي الرمادي والفلوجة بتنفيذ هجمات كبيرة على مناطق أخرى مازالت تحت سيطرة الجيش العراقي.",
            "2015-07-27").Events);

    [GazetteerFact]
    public void What_a_side_managed_to_do_is_done() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأضاف أن الجيش استطاع أن يقوم كذلك بتفجير مخزن للأسلحة يتبع قوات مجلس شورى ثوار بنغازي، قرب سوق الجريد بمدينة بنغازي.", "2015-07-25").Events);

    [GazetteerFact]
    public void Agreeing_that_something_is_so_is_no_deal() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "فيما اتفق أحمد العريف وفيصل ميلاد على أن معسكر إيطاليا في ميلانو امتداد لفترة الإعداد للموسم الرياضي المرتقب.", "2015-08-09").Events);
}
