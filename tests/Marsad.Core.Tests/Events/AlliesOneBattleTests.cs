using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>Allies on one side of a battle at a place on a day fight one battle, told under the country's own side.</summary>
public class AlliesOneBattleTests
{
    [Fact]
    public void Allies_against_one_foe_at_one_place_and_day_are_one_battle_of_the_home_side()
    {
        var doc = TestPipeline.Extract(
            "واندلعت اشتباكات بين القوات الروسية وتنظيم داعش في مدينة حلب أمس.\n" +
            "واشتبكت قوات النظام السوري مع تنظيم داعش في مدينة حلب أمس.", "2018-03-10");
        var e = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.ArmedClash);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal(2, e.EvidenceSentences.Count);
    }

    [Fact]
    public void Enemies_of_one_foe_who_are_not_allies_fight_two_battles()
    {
        var doc = TestPipeline.Extract(
            "واندلعت اشتباكات بين فصائل المعارضة وتنظيم داعش في مدينة حلب أمس.\n" +
            "واشتبكت قوات النظام السوري مع تنظيم داعش في مدينة حلب أمس.", "2018-03-10");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == AcledTaxonomy.ArmedClash));
    }
}
