using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفت جبهة النصرة بلدة الفوعة، بينما نفذ الطيران الحربي السوري أربع غارات على محيطها": the aircraft of the clause after
/// "بينما" fly the raids of that clause; they do not make the shelling before it an air strike with the Front as its target.
/// </summary>
public class AircraftOfAnotherClauseTests
{
    [GazetteerFact]
    public void A_shelling_stays_a_shelling_by_its_own_clause_s_side()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت جبهة النصرة بلدة الفوعة، بينما نفذ الطيران الحربي السوري أربع غارات على مناطق في محيط البلدة.", "2015-07-22").Events;
        Assert.Contains(events, e => e.SubEventType == "Shelling/artillery/missile attack" && e.Actor1?.Name == "Al Nusra Front");
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Syria") == true);
    }
}
