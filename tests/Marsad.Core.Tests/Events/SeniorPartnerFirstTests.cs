using Marsad.Core.Actors;
using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "معارك مع ميليشيات صالح والحوثي": Saleh's loyalists, a junior partner of the Houthis (junior-partners.tsv), give the
/// side to the Houthis when the article names them, and stay as their associates.
/// </summary>
public class SeniorPartnerFirstTests
{
    [GazetteerFact]
    public void Salehs_forces_beside_the_houthis_are_the_houthis_associates()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقال القيادي في المقاومة في لحج إن عشرات القتلى والجرحى من ميليشيات صالح والحوثي سقطوا في معارك مع المقاومة في الحوطة أمس.", "2015-08-04");
        var clash = Assert.Single(doc.Events);
        Assert.Equal("Houthi Movement", clash.Actor2?.Name);
        Assert.Contains(clash.AssocActor2, a => a.Id == "ye-saleh");
    }

    [GazetteerFact]
    public void Salehs_forces_alone_stay_a_side()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقال القيادي في المقاومة في لحج إن عشرات القتلى والجرحى من قوات صالح سقطوا في معارك مع المقاومة في الحوطة أمس.", "2015-08-04");
        var clash = Assert.Single(doc.Events);
        Assert.Equal("Saleh Loyalist Forces", clash.Actor2?.Name);
    }

    [Fact]
    public void An_unknown_id_names_file_and_line()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("partners").FullName, "junior-partners.tsv");
        File.WriteAllText(path, "junior\tsenior\tnote\nye-saleh\tno-such-group\tx\n");
        var e = Assert.Throws<LexiconFormatException>(() => JuniorPartners.Load(path, ActorCatalog.Default));
        Assert.Equal(2, e.Line);
        Assert.Contains(path, e.Message);
    }
}
