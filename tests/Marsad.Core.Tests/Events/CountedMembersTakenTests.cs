using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تم القبض على أربعة من تنظيم القاعدة", "اعتقلت الشرطة عددا من عناصر الحزب": a side whose members are counted as
/// the object of an act is the side taken or hit, never the one who acted (the "من" of a partitive is no "من قبل").
/// </summary>
public class CountedMembersTakenTests
{
    [GazetteerFact]
    public void Members_counted_after_a_passive_arrest_are_not_the_arresters() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("تم القبض على أربعة من تنظيم داعش في مدينة البصرة.", "2018-05-07").Events,
            e => e.Actor1?.Name == "Islamic State");

    [GazetteerFact]
    public void A_passive_arrest_takes_no_agent_from_an_operation_against_the_group_before_it()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وذكرت مصادر عسكرية أن العملية العسكرية ضد مسلحي القاعدة في مديرية الصعيد مستمرة، حيث تم القبض على أربعة من عناصر التنظيم أمس.", "2018-02-27").Events);
        Assert.StartsWith("Police Forces of Yemen", arrest.Actor1!.Name);
        Assert.StartsWith("Al Qaeda", arrest.Actor2!.Name);
    }

    [GazetteerFact]
    public void A_passive_arrest_with_no_one_named_is_the_police_of_the_place()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وتم القبض على خمسة أشخاص في بغداد أمس بتهمة الانتماء لتنظيم داعش.", "2018-02-27").Events);
        Assert.StartsWith("Police Forces of Iraq", arrest.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_passive_arrest_a_ministry_announces_is_its_own()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقالت وزارة الداخلية إنه تم القبض على ثلاثة من عناصر داعش في الرياض أمس.", "2018-02-27").Events);
        Assert.StartsWith("Police Forces of Saudi Arabia", arrest.Actor1!.Name);
        Assert.Equal("Islamic State", arrest.Actor2!.Name);
    }

    [GazetteerFact]
    public void Members_counted_after_an_arrest_are_the_side_arrested()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ألقت الشرطة التركية القبض على 12 من عناصر تنظيم داعش في مدينة إزمير.", "2018-04-27").Events);
        Assert.Equal("Arrests", arrest.SubEventType);
        Assert.StartsWith("Police Forces of Turkey", arrest.Actor1!.Name);
        Assert.Equal("Islamic State", arrest.Actor2!.Name);
    }
}
