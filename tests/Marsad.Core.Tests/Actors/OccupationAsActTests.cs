using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "الاحتلال" with its article is the Israeli army, as Palestinian news names it; "باحتلال عفرين", without it, is the
/// act of occupying a place — no actor.
/// </summary>
public class OccupationAsActTests
{
    [Fact]
    public void Occupying_a_place_names_no_israeli_army()
    {
        var doc = TestPipeline.Extract("وكان الرئيس التركي يتغنى باحتلال عفرين وجنوده يرفعون العلم التركي على أرض دكتها طائراته ومدفعيته أمس.", "2018-03-18");
        Assert.DoesNotContain(doc.Actors, a => a.Actor.PlainName == "Military Forces of Israel");
    }

    [Fact]
    public void The_occupation_with_its_article_is_the_israeli_army()
    {
        var doc = TestPipeline.Extract("وأطلق الاحتلال النار على المتظاهرين قرب السياج أمس.", "2018-03-18");
        Assert.Contains(doc.Actors, a => a.Actor.PlainName == "Military Forces of Israel");
    }
}
