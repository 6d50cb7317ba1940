using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "… أن اشتباكات عنيفة تدور … في معسكر العند، ودمر طيران التحالف العربي دبابتين للحوثيين": aircraft right after a past
/// verb of destroying or striking that opens a clause of its own strike on their own, beside the clash the sentence's
/// strong word tells; aircraft that only back the fighters ("بدعم من طيران التحالف") do not.
/// </summary>
public class AircraftActAfterACommaTests
{
    [GazetteerFact]
    public void Aircraft_destroying_in_their_own_clause_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ذكرت مصادر أمنية يمنية أن اشتباكات عنيفة تدور بين الجيش الموالي للشرعية والحوثيين في معسكر العند بمحافظة لحج، ودمر طيران التحالف العربي، دبابتين و4 مركبات عسكرية للحوثيين، في الجهة الجنوبية لقاعدة العند.",
            "2015-08-04").Events;
        Assert.Contains(events, e => e.SubEventType == "Armed clash");
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name == "Coalition (Saudi-led)");
    }

    [GazetteerFact]
    public void Aircraft_backing_the_fighters_do_not()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ذكرت مصادر أمنية يمنية أن اشتباكات عنيفة تدور بين الجيش الموالي للشرعية والحوثيين بدعم من طيران التحالف في معسكر العند بمحافظة لحج.",
            "2015-08-04").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike");
    }
}
