using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وبعد عقدين من الزمان – وفي مطلع القرن الحادي والعشرين … فجّرها تفجير برجي نيويورك": what a sentence sets at the turn
/// of the century, or two decades back, is history — no bombing of the week.
/// </summary>
public class TurnOfTheCenturyTests
{
    [GazetteerFact]
    public void A_bombing_at_the_turn_of_the_century_is_history() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وبعد عقدين من الزمان – وفي مطلع القرن الحادي والعشرين الميلادي - هزت العالمَ صراعاتٌ إيديولوجية فجّرها تفجير برجَي (نيويورك)، "
            + "وتفجرت إثر ذلك ينابيع الرواية، وانعكست تلك المقولات الفكرية على صفحات الرواية السعودية.", "2015-07-31").Events);
}
