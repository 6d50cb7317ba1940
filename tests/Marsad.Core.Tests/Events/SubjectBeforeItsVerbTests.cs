using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The side named right before a verb is its subject when Arabic says so: after "أن" even with an epithet between
/// ("أن عناصر تنظيم داعش الإرهابي هاجمت"), and before a past verb in the plural ("مسلحو داعش هاجموا"), which the
/// subject would take in the singular if it came after. "قطعات عسكرية", military units, are an army.
/// </summary>
public class SubjectBeforeItsVerbTests
{
    [GazetteerFact]
    public void An_epithet_between_the_group_and_its_verb_keeps_it_the_attacker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأفادت وزارة الدفاع العراقية في بيان صحفي اليوم أن عناصر تنظيم داعش الإرهابي هاجمت قطعات عسكرية تابعة للفرقة الثامنة بالجيش العراقي في منطقتي الفلاحات غربي الفلوجة وصبيحات شرقيها.",
            "2015-08-01").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Iraq", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_plural_past_verb_takes_the_side_right_before_it_as_its_subject()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وكان مسلحو داعش هاجموا الجيش العراقي في الفلوجة.", "2015-08-01").Events);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Iraq", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Fighters_of_a_group_before_a_plural_verb_did_the_act()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت تقارير محلية أن مقاتلين من تنظيم داعش اعتقلوا الفتاة وصديقها في حلب مطلع أغسطس.", "2015-08-10").Events);
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
    }

    [GazetteerFact]
    public void A_verb_joined_by_wa_keeps_the_subject_of_the_clause_before()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "انتفض أبناء العشائر في مدن كبيسة وهيت والقائم ضد التنظيم واغتالوا عددا من عناصره.", "2015-07-21").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Name == "Islamic State");
    }

    [GazetteerFact]
    public void Military_units_attacked_are_the_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("هاجم مسلحون قطعات عسكرية في الرمادي أمس.", "2015-08-01").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", e.Actor2?.Name);
    }
}
