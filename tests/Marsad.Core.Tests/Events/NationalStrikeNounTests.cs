namespace Marsad.Core.Tests.Events;

/// <summary>
/// A weak strike noun ("الضربة") with a nationality names its agent when a clause of striking hangs on it ("الضربة
/// الإسرائيلية التي استهدفت موقعا عسكريا"); a bare one in talk ("الضربة الأمريكية ستكون لها عواقب") is no event.
/// </summary>
public class NationalStrikeNounTests
{
    [Fact]
    public void A_national_strike_that_hit_something_is_that_nations()
    {
        var doc = TestPipeline.Extract("أظهر تسجيل مصور مدى قوة الضربة الإسرائيلية التي استهدفت، ليل الثلاثاء، موقعا عسكريا قرب مدينة حلب، في وقت ارتفع عدد القتلى في صفوف قوات النظام السوري.", "2018-05-09");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }
}
