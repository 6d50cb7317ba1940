using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تبادلت قوات الجيش المصري إطلاق النيران مع مجموعة من العناصر التكفيرية": fire exchanged, the subject between the
/// verb and the fire (or before the verb), the other side after "مع" — a clash between the two.
/// </summary>
public class ExchangedFireTests
{
    [GazetteerTheory]
    [InlineData("تبادلت قوات الجيش المصري إطلاق النيران مع مجموعة من العناصر التكفيرية المسلحة في مدينة العريش مساء الأحد، مما أسفر عن مقتل 3 منهم.")]
    [InlineData("وأوضح البيان أن قوات إنفاذ القانون تبادلت إطلاق النيران مع مجموعة من العناصر التكفيرية المسلحة في مدينة العريش مساء الأحد، مما أسفر عن مقتل 3 منهم.")]
    public void Fire_exchanged_is_a_clash_between_the_two(string text)
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-02-12").Events);
        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal("Military Forces of Egypt (2014-)", clash.Actor1!.Name);
        Assert.Equal("Unidentified Armed Group (Egypt)", clash.Actor2!.Name);
        Assert.Equal(3, clash.Fatalities);
    }
}
