using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني في شمال العراق غداة غارات نفذها الطيران التركي": a verb of
/// shelling whose subject right after it is artillery or tanks is shelling from the ground, whatever air strikes the
/// sentence tells of besides — not an air strike.
/// </summary>
public class ArtilleryAsSubjectTests
{
    [GazetteerFact]
    public void Artillery_that_shelled_is_no_air_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني في شمال العراق غداة غارات نفذها الطيران التركي على مواقع متمردي الحزب بالعراق.",
            "2015-07-26").Events;
        var shelling = Assert.Single(events, e => e.Rule.Contains("\"قصفت\""));
        Assert.Equal("Shelling/artillery/missile attack", shelling.SubEventType);
    }
}
