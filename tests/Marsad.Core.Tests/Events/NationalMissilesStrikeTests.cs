using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الصواريخ الإسرائيلية استهدفت مواقع", "واستهدفت الصواريخ الإسرائيلية مواقع": a strike noun with a nationality that
/// a verb of striking takes as its subject, before or after it, is that nation's strike, though its target is unnamed;
/// missiles brought down by air defences strike nothing of theirs.
/// </summary>
public class NationalMissilesStrikeTests
{
    [GazetteerTheory]
    [InlineData("وقال المرصد إن الصواريخ الإسرائيلية استهدفت مواقع عدة في محيط مدينة حمص.")]
    [InlineData("واستهدفت الصواريخ الإسرائيلية مواقع في ريف حمص، بحسب المرصد.")]
    public void The_nation_of_the_missiles_struck(string text)
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-05-10").Events);
        Assert.Equal("Explosions/Remote violence", strike.EventType);
        Assert.StartsWith("Military Forces of Israel", strike.Actor1!.Name);
    }

    [GazetteerFact]
    public void Missiles_brought_down_are_no_strike_of_theirs() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("وأسقطت الدفاعات الجوية الصواريخ الإسرائيلية فوق ريف حمص.", "2018-05-10").Events,
            e => e.Actor1?.Name.StartsWith("Military Forces of Israel", StringComparison.Ordinal) == true);
}
