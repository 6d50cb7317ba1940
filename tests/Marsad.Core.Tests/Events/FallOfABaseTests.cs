using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وسقطت قاعدة العند الجوية في أيدي المقاومة الشعبية": a base, a camp or an airport falls into the hands of its taker; a
/// side merely named beside the fall ("دليل على انهيار الحوثيين") took nothing, and a fall "بين قوسين أو أدنى" is at hand,
/// not done.
/// </summary>
public class FallOfABaseTests
{
    [GazetteerFact]
    public void A_base_falls_into_the_hands_of_its_taker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وسقطت قاعدة العند الجوية أمس في أيدي المقاومة الشعبية بعد معارك عنيفة.", "2015-08-05").Events);
        Assert.Equal(("Government regains territory", "Popular Resistance (Yemen)"), (e.SubEventType, e.Actor1?.Name));
    }

    [GazetteerFact]
    public void A_side_named_beside_the_fall_took_nothing() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وأكد أن سقوط قاعدة العند دليل على انهيار الحوثيين أمس.", "2015-08-05").Events);

    [GazetteerFact]
    public void A_fall_at_hand_has_not_happened() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقال القائد إن سقوط قاعدة العند الجوية بات بين قوسين أو أدنى بعد هجوم المقاومة الشعبية أمس.", "2015-08-05").Events);
}
