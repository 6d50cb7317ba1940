namespace Marsad.Core.Tests.Events;

/// <summary>"جراء قصف حكومي بأربع قذائف مدفعية استهدف بلدة حمورية": shelling the adjective gives to the government, no one named, is the army of the country it fell in.</summary>
public class GovernmentStrikeTests
{
    [Fact]
    public void Government_shelling_is_the_army_of_the_place()
    {
        // (the adjective after the strike noun, in a sentence whose other act took the force's name)
        var doc = TestPipeline.Extract("وأشار المرصد السوري إلى وقوع غارتين على الأقل على مدينة دوما، فضلا عن مقتل امرأة وإصابة 7 مدنيين " +
            "جراء قصف حكومي بأربع قذائف مدفعية استهدف مدينة حلب أمس.", "2018-02-25");
        var shelling = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
        Assert.Equal("Military Forces of Syria", shelling.Actor1?.PlainName);
    }
}
