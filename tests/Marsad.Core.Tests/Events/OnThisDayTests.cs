using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وفي مثل هذا اليوم" (on this day, years ago) opens an anniversary: what it tells is history, though its own "اليوم"
/// is a date of today. It needs "وفي" read as و + في — which a gazetteer name listing the word "وفي" had kept whole.
/// </summary>
public class OnThisDayTests
{
    private static Document Extract(string text, string published = "2018-03-15") => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void And_in_is_read_as_and_plus_in()
    {
        var token = Extract("وفي دمشق خرج متظاهرون.").Tokens[0];
        Assert.Equal("في", token.Lemma);
        Assert.True(token.StartsWithWa);
        // (and a conjunction on a word of ours, "وشن" — "and launched", listed whole by some place's name)
        Assert.Equal("شن", Extract("وشن الطيران غارات على مواقع الحوثيين.").Tokens[0].Lemma);
    }

    [GazetteerFact]
    public void A_protest_on_this_day_years_ago_is_history() =>
        Assert.DoesNotContain(Extract("وفي مثل هذا اليوم، خرج متظاهرون في العاصمة دمشق في احتجاجات شعبية للمطالبة بحقوقهم المدنية.").Events,
            e => e.SubEventType == "Peaceful protest");

    [GazetteerFact]
    public void A_protest_today_is_an_event() =>
        Assert.Contains(Extract("وفي هذا اليوم، خرج متظاهرون في العاصمة دمشق في احتجاجات شعبية للمطالبة بحقوقهم المدنية.").Events,
            e => e.SubEventType == "Peaceful protest");
}
