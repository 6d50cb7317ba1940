using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وفرضوا سيطرتهم على مجريات المباراة": control of a game is no ground taken; "بوادر مواجهة": signs of a fight are no
/// fight. Guards: control of a town and a fight that broke out stay events.
/// </summary>
public class ControlOfAGameTests
{
    [GazetteerFact]
    public void Control_of_a_match_takes_no_ground() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقدم لاعبو الفريق مستوى متميزا أمام فريق الجيش المصري وفرضوا سيطرتهم على مجريات المباراة في الجزائر.", "2015-08-11").Events);

    [GazetteerFact]
    public void Signs_of_a_confrontation_are_no_confrontation() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("بوادر مواجهة بين داعش والقاعدة في حضرموت.", "2015-08-01").Events);

    [GazetteerFact]
    public void A_confrontation_that_broke_out_is_a_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("اندلعت مواجهة بين داعش والقاعدة في حضرموت.", "2015-08-01").Events,
            e => e.SubEventType == "Armed clash");

    [GazetteerFact]
    public void Control_taken_of_a_town_is_still_ground_taken() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وسيطر مسلحو تنظيم داعش على مدينة القريتين بعد معارك مع قوات النظام.", "2015-08-06").Events,
            e => e.SubEventType == "Non-state actor overtakes territory");
}
