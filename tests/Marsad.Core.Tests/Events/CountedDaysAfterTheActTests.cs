using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بعد نحو 18 يوما من اختفاء الإعلامي السعودي جمال خاشقجي": an act told as a counted span of days before the one the
/// sentence reports — "about" or not, eleven days and more in the singular "يوما" — happened that many days earlier; a
/// span past a month ("بعد 50 يوما من الإضراب المفتوح عن الطعام") is a lasting act's age and moves nothing.
/// </summary>
public class CountedDaysAfterTheActTests
{
    [GazetteerFact]
    public void A_disappearance_about_eighteen_days_before_is_dated_back()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "بعد نحو 18 يوما من اختفاء الإعلامي السعودي جمال خاشقجي عقب دخوله للقنصلية السعودية بإسطنبول.", "2018-10-20").Events);
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
    }

    [GazetteerFact]
    public void A_strike_fifty_days_old_is_not_moved_back()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ودعت اللجنة الدولية للصليب الأحمر أمس إسرائيل للسماح لعائلة الأسير الفلسطيني محمد علان بزيارته بعد 50 يوما من الإضراب المفتوح عن الطعام.", "2015-08-08").Events;
        Assert.DoesNotContain(events, e => e.Date.Date < new DateOnly(2015, 7, 1));
    }
}
