namespace Marsad.Core.Tests.Events;

/// <summary>
/// A foreign force's "attack" on a place the article tells it striking from the air is that air strike, not a
/// clash; the country's own army attacking a town fights for it on the ground as well.
/// </summary>
public class AttackWasTheStrikeTests
{
    [Fact]
    public void A_foreign_forces_attack_on_the_place_it_struck_is_the_strike()
    {
        var doc = TestPipeline.Extract(
            "واتهمت سوريا إسرائيل بشن هجوم الاثنين على مدينة حلب أدى إلى مقتل 14 شخصا.\n" +
            "وقالت إسرائيل إن الضربة الجوية على مدينة حلب استهدفت مواقع للجيش السوري.", "2018-04-12");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal(14, strike.Fatalities);
        Assert.Equal(new DateOnly(2018, 4, 9), strike.Date.Date);
    }
}
