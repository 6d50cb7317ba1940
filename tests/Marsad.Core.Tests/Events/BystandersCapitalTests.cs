namespace Marsad.Core.Tests.Events;

/// <summary>A fight that only the article's place puts in a third country's capital (where it was spoken of) is placed wrong, and dropped.</summary>
public class BystandersCapitalTests
{
    [Fact]
    public void A_fight_with_a_side_of_no_country_told_in_a_foreign_capital_is_not_placed_there()
    {
        var doc = TestPipeline.Extract(
            "وقال مسؤولون في الرياض أمس إن الاجتماع بحث الأوضاع.\n" +
            "وأعلنت قوات سوريا الديمقراطية أمس مقتل عشرة من عناصر تنظيم داعش في اشتباكات.", "2018-05-04");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }
}
