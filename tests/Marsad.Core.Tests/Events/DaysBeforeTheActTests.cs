using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ويأتي تبادل إطلاق النار أمس بعد ثلاثة أيام على هجوم انتحاري في سوروتش … أسفر عن مقتل 32 شخصا": the act told as
/// so many days before the one the sentence reports happened those days earlier, an event of its own — and the toll
/// told right after it is its own, not shared with the later act.
/// </summary>
public class DaysBeforeTheActTests
{
    [GazetteerFact]
    public void An_act_three_days_before_the_reported_one_is_dated_three_days_earlier_with_its_toll()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ويأتي تبادل إطلاق النار أمس بعد ثلاثة أيام على هجوم انتحاري في سوروتش استهدف ناشطين أكرادا وأسفر عن مقتل 32 شخصا.", "2015-07-24").Events;
        var bombing = Assert.Single(events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal(new DateOnly(2015, 7, 20), bombing.Date.Date);
        Assert.Equal(32, bombing.Fatalities);
        Assert.All(events.Where(e => e != bombing), e => Assert.Null(e.Fatalities));
    }

    // ("بعد 10 أيام فقط على اعتداء انتحاري آخر": the noun of the act and an "only" between; the later act undated, its day the
    // publication's, the earlier one nearly known as well)
    [GazetteerFact]
    public void Ten_days_only_before_an_attack_dates_it_ten_days_earlier_as_nearly_known()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقد قتلت شابتان انتحاريتان 13 شخصا في ماروا، عاصمة أقصى الشمال، بعد 10 أيام فقط على اعتداء انتحاري آخر وقع في منطقة فوتوكول القريبة من الحدود النيجيرية وأسفر عن 11 قتيلا.", "2015-07-25").Events;
        var fotokol = Assert.Single(events, e => e.Location?.Place?.Name == "Fotokol");
        Assert.Equal(11, fotokol.Fatalities);
        var maroua = Assert.Single(events, e => e.Location?.Place?.Name == "Maroua");
        Assert.Equal(maroua.Date.Date.AddDays(-10), fotokol.Date.Date);
    }
}
