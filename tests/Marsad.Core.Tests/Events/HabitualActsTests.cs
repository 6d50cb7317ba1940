using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أمام التفجيرات التي تنفذها الجماعة في شمال نيجيريا": acts a side is said to carry out, in the present, with no day and
/// no one killed, are its habit — no act reported. With its dead told ("قتل 5 أشخاص في الغارات التي تشنها تركيا") the
/// strike is one.
/// </summary>
public class HabitualActsTests
{
    [GazetteerFact]
    public void Acts_a_side_carries_out_as_a_habit_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأضاف أن الجيش النيجيري عاجز أمام التفجيرات التي تنفذها الجماعة في شمال نيجيريا.", "2015-07-24").Events);

    [GazetteerFact]
    public void With_its_dead_told_the_act_is_one() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقتل 5 أشخاص في الغارات التي تشنها تركيا على عفرين.", "2018-03-01").Events);
}
