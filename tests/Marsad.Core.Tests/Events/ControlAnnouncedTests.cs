namespace Marsad.Core.Tests.Events;

/// <summary>
/// Control a side achieved ("حققت تقدما بسيطرتها على") or confirmed ("أكدت في بيان سيطرتها على") is ground it took; a side
/// close to taking a town ("قرب سيطرتها", "على وشك السيطرة") has taken nothing yet.
/// </summary>
public class ControlAnnouncedTests
{
    [Theory]
    [InlineData("وحققت قوات النظام تقدما الخميس بسيطرتها على مدينة الباب.")]     // progress achieved by taking it
    [InlineData("وأكدت قوات النظام في بيان سيطرتها على مدينة الباب.")]           // control confirmed is announced
    public void Control_achieved_or_confirmed_by_its_side_is_ground_taken(string text) =>
        Assert.Equal("Government regains territory", Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events).SubEventType);

    [Fact]
    public void A_side_close_to_taking_a_town_has_not_taken_it() =>
        Assert.Empty(TestPipeline.Extract("وكانت الحكومة التركية أكدت، الثلاثاء، قرب سيطرتها على مدينة الباب.", "2018-03-10").Events);

}
