using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A bomb that went off while its makers rigged or planted it is the group's own explosion (ACLED: remote explosive, the
/// group as actor 1, no actor 2), not a clash with the force that announced the deaths; deaths in a clash while trying to
/// advance stay a clash.
/// </summary>
public class OwnBombWentOffTests
{
    [Theory]
    [InlineData("أعلن الجيش السوري مقتل 7 من عناصر داعش بانفجار عجلة أثناء محاولتهم تفخيخها في مدينة حلب أمس.")]
    [InlineData("قتل 7 من عناصر داعش بانفجار عبوة ناسفة أثناء محاولتهم زرعها في مدينة حلب أمس.")]
    public void A_bomb_that_blew_up_in_its_makers_hands_is_their_own(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2015-08-06").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.Null(e.Actor2);
        Assert.Equal(7, e.Fatalities);
    }

    [Fact]
    public void Deaths_in_a_clash_while_advancing_stay_a_clash()
    {
        var e = Assert.Single(TestPipeline.Extract("قتل 7 من عناصر داعش في اشتباكات مع الجيش السوري خلال محاولتهم التقدم نحو مدينة حلب أمس.", "2015-08-06").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
    }
}
