using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ان تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر": a new strike on a town, dead counted before it, struck that
/// town though the sentence names neither side nor a day — the article's striker did it (FillOpponent); a strike told
/// with no dead and no day stays a mention.
/// </summary>
public class KilledInAStrikeOnATownTests
{
    private const string Striker = "وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في عدن أمس. ";

    [GazetteerFact]
    public void Dead_in_a_strike_on_a_town_were_struck_there() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            Striker + "وذكرت مصادر عسكرية أن تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر في وسط عدن.", "2015-07-20").Events,
            e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Khawr Maksar");

    [GazetteerFact]
    public void A_strike_on_a_town_with_no_dead_and_no_day_is_no_new_one() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            Striker + "وتخشى المصادر من غارة جوية على خور المكسر.", "2015-07-20").Events,
            e => e.Location?.Place?.Name == "Khawr Maksar");
}
