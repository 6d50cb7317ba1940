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

    [Fact]
    public void A_sentence_opening_with_kama_and_a_verb_of_striking_goes_on_with_the_striker_before()
    {
        var doc = TestPipeline.Extract("واستهدفت الطائرات الروسية مواقع لتنظيم داعش في مدينة الرقة أمس.\n"
            + "كما نفذت سلسلة غارات على أهداف في مدينة دير الزور.", "2018-03-27");
        var e = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Deir ez-Zor");
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
    }
}
