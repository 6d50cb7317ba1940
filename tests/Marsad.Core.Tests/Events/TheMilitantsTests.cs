using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لكن داعش يحتفظ بمنطقة صغيرة … ففي هجوم مفاجئ اقتحم المسلحون البوكمال": "the militants", a definite plural, are the
/// one armed group the article has named before; with two groups named, they stay unidentified.
/// </summary>
public class TheMilitantsTests
{
    [GazetteerFact]
    public void The_militants_are_the_one_armed_group_named_before()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "لكن تنظيم داعش يحتفظ بمنطقة صغيرة على طول نهر الفرات. وفي هجوم مفاجئ اقتحم المسلحون مدينة البوكمال يوم الاثنين مما أثار قتالا ضروسا مع القوات الحكومية.", "2018-04-06");
        var e = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ālbū Kamāl");
        Assert.StartsWith("Islamic State", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void With_two_groups_named_the_militants_stay_unknown()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ويتقاسم تنظيم داعش وهيئة تحرير الشام مناطق في البادية. وفي هجوم مفاجئ اقتحم المسلحون مدينة البوكمال يوم الاثنين مما أثار قتالا ضروسا مع القوات الحكومية.", "2018-04-06");
        var e = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ālbū Kamāl");
        Assert.DoesNotContain("Islamic State", e.Actor1?.Name ?? "");
    }
}
