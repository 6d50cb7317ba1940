using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل شاب فلسطيني بعد إطلاق النار عليه من قبل الجيش الإسرائيلي", "وقتل مواطن عراقي جراء إصابته برصاص مجهولين": a
/// civilian whose killing the sentence opens with, a few words before the shooting, is whom the shooting hit.
/// </summary>
public class KilledByTheShootingTests
{
    [GazetteerFact]
    public void The_civilian_killed_before_the_shooting_is_its_victim()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل شاب فلسطيني بعد إطلاق النار عليه من قبل الجيش الإسرائيلي في مدينة الخليل، الجمعة.", "2018-03-09").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(7, e.Actor2?.Inter);
        Assert.Equal(1, e.Fatalities);
    }
}
