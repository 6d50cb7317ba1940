using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Weapons named in a sentence (a depot, arms seized) make a strong trigger of a development with no violence; when it
/// gives no event, it no longer speaks for the sentence's weaker words of violence: "صاروخين إسرائيليين استهدفا
/// مستودعات أسلحة لحزب الله" is a strike on the depot. And fighting told with ب after weapons found ("عثرت القوات على
/// مستودع للأسلحة باشتباكات مع عناصر داعش") is still fighting, not a weapon found.
/// </summary>
public class WeaponsStruckTests
{
    [GazetteerFact]
    public void Missiles_that_hit_an_arms_depot_are_a_strike()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأعلن المرصد السوري لحقوق الإنسان أن \"صاروخين إسرائيليين استهدفا مستودعات أسلحة لحزب الله اللبناني قرب مطار دمشق الدولي\".",
            "2018-06-26");
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Military Forces of Israel", strike.Actor1!.Name);
    }

    [GazetteerFact]
    public void Fighting_in_which_weapons_were_found_is_a_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وعثرت القوات على مستودع للأسلحة باشتباكات مع عناصر داعش في الرمادي أمس.", "2015-08-07");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash" && e.Location?.Place?.Name == "Ramadi");
    }

    [GazetteerFact]
    public void Weapons_seized_alone_are_no_strike() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("وضبطت الشرطة مستودعا للأسلحة والصواريخ في الرمادي.", "2015-08-07").Events,
            e => e.EventType == "Explosions/Remote violence");
}
