namespace Marsad.Core.Tests.Events;

/// <summary>
/// 'غارات تستهدف مواقع "داعش"': a name in quotation marks after a target noun is still the side hit, not the striker —
/// the opening mark is no word between the noun and its genitive.
/// </summary>
public class QuotedTargetTests
{
    [Theory]
    [InlineData("وشن سلاح الجو الروسي أمس سلسلة غارات تستهدف مواقع \"داعش\" في مدينة حلب.")]
    [InlineData("وشن سلاح الجو الروسي أمس سلسلة غارات تستهدف مواقع ودفاعات «داعش» في مدينة حلب.")]
    public void A_quoted_name_after_a_target_noun_is_the_side_hit(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-04-20");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Military Forces of Russia", e.Actor1?.PlainName);
        Assert.Equal("Islamic State", e.Actor2?.PlainName);
    }
}
