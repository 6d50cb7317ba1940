using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A source quoted after "إن" ("وقالت الوزارة في بيان لها أمس، إن «…»") said only what the quote holds: the writer's next
/// paragraph is not the source's claim.
/// </summary>
public class QuoteAfterThatTests
{
    [GazetteerFact]
    public void A_quote_after_inna_ends_the_sources_claim()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقالت وزارة الداخلية في بيان لها أمس، إن «الأجهزة الأمنية تتابع الوضع عن كثب وستتخذ كل ما يلزم لحفظ الأمن».\n" +
            "وتشهد البصرة حاليا مظاهرات ضد الحكومة بسبب سوء الخدمات.",
            "2015-08-06");
        var protest = Assert.Single(doc.Events);
        Assert.Null(protest.Claim);
    }
}
