using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "عبر بيان حصلت "الرياض" على نسخة منه", "صحيفة "الرياض"": a town's name in quotes after a verb of obtaining or a
/// paper's noun is the paper, not the town.
/// </summary>
public class PaperInQuotesTests
{
    [Fact]
    public void The_paper_that_obtained_a_statement_is_no_scene() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "استنكر السفير الأمريكي التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير أمس وقال عبر بيان حصلت \"الرياض\" على نسخة منه إنه يدين التفجير.",
                "2015-08-07").Events,
            e => e.Location?.Place?.Name == "Riyadh");
}
