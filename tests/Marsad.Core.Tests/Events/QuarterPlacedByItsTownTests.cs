namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في منطقة الحبيبية بمدينة الصدر، شرقي بغداد": a quarter the gazetteer lacks, then ب and the town it is in — the town
/// places the quarter; the blast is one event, not one per name.
/// </summary>
public class QuarterPlacedByItsTownTests
{
    [Fact]
    public void A_quarter_and_its_town_are_one_scene() =>
        Assert.Single(TestPipeline.Extract(
            "وأضاف المصدر أن شخصين قتلا، وأصيب سبعة آخرون بجروح، نتيجة تفجير عبوة ناسفة في منطقة الحماميات بمدينة الصدر، شرقي حلب.",
            "2015-07-22").Events);
}
