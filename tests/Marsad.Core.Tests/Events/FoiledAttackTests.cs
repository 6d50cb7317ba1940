namespace Marsad.Core.Tests.Events;

// An attack held off is ACLED's armed clash, the attacker its actor 1; "the attack" told again is the same one.
public class FoiledAttackTests
{
    [Fact]
    public void An_attack_the_subject_foiled_is_a_clash_with_the_attacker_first()
    {
        var doc = TestPipeline.Extract("أحبطت قوات الجيش السوري هجوما شنه تنظيم داعش على مواقعها في مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void A_terror_plot_foiled_is_no_battle_but_weapons_stopped()
    {
        var doc = TestPipeline.Extract("أحبطت قوات الجيش السوري محاولة لتنفيذ هجمات إرهابية، باستخدام برميلين معبأين بكمية كبيرة من المتفجرات، في مدينة الرقة أمس.", "2018-06-03");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Battles");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Disrupted weapons use");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void The_attack_told_again_is_one_event_with_its_toll()
    {
        // (the article is about Deir ez-Zor: "the attack" placed by nothing would go there)
        var doc = TestPipeline.Extract("تقدمت قوات الجيش السوري في مدينة دير الزور أمس. وسيطرت على أحياء في دير الزور.\n"
            + "أفشلت قوات الجيش السوري هجوما لتنظيم داعش في مدينة الرقة أمس.\n"
            + "وقالت مصادر إن عناصر التنظيم حاولوا التسلل بأعداد كبيرة.\n"
            + "لكن قوات الجيش السوري تصدت للهجوم، الذي أسفر عن مقتل خمسة من عناصر تنظيم داعش.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash" && e.Actor1?.Name == "Islamic State");
        Assert.Equal("Ar Raqqah", e.Location?.Place?.Name);
        Assert.Equal(5, e.Fatalities);
    }

    [Fact]
    public void The_province_after_a_town_only_says_where_it_is()
    {
        var doc = TestPipeline.Extract("أحبطت قوات الجيش السوري هجوما شنه تنظيم داعش على مواقعها في مدينة جسر الشغور بمديرية الباب أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Jisr ash Shughur", e.Location?.Place?.Name);
    }
}
