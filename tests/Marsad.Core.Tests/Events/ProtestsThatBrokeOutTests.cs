using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A protest noun in the body is a protest held only when the sentence says it happened; "وقعت", "جرت" and the verbal
/// nouns of breaking out ("انطلاق مظاهرات") say so as well as "خرجت" does.
/// </summary>
public class ProtestsThatBrokeOutTests
{
    [Theory]
    [InlineData("زار الوزير المدينة.\nوقعت مظاهرات في حلب أمس.")]
    [InlineData("زار الوزير المدينة.\nوأكد النائب أن انطلاق مظاهرات المواطنين منذ ثلاثة أيام في حلب جاء بعد صبر طويل.")]
    public void A_protest_said_to_have_broken_out_is_held(string text)
    {
        var doc = TestPipeline.Extract(text, "2015-08-03");
        var e = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Protests);
        Assert.Equal("Aleppo", e.Location?.Place?.Name);
    }

    [Fact]
    public void Protests_only_spoken_of_are_none()
    {
        var doc = TestPipeline.Extract("زار الوزير المدينة.\nوقال إن المظاهرات حق مكفول للمواطنين في حلب.", "2015-08-03");
        Assert.DoesNotContain(doc.Events, e => e.EventType == AcledTaxonomy.Protests);
    }
}
