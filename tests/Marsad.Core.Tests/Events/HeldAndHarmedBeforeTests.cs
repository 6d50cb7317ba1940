using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// States and harms told of, not acts: homes destroyed "جراء القتال" (the war behind a loss), people "كانوا محتجزين" or
/// "المحتجزين" after their noun (held, no detention that day), hostages set free, and "رهينة" said of a town.
/// </summary>
public class HeldAndHarmedBeforeTests
{
    [GazetteerFact]
    public void Homes_destroyed_by_the_fighting_are_no_clash_nor_destruction()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("لكن الكثير من السكان لا يمكنهم العودة إلى درعا لأن منازلهم دمرت جراء القتال بين الجيش السوري والمعارضة.", "2018-07-03");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Soldiers_killed_in_the_clashes_are_still_a_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقتل جنديان جراء الاشتباكات مع مسلحي داعش في درعا.", "2018-07-03");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash");
    }

    [GazetteerFact]
    public void Leaders_held_in_a_town_are_no_arrest()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("تمت مبادلتهم بخمسة من قادة الحوثيين العسكريين المحتجزين في عدن.", "2018-07-03");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests");
    }

    [GazetteerFact]
    public void A_town_held_hostage_to_abuses_is_no_abduction()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وأصبحت المدينة رهينة لانتهاكات المسلحين في مدينة الحديدة.", "2018-07-03");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Gunmen_holding_hostages_abduct()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("اقتحم مسلحان مبنى محافظة أربيل ويحتجزان رهائن.", "2018-07-23");
        Assert.Contains(doc.Events, e => e.SubEventType == "Abduction/forced disappearance");
    }
}
