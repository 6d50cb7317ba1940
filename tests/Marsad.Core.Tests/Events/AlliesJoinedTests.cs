using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Allies joined by و — "ميليشيات الحوثيين وقوات الرئيس المخلوع" — are one side: the first named leads the event,
/// a side hit with it is hit too, and "the militias" after them recall the first. Saleh's forces are their own actor
/// in Yemen, while "الحرس الجمهوري" of an article set in Syria stays Syria's army.
/// </summary>
public class AlliesJoinedTests
{
    [GazetteerFact]
    public void The_first_of_two_allies_fought_is_the_other_side()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أكدت مصادر عسكرية يمنية أن قوات الجيش والمقاومة الشعبية تخوض حاليا معارك عنيفة مع ميليشيات الحوثيين وقوات الرئيس المخلوع داخل قاعدة العند.",
            "2015-07-26").Events);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Saleh_forces_named_alone_are_their_own_actor()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقصفت قوات صالح أحياء في مدينة تعز بالمدفعية.", "2015-07-26").Events);
        Assert.Equal("Saleh Loyalist Forces", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_republican_guard_of_a_Syrian_story_is_Syria_s_army()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قالت وسائل إعلام سورية إن قوات الحرس الجمهوري اقتحمت مدينة دوما في الغوطة الشرقية بعد اشتباكات مع فصائل المعارضة.", "2018-04-06").Events,
            x => x.SubEventType == "Armed clash");
        Assert.Equal("Military Forces of Syria (2000-2024)", e.Actor1?.Name);
    }
}
