namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل جندي إسرائيلي برصاص قناص": the name right after a verb of killing, followed by the act that did it, is that
/// act's dead (the verb read as the passive قُتل), and the one whose fire it was is the agent.
/// </summary>
public class KilledByTheActAfterTests
{
    [Theory]
    [InlineData("قتل جندي إسرائيلي برصاص قناص في مدينة حلب.")]
    [InlineData("قتل جندي إسرائيلي الجمعة برصاص قناص في مدينة حلب.")]
    public void The_soldier_killed_by_a_sniper_is_the_side_hit(string sentence)
    {
        // (the day may stand between the dead and the fire that killed them)
        var e = Assert.Single(TestPipeline.Extract(sentence, "2018-07-21").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
    }
}
