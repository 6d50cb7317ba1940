namespace Marsad.Core.Tests.Events;

/// <summary>The use of chemical weapons as the subject of an inquiry, a ban or claims is the matter in general, no attack.</summary>
public class ChemicalUseInGeneralTests
{
    [Fact]
    public void An_inquiry_into_the_use_of_chemical_weapons_is_no_attack() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "واستخدمت روسيا حق الفيتو أمس ضد مشروع قرار يقضي بإنشاء آلية تحقيق حول استخدام الأسلحة الكيمياوية في مدينة دوما.", "2018-04-11").Events,
            e => e.SubEventType == "Chemical weapon");

    [Fact]
    public void A_chemical_attack_named_stays() =>
        Assert.Contains(TestPipeline.Extract("وقتل أربعون شخصا في هجوم كيميائي على مدينة دوما أمس.", "2018-04-08").Events,
            e => e.SubEventType == "Chemical weapon");

    [Fact]
    public void A_stockpile_destroyed_is_no_chemical_attack() =>
        Assert.DoesNotContain(TestPipeline.Extract("ودمرت قوات النظام مخزونها من الغازات السامة في مدينة حلب أمس.", "2018-03-01").Events,
            e => e.SubEventType == "Chemical weapon");
}
