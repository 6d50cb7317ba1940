using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "مقتل جنديين تركيين", "جنديين روسيين": the genitive dual of a nationality adjective (ـيين) names that nation's forces —
/// for nations whose plural is broken (أتراك، روس، ألمان) too, whose table lists no ـيين form.
/// </summary>
public class DualOfEveryNationalityTests
{
    [Theory]
    [InlineData("روسيين", "Military Forces of Russia")]
    [InlineData("تركيين", "Military Forces of Turkey")]
    [InlineData("سوريين", "Military Forces of Syria")]
    public void Two_soldiers_of_a_nation_are_its_army(string adjective, string army)
    {
        var doc = TestPipeline.Extract($"مقتل جنديين {adjective} في انفجار عبوة ناسفة في حلب أمس.", "2015-08-02");
        var blast = Assert.Single(doc.Events);
        Assert.StartsWith(army, blast.Actor2?.Name);
    }
}
