using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الذي سيقوم والقوة التي ترافقه بتمشيط وتحرير الضالع": what "سيقوم ب" — will carry out — takes, with its subject and
/// whatever joins it in between, is a plan, no territory taken.
/// </summary>
public class WillCarryOutTests
{
    [GazetteerFact]
    public void A_town_a_force_will_free_is_not_freed() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قائد عملية تحرير عدن: أعددنا خطة لبلوغ مشارف صنعاء خلال 15 يومًا. وبحسب الخطة العسكرية التي اطلعت عليها «الشرق الأوسط»، "
            + "انقسمت القوة العسكرية المكلفة بالمهمة، إلى محورين متلازمين لتحقيق الأهداف والوصول إلى آخر معاقل الحوثيين وحليفهم علي عبد الله صالح في صنعاء، "
            + "والمتمثل في محور العند بقيادة العميد ركن فضل حسن، الذي سيقوم والقوة التي ترافقه بتمشيط وتحرير الضالع رادفان عبر مثلث العلم، "
            + "ومن ثم الوصول إلى تعز التي ستكون مركزا رئيسيا للقوة الشرعية للانطلاق منها شمالا.", "2015-08-01").Events);
}
