using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إذ يسيطر على القسم الشمالي فصيل جيش العزة": who holds a part of the ground, told in the present past the opening
/// sentence, is a standing state — the verb with its preposition as much as the verb alone.
/// </summary>
public class WhoHoldsWhatTests
{
    [GazetteerFact]
    public void Holding_told_in_the_present_is_no_takeover()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقصفت الطائرات مواقع المعارضة في ريف حماة. وقسم الهجوم الذي تشنه القوات الحكومية ريف حماة إلى قسمين، إذ يسيطر على القسم الشمالي فصيل جيش العزة بما في ذلك بلدة اللطامنة.",
            "2018-04-13").Events;
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike");
        Assert.DoesNotContain(events, e => e.SubEventType == "Non-state actor overtakes territory");
    }
}
