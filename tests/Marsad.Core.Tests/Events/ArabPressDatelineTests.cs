using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كييف- «الشرق الأوسط»:", "سبق ـ أبها:": the Arab press's dateline names where the story was filed, no scene —
/// as "دبي، الإمارات العربية المتحدة (CNN)--" does.
/// </summary>
public class ArabPressDatelineTests
{
    [GazetteerFact]
    public void The_town_the_story_was_filed_from_is_no_scene() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "كييف- «الشرق الأوسط»: قتل جندي أوكراني وأصيب تسعة آخرون في مواجهات مع الانفصاليين أمس.", "2015-08-08").Events,
            e => e.Location?.Place?.Name == "Kyiv");
}
