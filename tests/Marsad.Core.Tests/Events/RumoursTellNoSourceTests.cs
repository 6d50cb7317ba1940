namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وكانت أنباء راجت عن إحباط عملية", "أنباء ترددت عن": the verb after a cue of news is what the rumours did — it is no
/// one who told them.
/// </summary>
public class RumoursTellNoSourceTests
{
    [Theory]
    [InlineData("راجت")]
    [InlineData("ترددت")]
    [InlineData("تداولت")]
    public void A_verb_of_circulating_is_no_claim_source(string verb)
    {
        var doc = TestPipeline.Extract($"وكانت أنباء {verb} عن إحباط عملية إرهابية كبيرة اليوم، وتتزامن مع تفجير مسجد بمقر قوات الطوارئ في الرياض أمس، الذي استشهد فيه 13 من منسوبي الطوارئ.", "2015-08-07");
        var blast = Assert.Single(doc.Events);
        Assert.NotEqual(verb, blast.Claim?.Source);
    }
}
