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
    public void Members_counted_after_an_arrest_are_the_side_arrested()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ألقت الشرطة التركية القبض على 12 من عناصر تنظيم داعش في مدينة إزمير.", "2018-04-27").Events);
        Assert.Equal("Arrests", arrest.SubEventType);
        Assert.StartsWith("Police Forces of Turkey", arrest.Actor1!.Name);
        Assert.Equal("Islamic State", arrest.Actor2!.Name);
    }
}
