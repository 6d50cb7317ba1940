namespace Marsad.Core.Tests.Events;

/// <summary>
/// Unnamed gunmen said to belong to a group are that group (and so are "المسلحون" after them); after "a base" the word
/// with its article is that base, not Al Qaeda.
/// </summary>
public class GunmenOfAGroupTests
{
    [Fact]
    public void Gunmen_said_to_belong_to_a_group_are_that_group()
    {
        var doc = TestPipeline.Extract(
            "هاجم مسلحون ينتمون على الأرجح لتنظيم داعش، الاثنين، قاعدة عسكرية قرب مدينة حلب، مما أسفر عن مقتل 5 جنود.", "2018-07-23");
        var e = Assert.Single(doc.Events, e => e.EventType == "Battles");
        Assert.StartsWith("Islamic State", e.Actor1!.Name);
    }

    [Fact]
    public void The_gunmen_again_are_the_same_group()
    {
        var doc = TestPipeline.Extract(
            "اقتحم مسلحون ينتمون لتنظيم داعش، الاثنين، قرية في ريف حلب.\nوهاجم المسلحون، الاثنين، حاجزا للجيش السوري في مدينة حماة.", "2018-07-23");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Hama" && e.Actor1?.Name.StartsWith("Islamic State") == true);
    }

    [Fact]
    public void The_base_told_before_is_no_al_qaeda()
    {
        var doc = TestPipeline.Extract(
            "هاجم مسلحون قاعدة عسكرية للجيش السوري قرب مدينة حلب، وتبادلوا إطلاق النار مع الجنود قبل مهاجمة القاعدة.", "2018-07-23");
        Assert.DoesNotContain(doc.Actors, a => a.Actor.Name == "Al Qaeda");
    }
}
