using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قوات الأسد تقتل 18 شخصا في حلب" over "قتل 18 شخصا … في سقوط صاروخ مصدره قوات النظام السوري على حي شعبي في وسط
/// مدينة حلب": a killing told with no weapon, by the side, at the place, within a day and with the very toll of a strike
/// the article tells, is that strike told by its dead — one shelling, no separate attack on civilians.
/// </summary>
public class KilledByTheSameTollTests
{
    [GazetteerFact]
    public void A_headline_killing_with_the_strikes_toll_is_the_strike()
    {
        const string title = "قوات الأسد تقتل 18 شخصا في حلب";
        var doc = TestPipeline.ExtractWithRealGazetteer(new Document(
            title + "\n قتل 18 شخصا وأصيب العشرات بجروح أمس في سقوط صاروخ مصدره قوات النظام السوري على حي شعبي في وسط مدينة حلب " +
            "في شمال سورية، بحسب ما ذكر المرصد السوري لحقوق الإنسان.",
            "test", new DateOnly(2015, 7, 21), title: title));
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Shelling/artillery/missile attack", strike.SubEventType);
        Assert.Equal(18, strike.Fatalities);
    }
}
