using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كل مدن ريف إدلب عدا مدينة جسر الشغور", "كامل الغوطة الشرقية إلا دوما": the town excepted is the one the act left out,
/// no scene of it.
/// </summary>
public class ExceptedPlaceTests
{
    [GazetteerFact]
    public void The_town_excepted_is_no_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وقصفت الطائرات الروسية كل مدن ريف إدلب عدا مدينة جسر الشغور.", "2018-04-13").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name == "Jisr ash Shughūr");
    }
}
