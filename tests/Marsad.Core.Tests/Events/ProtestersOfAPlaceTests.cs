using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The place a protest's people are of ("مسيحيو سهل نينوى الموصل") says who protests, not where, when the sentence
/// names where the protest stood.
/// </summary>
public class ProtestersOfAPlaceTests
{
    [GazetteerFact]
    public void The_protest_stands_where_it_was_held_not_where_its_people_are_from()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "جاءت هذه المطالبة في وقفة احتجاجية نظمها مسيحيو سهل نينوى الموصل قرب مبنى الأمم المتحدة في منطقة عين كاوة بمحافظة أربيل.", "2015-08-07");
        var protest = Assert.Single(doc.Events);
        Assert.Equal("Erbil", protest.Location?.Place?.Name);
    }
}
