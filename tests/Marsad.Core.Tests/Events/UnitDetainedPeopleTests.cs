using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أوقفت قوة من الجيش اللبناني 23 شخصا في بلدة عرسال": the weak verb of stopping detains the people counted after its
/// subject, a force named by its unit ("قوة من") right after the verb, as it does after "أوقفت الشرطة".
/// </summary>
public class UnitDetainedPeopleTests
{
    [GazetteerFact]
    public void A_unit_of_the_army_that_stopped_people_arrested_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أوقفت قوة من الجيش اللبناني 23 شخصا في بلدة عرسال للاشتباه بانتمائهم إلى تنظيمات إرهابية.", "2015-07-25").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Military Forces of Lebanon", e.Actor1?.Name);
    }
}
