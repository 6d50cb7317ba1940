using Marsad.Core.Records;
using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Records;

/// <summary>
/// "دان مجلس الشورى التفجير الإرهابي الذي استهدف مسجدا": who condemns an act reacts to it; the outlet tells it. The
/// record's claim source (who asserts the event, in the gold schema's words) stays empty, and the condemner is kept in
/// the notes, tags and field evidence as such — while a source that tells the act ("وقال المتحدث الأمني إن …") is the claim source.
/// </summary>
public class CondemnerIsNoClaimSourceTests
{
    private static List<AcledRecord> Records(string text)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2015-08-07");
        return doc.Events.Select(e => RecordBuilder.Default.Build(e, doc)).ToList();
    }

    [Theory]
    [InlineData("دان مجلس الشورى التفجير الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ بمنطقة عسير اليوم، ونتج عنه استشهاد عدد من منسوبي القوات.")]
    [InlineData("استنكرت رابطة العالم الإسلامي التفجير الانتحاري الذي استهدف مسجدا في مدينة أبها أمس وأودى بحياة 15 شخصا.")]
    [InlineData("نددت الكويت بالتفجير الانتحاري الذي استهدف مسجدا في مدينة أبها أمس وأودى بحياة 15 شخصا.")]
    public void A_condemned_bombing_has_no_claim_source_but_names_its_condemner(string text)
    {
        var bombing = Assert.Single(Records(text), r => r.EventType == "Explosions/Remote violence");
        Assert.Null(bombing.ClaimSource);
        Assert.Null(bombing.ClaimSourceAr);
        Assert.Contains("Condemned by", bombing.Notes);
        Assert.Contains("condemned by: ", bombing.Tags);
        // (its span is evidence of the condemner, not of a claim)
        Assert.Contains(bombing.FieldEvidence, f => f.Field == "condemner");
        Assert.DoesNotContain(bombing.FieldEvidence, f => f.Field == "claim");
    }

    [Fact]
    public void A_bombing_told_by_a_spokesman_keeps_him_as_its_claim_source()
    {
        var bombing = Assert.Single(Records("وقال المتحدث الأمني بوزارة الداخلية إن انتحاريا فجر نفسه في مسجد بمدينة أبها أمس ما أدى إلى مقتل 15 شخصا."),
            r => r.EventType == "Explosions/Remote violence");
        Assert.NotNull(bombing.ClaimSource);
        Assert.Contains("According to", bombing.Notes);
    }
}
