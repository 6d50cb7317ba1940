using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A noun of an act that a verb of the future governs, a word or two before it in its clause ("ستفحص صاروخ توماهوك",
/// "سيعيد زمن العمليات الانتحارية"), tells of nothing done — as the future verb of the act itself ("سيهاجم") never did.
/// </summary>
public class ActsOfTheFutureVerbTests
{
    [GazetteerTheory]
    [InlineData("وقالت وزارة الدفاع الروسية إنها ستفحص صاروخ \"توماهوك\" الأميركي الذي حصلت عليه القوات السورية بعد الهجوم الأخير.", "2018-04-25")]
    [InlineData("وقال أيمن لفرانس 24: \"الوضع في القدس سيء. لا نقبل نقل السفارة الأمريكية لأن هذا سيعيد زمن المشاكل والعمليات الانتحارية\".", "2018-05-14")]
    public void An_act_a_future_verb_governs_is_not_done(string text, string published) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, published).Events,
            e => e.EventType is "Explosions/Remote violence" or "Violence against civilians");

    [GazetteerFact]
    public void An_act_told_after_a_future_verb_of_another_clause_stands() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقال المتحدث إن الجيش سيواصل عملياته، وكانت طائرات التحالف قد شنت غارات على مواقع الحوثيين في صعدة أمس.", "2018-04-25").Events,
            e => e.SubEventType == "Air/drone strike");
}
