namespace Marsad.Core.Tests.Events;

// "The strike" (الغارة) with no day of its own is the strike told before: ACLED codes it once.
public class RetoldStrikeTests
{
    [Fact]
    public void The_strike_told_again_without_a_day_is_the_first_one()
    {
        var doc = TestPipeline.Extract("وكانت غارة جوية لطائرات التحالف الدولي يوم 9 آب قد قتلت 29 مدنيا في مدينة الرقة.\n"
            + "وقالت وزارة الدفاع السورية إن الغارة التي شنتها طائرات التحالف الدولي استهدفت مواقع للجيش السوري في دير الزور.", "2018-08-24");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal(9, e.Date.Date.Day);
        Assert.Equal(29, e.Fatalities);
    }
}
