using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

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

    // One clash a sentence tells, and who fought whom: the first side named by the start of its name.
    [Theory]
    // ("لقي 3 عناصر من مليشيا الحوثي مصرعهم بنيران الجيش الوطني": by the army's fire, as "برصاص" names a shooter)
    [InlineData("لقي 3 عناصر من تنظيم داعش مصرعهم بنيران الجيش السوري في مدينة حلب.", "Military Forces of Syria", "Islamic State")]
    // ("لقي عدد من الحوثيين مصرعهم بعد هجوم على مواقع للجيش اليمني": the side named by its sites was attacked)
    [InlineData("قتل عدد من عناصر تنظيم داعش في هجوم على مواقع للجيش السوري في مدينة حلب.", "Islamic State", "Military Forces of Syria")]
    // ("إن الحوثيين نصبوا كمينا للقوات الحكومية": لـ after an ambush names whom it was laid for, not whose it was)
    [InlineData("ونصب عناصر تنظيم داعش كمينا لقوات الجيش السوري في مدينة حلب.", "Islamic State", "Military Forces of Syria")]
    // ("ودارت مواجهات بين قوات الجيش اليمني ومليشيا الحوثي … خلال هجوم للمتمردين على مواقع الجيش": the attacker first)
    [InlineData("ودارت معارك عنيفة بين قوات النظام السوري وتنظيم داعش في مدينة حلب خلال هجوم لتنظيم داعش على مواقع الجيش.", "Islamic State", "Military Forces of Syria")]
    // ("مقتل قيادي بارز في حزب الله بهجوم شنه تنظيم داعش على مواقعهم": the sites' owner is the side named before)
    [InlineData("وأعلنت وسائل إعلام موالية لحزب الله مقتل قيادي بارز بهجوم شنه تنظيم داعش على مواقعهم في مدينة حلب.", "Islamic State", "Hezbollah")]
    public void Who_fought_whom(string text, string actor1, string actor2)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-19").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.StartsWith(actor1, e.Actor1!.Name);
        Assert.StartsWith(actor2, e.Actor2!.Name);
    }

    // A clash told by a word that names no starter, with no attack in its sentence: the state's forces first, as in a
    // "بين" clash; an attack told with it keeps its attacker first.
    [GazetteerTheory]
    [InlineData("قتل عنصر من الجيش اللبناني متأثرا بجراحه، إثر اشتباكات مع مسلحين وقعت في منطقة التل بمدينة طرابلس شمالي لبنان، الثلاثاء.", "Military Forces of Lebanon", "Unidentified Armed Group (Lebanon)")]
    [InlineData("وقال المرصد إن عناصر تنظيم داعش شنوا هجوما فجر اليوم على تجمع لقوات النظام السوري قرب مدينة تدمر قبل أن تندلع اشتباكات مستمرة حتى الآن.", "Islamic State", "Military Forces of Syria")]
    public void A_clash_that_names_no_starter_has_the_state_first(string text, string actor1, string actor2)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-05-22").Events);
        Assert.StartsWith(actor1, e.Actor1!.Name);
        Assert.StartsWith(actor2, e.Actor2!.Name);
    }

    [Fact]
    public void A_toll_told_with_the_fire_is_the_clash_s() =>
        Assert.Equal(3, Assert.Single(TestPipeline.Extract("لقي 3 عناصر من تنظيم داعش مصرعهم بنيران الجيش السوري في مدينة حلب.", "2018-03-10").Events).Fatalities);
}
