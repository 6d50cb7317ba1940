using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فتحوا الخميس النار": the day may stand between a verb and its object, inside a phrase of the trigger lexicon, and
/// still dates the act.
/// </summary>
public class DayInsideAPhraseTests
{
    [GazetteerFact]
    public void Opened_fire_on_thursday_is_the_shooting()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكان مسلحون مجهولون فتحوا الخميس النار على دورية للجيش التركي في كيليس مما ادى الى مقتل جندي.", "2015-07-25").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(new DateOnly(2015, 7, 23), e.Date.Date);
        Assert.Equal("Kilis", e.Location?.Place?.Name);
    }
}
