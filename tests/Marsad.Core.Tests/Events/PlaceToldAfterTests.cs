using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A clash placed at a region ("في شرق ليبيا") is placed at the town a later sentence gives when it names the fighting
/// again by its definite noun and tells no act of its own ("واندلع القتال أول من أمس في بلدة أجدابيا"), and dated by it.
/// </summary>
public class PlaceToldAfterTests
{
    [GazetteerFact]
    public void The_town_the_fighting_broke_out_in_places_the_regions_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قال مسعفون أمس إن خمسة أشخاص قتلوا وأصيب 12 خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا وجماعات مسلحة.\n" +
            "واندلع القتال أول من أمس في بلدة أجدابيا قرب ميناء البريقة النفطي.", "2015-08-03");
        var clash = Assert.Single(doc.Events);
        Assert.Equal("Ajdabiya", clash.Location?.Place?.Name);
        Assert.Equal(new DateOnly(2015, 8, 1), clash.Date.Date);
        Assert.Equal(5, clash.Fatalities);
    }

    [GazetteerFact]
    public void A_town_outside_the_region_leaves_it_where_it_was()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قال مسعفون أمس إن خمسة أشخاص قتلوا خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة وجماعات مسلحة.\n" +
            "وكان القتال قد امتد العام الماضي إلى مدينة مصراتة.", "2015-08-03");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Misratah");
    }
}
