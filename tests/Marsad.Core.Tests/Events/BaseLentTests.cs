using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سمحت تركيا للولايات المتحدة باستخدام قاعدة إنجرليك", "فتحت قاعدة إنجرليك الجوية للطائرات الأمريكية": a base lent or
/// opened to a force is where its aircraft fly from — neither the scene of the strikes told with it nor the article's town.
/// </summary>
public class BaseLentTests
{
    [GazetteerFact]
    public void Strikes_from_a_lent_base_are_not_placed_at_it() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأكدت تركيا أمس أنها فتحت قاعدة إنجرليك الجوية في الجنوب للطائرات الأمريكية التي تقصف أهدافا لداعش. "
            + "وقال مسؤول إن الشرطة اعتقلت قرابة 300 شخص في حملات أمس ضد من يشتبه في أنهم ينتمون لداعش.", "2015-07-25").Events,
            e => e.Location?.Place?.Name is { } name && name.Contains("Incirlik", StringComparison.Ordinal));

    [GazetteerFact]
    public void A_base_fought_over_is_still_the_scene() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "واندلعت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في قاعدة العند الجوية.", "2015-08-03").Events,
            e => e.Location?.Place?.Name is { } name && name.Contains("Anad", StringComparison.Ordinal));
}
