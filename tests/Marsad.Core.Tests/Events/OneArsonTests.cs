using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أقدمت عصابة إرهابية يهودية … على إحراق عائلة فلسطينية" and a witness's "شاهدت المستوطنين … يلقون الزجاجات الحارقة
/// داخله": a Jewish terror gang is the settlers ACLED names, and the fire bombs they threw into the house are the
/// burning of the family — one attack, not a riot beside it.
/// </summary>
public class OneArsonTests
{
    private const string Report =
        "عصابة يهودية تحرق عائلة فلسطينية\n"
        + "أقدمت عصابة إرهابية يهودية، فجر أمس الجمعة، على إحراق عائلة فلسطينية وهم نيام في قرية دوما جنوب نابلس.\n"
        + "وقال أحد أقارب العائلة إن فتاة تسكن قرب المنزل شاهدت المستوطنين وهم يحطمون نوافذ المنزل ويلقون الزجاجات الحارقة داخله في قرية دوما.\n"
        + "وعبر رئيس الوزراء الإسرائيلي عن صدمته من حرق منزل العائلة في بلدة دوما.";

    [GazetteerFact]
    public void The_family_burned_in_Duma_is_one_attack_by_settlers()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(Report, "2015-08-01").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Settlers (Israel)", e.Actor1?.Name);
        Assert.Equal(new DateOnly(2015, 7, 31), e.Date.Date);
    }

    [GazetteerFact]
    public void Villagers_throwing_fire_bombs_at_soldiers_the_same_day_still_riot()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            Report + "\nوفي قرية دوما رشق شبان غاضبون جنود الاحتلال بالحجارة والزجاجات الحارقة بعد ظهر أمس.", "2015-08-01").Events;
        Assert.Contains(events, e => e.SubEventType == "Attack");
        Assert.Contains(events, e => e.EventType == "Riots");
    }
}
