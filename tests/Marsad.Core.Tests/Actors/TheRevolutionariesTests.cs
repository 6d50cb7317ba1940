using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "الثوار سيطروا على مديرية النادرة": the Saudi press's "revolutionaries" of Yemen's 2015 war are the Popular
/// Resistance, in an article about Yemen only (as "@الثوار" says in actors.tsv); in Cairo they stay protesters.
/// </summary>
public class TheRevolutionariesTests
{
    [Fact]
    public void In_yemen_the_revolutionaries_are_the_popular_resistance() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقالت مصادر إن الثوار سيطروا أمس على مدينة تعز.", "2015-08-11").Events,
            e => e.Actor1?.Name.StartsWith("Popular Resistance") == true);

    [Fact]
    public void In_cairo_they_are_no_yemeni_militia() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("تظاهر الثوار أمس في ميدان التحرير بالقاهرة.", "2015-08-11").Events,
            e => e.Actor1?.Name.StartsWith("Popular Resistance") == true);
}
