namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلن الجيش الإسرائيلي، مساء الجمعة، شن غارات … بعد مقتل جندي": the announcer is the agent past a part of the day
/// between commas, and the deaths the act came after are its cause, not its toll.
/// </summary>
public class ActAfterItsCauseTests
{
    private const string Report = "أعلن الجيش الإسرائيلي، مساء الجمعة، شن غارات جوية على مدينة حلب، بعد مقتل جندي برصاص قناص.";

    [Fact]
    public void The_announcer_past_a_part_of_the_day_is_the_agent() =>
        Assert.Contains(TestPipeline.Extract(Report, "2018-07-20").Events,
            e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Israel") == true);

    [Fact]
    public void The_deaths_an_act_came_after_are_not_its_toll()
    {
        var strike = Assert.Single(TestPipeline.Extract(Report, "2018-07-20").Events, e => e.SubEventType == "Air/drone strike");
        Assert.Null(strike.Fatalities);
    }

    [Fact]
    public void Deaths_the_act_caused_are_its_toll()
    {
        var strike = Assert.Single(TestPipeline.Extract("شن الجيش الإسرائيلي غارات جوية على مدينة حلب أسفرت عن مقتل جندي.", "2018-07-20").Events,
            e => e.SubEventType == "Air/drone strike");
        Assert.Equal(1, strike.Fatalities);
    }
}
