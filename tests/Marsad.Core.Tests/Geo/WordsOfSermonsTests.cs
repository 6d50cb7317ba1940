using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "كسب حرام لا بركة فيه", "قبل أن يجف عرقه": "blessing" and "his sweat" are the alternate names of Behirke (Iraq) and
/// Al Araqa (West Bank); they count as places only after a cue noun ("في بلدة بركة").
/// </summary>
public class WordsOfSermonsTests
{
    [Fact]
    public void A_blessing_and_sweat_place_nothing() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وحذر المفتي من فئة تستبيح الدماء من خلال عمليات انتحارية مجرمة، فهذا كسب حرام لا بركة فيه، وأعط الأجير أجره قبل أن يجف عرقه.", "2015-08-07").Events);

    [Fact]
    public void The_town_after_its_cue_is_still_a_place() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في بلدة بركة شمال العراق.", "2015-08-07").Events,
            e => e.Location?.Place?.CountryCode == "IQ");
}
