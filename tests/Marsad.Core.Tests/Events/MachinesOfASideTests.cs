using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهدفت آليات عسكرية تابعة للحوثيين": machines that belong to a side are that side's, hit — as its positions are —
/// with a military adjective between the head and "تابعة"; reinforcements, "التعزيزات التابعة لقوات المقاومة", are
/// forces of the side named, which stays an associate.
/// </summary>
public class MachinesOfASideTests
{
    [GazetteerTheory]
    [InlineData("آليات")]
    [InlineData("آليات عسكرية")]
    [InlineData("دبابات")]
    [InlineData("تعزيزات وآليات عسكرية")]
    public void Machines_of_a_side_are_that_side_hit(string what)
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            $"وشنت مقاتلات التحالف العربي غارات جوية استهدفت {what} تابعة للحوثيين في مديرية حيس.", "2018-06-15").Events);
        Assert.Equal("Houthi Movement", strike.Actor2?.Name);
    }
}
