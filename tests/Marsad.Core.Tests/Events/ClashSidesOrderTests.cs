using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>"بين X و Y" tells no initiator: the state's forces come first, wherever the sentence names them.</summary>
public class ClashSidesOrderTests
{
    [Fact]
    public void State_forces_named_second_in_between_come_first()
    {
        var doc = TestPipeline.Extract("ودارت معارك عنيفة بين تنظيم داعش وقوات النظام السوري في مدينة حلب اليوم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
    }

    [Fact]
    public void Two_non_state_sides_keep_the_sentence_order()
    {
        var doc = TestPipeline.Extract("ودارت معارك عنيفة بين تنظيم داعش وفصائل المعارضة في مدينة حلب اليوم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Islamic State", e.Actor1!.Name);
    }

    [Fact]
    public void Fighters_killed_by_a_force_s_fire_fell_in_a_clash_with_it()
    {
        // ("لقي 3 عناصر من مليشيا الحوثي مصرعهم بنيران الجيش الوطني": by the army's fire, as "برصاص" names a shooter)
        var e = Assert.Single(TestPipeline.Extract("لقي 3 عناصر من تنظيم داعش مصرعهم بنيران الجيش السوري في مدينة حلب.", "2018-03-10").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2!.Name);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void The_dead_of_an_attack_on_the_other_side_s_positions_fell_attacking()
    {
        // ("لقي عدد من الحوثيين مصرعهم بعد هجوم على مواقع للجيش اليمني": the side named by its sites was attacked)
        var e = Assert.Single(TestPipeline.Extract("قتل عدد من عناصر تنظيم داعش في هجوم على مواقع للجيش السوري في مدينة حلب.", "2018-03-10").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void An_ambush_is_laid_for_the_side_after_la()
    {
        // ("إن الحوثيين نصبوا كمينا للقوات الحكومية": لـ after an ambush names whom it was laid for, not whose it was)
        var e = Assert.Single(TestPipeline.Extract("ونصب عناصر تنظيم داعش كمينا لقوات الجيش السوري في مدينة حلب.", "2018-03-10").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void A_clash_between_two_sides_is_the_attacker_s_when_the_sentence_names_its_attack()
    {
        // ("ودارت مواجهات بين قوات الجيش اليمني ومليشيا الحوثي … خلال هجوم للمتمردين على مواقع الجيش")
        var e = Assert.Single(TestPipeline.Extract(
            "ودارت معارك عنيفة بين قوات النظام السوري وتنظيم داعش في مدينة حلب خلال هجوم لتنظيم داعش على مواقع الجيش.", "2018-03-10").Events);
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void Sites_named_by_their_owner_s_pronoun_are_the_armed_side_named_before()
    {
        // ("مقتل قيادي بارز في حزب الله بهجوم شنه تنظيم داعش على مواقعهم")
        var e = Assert.Single(TestPipeline.Extract(
            "وأعلنت وسائل إعلام موالية لحزب الله مقتل قيادي بارز بهجوم شنه تنظيم داعش على مواقعهم في مدينة حلب.", "2018-03-19").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.Equal("Hezbollah", e.Actor2!.Name);
    }
}
