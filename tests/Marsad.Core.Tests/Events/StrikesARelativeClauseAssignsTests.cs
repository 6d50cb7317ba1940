using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا في محيط حمص": strikes a relative clause says an air power
/// carried out, somewhere the sentence names, are its strikes — and the partners "مع" joins to it struck beside it.
/// </summary>
public class StrikesARelativeClauseAssignsTests
{
    [GazetteerFact]
    public void Strikes_a_state_carried_out_are_its_own()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "واعتبرت موسكو، السبت، أن الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا في محيط حمص انتهاك للقانون الدولي.", "2018-04-14").Events;
        var strike = Assert.Single(events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Military Forces of the United States", strike.Actor1?.Name);
        Assert.DoesNotContain("United Kingdom", strike.Actor2?.Name ?? "");
        Assert.Equal("Homs", strike.Location?.Place?.Name);
    }
}
