using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت قيادة عمليات البصرة أن محتجين غاضبين اقتحموا مبنى القنصلية الإيرانية": protesters who stormed a building,
/// told subject first after "أن" as well as verb first, rioted.
/// </summary>
public class CrowdStormedTests
{
    [GazetteerTheory]
    [InlineData("أعلنت قيادة عمليات البصرة أن محتجين غاضبين اقتحموا مبنى القنصلية الإيرانية في البصرة مساء الجمعة وأضرموا النيران فيه.")]
    public void Protesters_who_stormed_a_building_rioted(string text) =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(text, "2018-09-08").Events,
            e => e is { SubEventType: "Violent demonstration", Actor1.Name: "Rioters (Iraq)" });
}
