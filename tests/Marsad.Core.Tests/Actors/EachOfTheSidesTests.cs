using Marsad.Core.Actors;
using Marsad.Core.Tests.Events;
using Marsad.Core.Tests.Geo;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة صاروخية": "كل من", each of, lists the sides themselves — the
/// country after its "من" is a side, not a place something came from. After "في" the list is one of places.
/// </summary>
public class EachOfTheSidesTests
{
    private static readonly ActorPipeline Pipeline = new(ActorCatalog.Default, SourceCatalog.LoadDefault());

    private static Document Run(string text) => Pipeline.Process(new Document(text, "t", new DateOnly(2018, 4, 17)));

    [Fact]
    public void The_first_country_after_each_of_is_a_side() =>
        Assert.Contains(Run("ووجهت كل من فرنسا وبريطانيا ضربة صاروخية إلى مواقع تابعة للنظام السوري").Actors,
            a => a.Actor.Name.StartsWith("Military Forces of France", StringComparison.Ordinal));

    [Fact]
    public void Each_of_after_in_lists_places() =>
        Assert.DoesNotContain(Run("وقعت هجمات متزامنة في كل من فرنسا وبلجيكا").Actors,
            a => a.Actor.Name.StartsWith("Military Forces of France", StringComparison.Ordinal));

    [GazetteerFact]
    public void The_strike_of_each_of_three_is_led_by_the_first()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة صاروخية إلى مواقع تابعة للنظام السوري في دمشق.", "2018-04-17").Events);
        Assert.StartsWith("Military Forces of the United States", strike.Actor1?.Name);
    }
}
