using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "عبر بيان حصلت "الرياض" على نسخة منه", "صحيفة "الرياض"": a town's name in quotes after a verb of obtaining or
/// supplying or a paper's noun is the paper, not the town.
/// </summary>
public class PaperInQuotesTests
{
    [Fact]
    public void The_paper_that_obtained_a_statement_is_no_scene() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "استنكر السفير الأمريكي التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير أمس وقال عبر بيان حصلت \"الرياض\" على نسخة منه إنه يدين التفجير.",
                "2015-08-07").Events,
            e => e.Location?.Place?.Name == "Riyadh");

    // ('زودت ال"الرياض" بنسخة منه': the paper supplied with a statement, its article doubled outside the quotes)
    [Fact]
    public void The_paper_supplied_with_a_statement_is_no_scene() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وأكدت الحركة في بيان زودت ال\"الرياض\" بنسخة منه أمس أن الاعتقالات مستمرة من قبل جهاز المخابرات الإيراني في مدن وبلدات أحوازية.",
                "2015-07-31").Events,
            e => e.Location?.Place?.Name == "Riyadh");
}
