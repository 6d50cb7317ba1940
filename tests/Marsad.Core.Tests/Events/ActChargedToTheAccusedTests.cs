using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ضد مواقع تابعة للنظام السوري بعد اتهامه باستخدام السلاح الكيماوي في دوما": the act someone is accused of
/// ("اتهامه ب…") is charged to the side the pronoun points back to, not to the subject of the clause (the strikers).
/// </summary>
public class ActChargedToTheAccusedTests
{
    [GazetteerFact]
    public void The_accused_is_the_agent_of_what_it_is_accused_of()
    {
        var gassing = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وحول نية روسيا تسليم صواريخ إلى سوريا بعد الضربات العسكرية التي شنتها أمريكا وبريطانيا وفرنسا ضد مواقع تابعة للنظام السوري بعد اتهامه باستخدام السلاح الكيماوي في دوما، قال لافروف إن المسألة لم تحل.",
            "2018-04-24").Events, e => e.SubEventType == "Chemical weapon");
        Assert.Equal("Military Forces of Syria", gassing.Actor1?.PlainName);
    }
}
