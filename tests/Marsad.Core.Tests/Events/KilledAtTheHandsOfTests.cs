using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل ثلاثة مدنيين على يد قوات النظام": a passive of killing, its dead right after it, the killer after "على يد",
/// "بأيدي" or "من قبل" — an attack by the one named. "من أيدي" is the other way: ground taken "from the hands of" a
/// side is taken from it, the loser.
/// </summary>
public class KilledAtTheHandsOfTests
{
    [GazetteerTheory]
    [InlineData("قتل ثلاثة مدنيين على يد قوات النظام في مدينة دوما يوم الخميس.", "Military Forces of Syria (2000-2024)", 3)]
    [InlineData("وقتل شاب فلسطيني على أيدي قوات الاحتلال في مدينة الخليل يوم الخميس.", "Military Forces of Israel (2009-2021)", 1)]
    [InlineData("قتل ثلاثة مدنيين بأيدي مسلحين في مدينة دوما يوم الخميس.", "Unidentified Armed Group (Syria)", 3)]
    public void The_named_hand_killed_the_dead_before_it(string text, string killer, int dead)
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-06").Events);
        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal(killer, attack.Actor1!.Name);
        Assert.Equal(7, attack.Actor2!.Inter);
        Assert.Equal(dead, attack.Fatalities);
    }

    [GazetteerTheory]
    [InlineData("استعادت قوات الجيش السوري السيطرة على مدينة دوما من أيدي المعارضة.", "Military Forces of Syria (2000-2024)")]
    [InlineData("وأضافت المصادر أن قوات الجيش اليمني استعادت السيطرة على جبال الصخر في مديرية نهم من يد الميليشيات الحوثية.", "Military Forces of Yemen (2012-)")]
    public void Ground_taken_from_the_hands_of_a_side_is_taken_from_it(string text, string taker)
    {
        var taking = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-06").Events);
        Assert.Equal("Government regains territory", taking.SubEventType);
        Assert.Equal(taker, taking.Actor1!.Name);
    }

    [GazetteerFact]
    public void Dead_counted_so_far_are_a_tally_not_a_days_toll() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وقتل 53 فلسطينيا على يد القوات الإسرائيلية في قطاع غزة حتى الآن من المشاركين في هذه الاحتجاجات.", "2018-05-12").Events,
            e => e.Fatalities == 53);
}
