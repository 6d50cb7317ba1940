using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفت إسرائيل مطار التيفور، حيث استهدف القصف عناصر من الحرس الثوري": a country right after a past verb of the act
/// is its subject — a side named in another clause, past a comma, does not push it aside.
/// </summary>
public class CountryRightAfterItsVerbTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-04-16");

    [GazetteerFact]
    public void The_country_struck_not_the_men_of_the_next_clause()
    {
        var events = Extract("قصفت إسرائيل مطار التيفور، حيث استهدف القصف عناصر من الحرس الثوري الإيراني.").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name));
    }
}
