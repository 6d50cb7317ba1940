using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "المقاومة اليمنية" is the Popular Resistance of 2015 and the Joint Resistance Forces from 2018, when ACLED gives the
/// west-coast forces that name: the alias is shared, and the article's year picks the row valid then.
/// </summary>
public class YemeniResistanceByYearTests
{
    [Theory]
    [InlineData("2015-07-22", "Popular Resistance (Yemen)")]
    [InlineData("2018-06-20", "Joint Resistance Forces")]
    public void The_year_picks_the_force(string published, string expected) =>
        Assert.Contains(TestPipeline.Extract("طردت المقاومة اليمنية مليشيا الحوثي من مدينة حلب.", published).Actors, a => a.Actor.Name == expected);
}
